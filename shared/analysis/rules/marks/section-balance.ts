// Section balance: in a STAR answer the Action should carry about half of the words; more than
// about a third spent on Situation and Task is too much setup before the speaker does anything.
import type { StorySection } from '../../domain-types';

export const SPOKEN_SECTIONS = ['situation', 'task', 'action', 'result'] as const;
export const BALANCE_LIMITS = {
  actionMin: 0.35,
  actionMax: 0.7,
  setupMax: 0.4,
  resultMin: 0.08,
  minWords: 80,
} as const;

export type BalanceIssue = 'thin-action' | 'heavy-action' | 'too-much-setup' | 'thin-result';

export interface Balance {
  shares: Record<StorySection, number>;
  issues: BalanceIssue[];
}

export function sectionBalance(words: Record<StorySection, number>): Balance {
  const spoken = SPOKEN_SECTIONS.reduce((n, s) => n + words[s], 0);
  const shares: Record<StorySection, number> = {
    situation: spoken === 0 ? 0 : words.situation / spoken,
    task: spoken === 0 ? 0 : words.task / spoken,
    action: spoken === 0 ? 0 : words.action / spoken,
    result: spoken === 0 ? 0 : words.result / spoken,
    reflection: 0,
  };
  const issues: BalanceIssue[] = [];
  if (spoken >= BALANCE_LIMITS.minWords) {
    if (shares.situation + shares.task > BALANCE_LIMITS.setupMax) issues.push('too-much-setup');
    if (shares.action < BALANCE_LIMITS.actionMin) issues.push('thin-action');
    if (shares.action > BALANCE_LIMITS.actionMax) issues.push('heavy-action');
    if (words.result > 0 && shares.result < BALANCE_LIMITS.resultMin) issues.push('thin-result');
  }
  return { shares, issues };
}
