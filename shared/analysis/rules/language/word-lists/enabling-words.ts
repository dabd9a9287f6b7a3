// Verbs that give others a capability, and what they enable that is a benefit.
import { lemmaSet } from './lemma-set';

/**
 * Verbs that give others a capability: "enabling the EU launch", "allowing the stack to survive an
 * outage", "to let customers manage invoices". Whether that is an outcome depends on what is enabled:
 * a benefit (ENABLED_BENEFITS, or any effect verb) or only the thing's function.
 */
export const ENABLING_VERBS = lemmaSet('enabling-verbs', ['enable', 'allow', 'let', 'help', 'empower', 'permit']);
/** What others are enabled to do that is a benefit, beyond the effect verbs: "survive an outage", "pass the audit". */
export const ENABLED_BENEFITS = lemmaSet('enabled-benefits', [
  'survive',
  'withstand',
  'pass',
  'meet',
  'succeed',
  'focus',
  'scale',
  'thrive',
  'blossom',
  'beat',
  'win',
  'stay',
  'comply',
]);
/**
 * Verbs that put an old thing or chore out of use, after "let us" / "allowed us to": "retire the old
 * cron box", "drop the manual version bumps". A benefit only with an outgrown thing (OUTGROWN_THINGS).
 */
export const RETIRING_VERBS = lemmaSet('retiring-verbs', [
  'retire',
  'decommission',
  'sunset',
  'drop',
  'ditch',
  'shut',
  'switch',
  'turn',
  'stop',
  'remove',
  'delete',
  'scrap',
]);
/** What is outgrown, so that putting it away is a benefit: "the old cron box", "legacy databases", "by hand". */
export const OUTGROWN_THINGS = lemmaSet('outgrown-things', [
  'old',
  'legacy',
  'manual',
  'outdated',
  'obsolete',
  'aging',
  'ageing',
  'duplicate',
  'hand',
]);
