// Session 40, task "voices": the writer's act told in another voice — a nomination's "our" beside a
// third-person subject ("Marta rebuilt our discharge checklist"), a passive told verb first ("Was carried out
// the migration of …"), a count before a participle of work ("Over 1,200 books sent to 30 countries"), a
// verb of work used as its own noun ("Transport of goods …"), teaching told as showing ("showed the porters
// how to use it") — and non-acts read as claims: a negated act of work ("did NOT ship the watch app"), a
// service pitch ("I help busy parents get strong again"). The rows are our own writing, no public text: each
// base sentence with its one-step-off variants and the near misses each reading must not take; every refused
// rung says why in its note. voices-own-aside.jsonl was written at the same time and put away before any rule.
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

/**
 * Rows the analyzer still reads otherwise, each with its reason in the row's note: "collect" kept out of the
 * work verbs (vo-041, vo-042); two near misses an older reading takes (vo-050, vo-051); and the aside half's
 * misses, measured once at the end.
 */
const KNOWN_MISSES = new Set<string>([
  'vo-041',
  'vo-042',
  'vo-050',
  'vo-051',
  // The aside half, measured once at the end (tuning 20 → 49 of 53 right, aside 19 → 48 of 53). The twelve
  // wrong-direction rungs after vo-053 were written after the rules and all read as labeled.
  'voa-030',
  'voa-043',
  'voa-045',
  'voa-049',
  'voa-053',
]);

describe('acts in another voice and non-acts (voices-own*.jsonl)', () => {
  itReadsOwnRows(ownRows('voices-own'), KNOWN_MISSES, ['is_claim'], 40);
});
