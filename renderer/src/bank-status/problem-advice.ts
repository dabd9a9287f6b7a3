// What to tell a person whose bank did not open, by the reason the store gave.
import type { BankStatus } from './bank-status-context';

type Problem = Extract<BankStatus, { state: 'problem' }>;

export interface ProblemAdvice {
  title: string;
  steps: string[];
  /** Whether opening or creating another bank can help (not when every request is refused). */
  offerOtherBanks: boolean;
}

/** `canRetry`: whether the screen offers Try again (it needs the bank's path), so the steps only mention it then. */
export function problemAdvice(problem: Pick<Problem, 'code'>, canRetry = true): ProblemAdvice {
  const retry = (step: string) => (canRetry ? [step] : []);
  switch (problem.code) {
    case 'forbidden':
      // The web bridge answers only requests carrying the per-launch key from the address it printed.
      return {
        title: 'This address is missing its access key',
        steps: [
          'Storybank in the browser only answers the address that `npm run web` printed, which ends in #token=… (the key). Copy that whole address into the address bar.',
          'If you no longer have it: stop Storybank in its terminal (Ctrl+C) and run `npm run web` again. It prints a fresh address with a new key; your bank is unchanged.',
        ],
        offerOtherBanks: false,
      };
    case 'locked':
      return {
        title: 'Your bank is open in another Storybank',
        steps: [
          `Close the other Storybank window (or stop the web bridge) that has this bank open${canRetry ? ', then choose Try again' : ', then reload this page'}.`,
          'Or open a different bank below.',
        ],
        offerOtherBanks: true,
      };
    case 'unsupported':
      return {
        title: 'Your bank needs a newer Storybank',
        steps: [
          'Update Storybank to the latest version, then start it again. Your bank file was not changed.',
          'Or open a different bank below.',
        ],
        offerOtherBanks: true,
      };
    case 'unreachable':
      return {
        title: 'Storybank is not responding',
        steps: [
          `Start Storybank again (for the web bridge: npm run web), then ${canRetry ? 'choose Try again' : 'reload this page'}.`,
        ],
        offerOtherBanks: false,
      };
    // Codes with no advice of their own get the general steps; a new code must be placed here on purpose.
    case 'cancelled':
    case 'conflict':
    case 'internal':
    case 'invalid-request':
    case 'invalid-response':
    case 'io-error':
    case 'not-found':
    case 'too-large':
    case 'unknown-channel':
    default:
      return {
        title: 'Your bank could not be opened',
        steps: [
          ...retry('Choose Try again.'),
          'Open a different bank, or create a new one, below.',
          'To restore a backup: backups are ordinary bank files in the backups folder of Storybank’s data folder; open a copy of the newest one.',
        ],
        offerOtherBanks: true,
      };
  }
}
