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
