// Session 40, task "states": a good state of the work's thing or of a party it served, told in a clause after the
// writer's act with no change word (after-act-states.ts) — restored with its time ("…, and the tills were back online
// in 15 minutes"), a trouble brought down to a level ("…; pages were down to 4 a week"), a trouble or an old thing
// resolved in a timed passive ("…; it was fixed the same week", "…; the legacy cluster was switched off in June"),
// people of the act still doing or staying ("…; most of them still walk together", "all four are still with us"),
// people of the act with a new ability ("…; they can now let visitors turn the pages").
//
// Every sentence below and in after-act-states-own*.jsonl is our own writing, made up for this test: none is a row of
// a writer set, and none was gathered from public text. The tuning file holds 12 sentences with 2–3 variants each
// (another verb of the same meaning or a phrasal verb, another word order, no verb at all, "we" / "they" / a counted
// party, a get-passive or a perfect, British and non-native wording) in trades, nursing, law, farming, housing,
// schools, surveying and software, and 17 near misses written with them (the writer's own state, a trouble back, a
// symptom, a state before the act, a negation, a purpose, a standing duty, a population, a function clause, a goal);
// 13 more near misses in software résumé wording were written after the rule for its wrong direction. The aside file
// (12 sentences with variants, 10 near misses) was written with the tuning file, before any rule, and run once at the
// end. Only the outcome flag is the rule's.
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

// Refused rungs of the tuning ladder (the reason is in each row's note): st-004b (a line opened by "After I …" reads
// no claim, and "below" wants "now" or a before value), st-006b (an untimed close with no agent), st-010 and st-010a
// (a closeness "within 2% of" is the work's own quality), st-011b (a possession "had water again").
// Near misses an older rule reads, not this one: st-n06 ("down to £400"), st-n08 ("reached"), st-n11 (a purpose "so
// that it could be fixed"), st-n15 ("used by 14 depots").
// The aside, run once at the end: 17 of 28 outcomes read (8 before the rule), no near miss read by the new rule
// (st-n03 "Our cash was down to …" and st-n07 "Most of the drivers still use …" are older readings). Its misses:
// st-101b ("came back online after ten minutes"), st-102b ("stayed below 30 a month after that": no "now" or before
// value), st-103a ("before the frost": a time noun the list lacks), st-104 and st-104a (a dispute resolved "without
// going to court" / "out of court": no time), st-107 ("residents can now wash without a carer"), st-107b ("now the
// residents are able to": "now" before the subject), st-108 and st-108a (closeness, refused), st-111a ("back running
// in a few minutes"), st-112a ("repaired same week": no determiner before the time).
const KNOWN_MISSES = new Set([
  'st-004b',
  'st-006b',
  'st-010',
  'st-010a',
  'st-011b',
  'st-n06',
  'st-n08',
  'st-n11',
  'st-n15',
  'st-101b',
  'st-102b',
  'st-103a',
  'st-104',
  'st-104a',
  'st-107',
  'st-107b',
  'st-108',
  'st-108a',
  'st-111a',
  'st-112a',
  'st-n03',
  'st-n07',
]);

describe('states after the writer act, own sentences', () => {
  itReadsOwnRows(ownRows('after-act-states-own'), KNOWN_MISSES, ['has_outcome'], 30);
});
