// What the planning handlers need from the open bank: the bank itself, the one readiness score
// (the analyzer's, as the coverage screen shows it), and the frameworks and names the shared
// planning code takes as options.
import type { Bank, Story } from '../../../shared/domain/schemas';
import { allFrameworks, competencyName } from '../../../shared/competencies';
import { storyReadiness } from '../../../shared/analysis/story-readiness';
import type { Framework } from '../../../shared/domain/schemas';
import type { HandlerContext } from '../context';
import type { BankStore } from '../../store';

export function bankStore(context: HandlerContext): BankStore {
  return context.services.banks.current;
}

export function currentBank(context: HandlerContext): Bank {
  return bankStore(context).bank;
}

/** The analyzer's readiness score, 0–100: the same number the renderer shows for the story. */
export const readinessOf: (story: Story) => number = storyReadiness;

export const frameworksOf = (bank: Bank) => allFrameworks(bank);

/** Options for shared/loops and shared/questions: readiness, every framework, and names in the given framework. */
export function planningOptions(
  bank: Bank,
  frameworkId?: string,
): {
  readiness: (story: Story) => number;
  frameworks: Framework[];
  competencyName: (id: string) => string;
} {
  return {
    readiness: readinessOf,
    frameworks: frameworksOf(bank),
    competencyName: (id) => competencyName(id, bank, frameworkId),
  };
}
