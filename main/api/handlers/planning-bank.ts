// What the planning handlers need from the open bank: the bank itself, a readiness score per story,
// and the frameworks (presets + copies) in the shape the shared planning code expects.
import type { Bank, Story } from '../../../shared/domain/schemas';
import { allFrameworks } from '../../../shared/competencies';
import { statusReadiness } from '../../../shared/coverage';
import type { HandlerContext } from '../context';
import type { BankStore } from '../../store';

export function bankStore(context: HandlerContext): BankStore {
  return context.services.banks.current;
}

export function currentBank(context: HandlerContext): Bank {
  return bankStore(context).bank;
}

/**
 * Readiness in [0, 100]. The user's own status is the signal the planner trusts: "ready" means the
 * user has rehearsed and signed the story off, whatever a text score says.
 */
export function readinessOf(story: Story): number {
  return statusReadiness(story);
}

export const frameworksOf = (bank: Bank) => allFrameworks(bank);
