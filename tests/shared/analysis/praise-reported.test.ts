// Session 39, task "outcomes": praise of the result told as another party's act (RUBRIC-NOTES "Praise of the
// result": a vague outcome), one step off "the families thanked me" (rules/verdict-outcomes.ts):
// - thanks given by a verb of contact and "to thank": "the head wrote to thank the department", "rang to thank
//   us", "came over to thank the crew" (a party's subject, also with an "of" phrase: "the head of year");
// - another party's report that the work did good: "patients told me the leaflet helped", "the client said the
//   new template worked well". A "told" with such a report is no request (rules/requests.ts).
// Refused: the writer thanking, a wish, a future, another purpose ("wrote to ask"), a bad report, a modal ("said
// the new rota would help"), praise of the old thing, a problem reported.
//
// Every sentence below and in praise-reported-own*.jsonl is our own writing, made up for this test: none is a row
// of a writer set or of a probe, and none was gathered from public text. praise-reported-own.jsonl (tuning) was
// used while writing the rules; praise-reported-own-aside.jsonl was written at the same time, before any rule, put
// away, and run once at the end: its misses are kept below as known misses, not tuned away.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('praise-reported-own');

/** Rows still read wrong at the aside's one run (see the note of each row in the fixture). */
const KNOWN_MISSES = new Set<string>([]);

describe('praise and thanks reported by another party (praise-reported-own*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_outcome'], 14);
});

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('shapes that look like reported praise but are none', () => {
  it.each([
    'Then I rang to thank the caterers.',
    'We wrote to thank the donors.',
    'The manager said the new shift worked nights.',
    'My manager told me to run the same review next quarter.',
  ])('reads no result in "%s"', (text) => expect(outcome(text)).toBe(false));
});
