// Session 42, task "gains": a result told as the writer's own act of winning, keeping or getting back a gain for the
// business or the people served — "Won back the Hendry farm account", "We kept all of our wedding clients through
// the flood", "Got a £6k refund of overpaid VAT", "renewed 54 of the 60" — read from a WordNet verb of obtaining,
// winning, keeping or getting back and an object headed by a WordNet noun of a gain (gains-won.ts).
//
// Every sentence below and in gains-won-own*.jsonl is our own writing, made up for this test: none is a row of a
// writer set, and none was gathered from public text. They were written from the class's definition in other trades
// (farming, catering, libraries, building, bakeries, freight, charities, labs, markets) — 25 results, each with two
// one-step-off variants (another verb of the same meaning, a phrasal verb, a passive, a cleft, a relative, a
// double object, a verbless line, non-native wording) — and 16 near misses (a work product, an application, a need,
// a negation, a phrasal verb of another sense, an object that is records or invoices, a complement, a loss, another
// party's win, negotiating with no terms told, a condition). Written late in the session, they were split into
// halves by family at random (seed 4242) after the first rule, before it was run on them; the aside half was run
// once, after the second and last change. Each row's note says whether it is read, by this reader or an older one,
// or why it is refused. Only the outcome flag is the rule's.
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

// Refused rungs of the ladder (the reason is in each row's note), and near misses older readers read.
const KNOWN_MISSES = new Set([
  'g-003b',
  'g-007b',
  'g-010',
  'g-011',
  'g-013b',
  'g-014',
  'g-014a',
  'g-014b',
  'g-015',
  'g-015a',
  'g-017b',
  'g-020b',
  'g-024b',
  'g-n11',
  // The aside, run once: 24 of 39 results read (23 before this reader), no near miss read by this reader. Its misses
  // are other parties' acts, passives, verbless lines, nouns outside the roots ("lease", "freeze", "discount"), and a
  // figure right after the object's head (g-025), a gap seen on the aside and left untuned; g-n04 is read by an older
  // reader under its negation.
  'g-001b',
  'g-002b',
  'g-005',
  'g-005a',
  'g-005b',
  'g-012b',
  'g-016b',
  'g-018b',
  'g-021b',
  'g-022',
  'g-022a',
  'g-022b',
  'g-025',
  'g-025a',
  'g-025b',
  'g-n04',
]);

describe('gains won, own sentences (gains-won.ts)', () => {
  itReadsOwnRows(ownRows('gains-won-own'), KNOWN_MISSES, ['has_outcome'], 40);
});
