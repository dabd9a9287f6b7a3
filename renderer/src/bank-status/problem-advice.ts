// What to tell a person whose bank did not open, by the reason the store gave.
import type { BankStatus } from './bank-status-context';

type Problem = Extract<BankStatus, { state: 'problem' }>;

export interface ProblemAdvice {
  title: string;
  steps: string[];
}

export function problemAdvice(problem: Pick<Problem, 'code'>): ProblemAdvice {
  switch (problem.code) {
    case 'locked':
      return {
        title: 'Your bank is open in another Storybank',
        steps: [
          'Close the other Storybank window (or stop the web bridge) that has this bank open, then choose Try again.',
          'Or open a different bank below.',
        ],
      };
    case 'unsupported':
      return {
        title: 'Your bank needs a newer Storybank',
        steps: [
          'Update Storybank to the latest version, then start it again. Your bank file was not changed.',
          'Or open a different bank below.',
        ],
      };
    case 'unreachable':
      return {
        title: 'Storybank is not responding',
        steps: ['Start Storybank again (for the web bridge: npm run web), then choose Try again.'],
      };
    default:
      return {
        title: 'Your bank could not be opened',
        steps: [
          'Choose Try again.',
          'Open a different bank, or create a new one, below.',
          'To restore a backup: backups are ordinary bank files in the backups folder of Storybank’s data folder; open a copy of the newest one.',
        ],
      };
  }
}
