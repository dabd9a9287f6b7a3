// Session 36, task "outcomes": results told as a party's new standing or state, with no change word and no
// verb of adopting (rules/result-state-outcomes.ts): a ranking among peers, a grade or band regained, people
// who passed, custom that came back, an outside party's sign-off, another team's better state. And outcome
// words read in another sense (rules/cue-modifiers.ts `namesAStep`): "a check before promotion", "It took
// some convincing", "Ensured compliance with …", and a bare "ahead of schedule" (RUBRIC-NOTES: a delivery on
// time with no figure is a bare delivery).
//
// Every sentence below and in result-states*.jsonl is our own writing, made up for this test: none is a row
// of a writer set, and none was gathered from public text. The two fixture files were labeled and
// committed before any rule: result-states.jsonl (17 result states, 8 near misses that must not be read)
// was used while writing the rule; result-states-aside.jsonl (17 and 9 of the same mix) was put aside and
// run once at the end (figures in the commit message; its misses are kept below as known misses, not tuned away).
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('result-states');

/**
 * Aside rows still read wrong after the one aside run (19 of 25 right, 11 before the rule), kept visible rather
 * than tuned away: rs-105 "Got the nursery rated Good" (a capitalised grade after "rated" is no grade word);
 * rs-108 "went on to get their HGV licence" (the pass family has no "get" + a licence); rs-109 "… every agency
 * I have translated for" (the relative clause's "have" helper is read as the line's own verb; "I've" is not);
 * rs-111 "came back to the clinic for the second dose" (not traced); rs-120 "asked for the procedure to be
 * signed off by a director" (an older false adoption of the agreement readers, read before this rule too);
 * rs-125 "It took some convincing: the kitchen …" (the effort reading looks past the colon at "the").
 */
const KNOWN_MISSES = new Set<string>(['rs-105', 'rs-108', 'rs-109', 'rs-111', 'rs-120', 'rs-125']);

describe('result states (result-states*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_outcome', 'is_claim'], 24);
});

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('the result-state frame keeps its vetoes', () => {
  it.each([
    'Top supplier in the region is Fresko, which we replaced.',
    'The best branch in the region closed last year.',
    'I was the first nurse in the trust to run the new clinic.',
    'We were the top priority for the board that year.',
    'Most trainees passed the course before I joined.',
    'They finally have a plan which nobody likes.',
    'They now have a backlog of 300 tickets.',
    'The client asked me again for the report.',
    'He asked us back to his office for a meeting.',
    'Customers came back with complaints about the app.',
    'Repeat customers made up 40% of revenue when I joined.',
    'I got my licence back after the appeal.',
    'The drivers have routes that cross the river twice.',
  ])('reads no result in "%s"', (text) => expect(outcome(text)).toBe(false));

  it.each([
    'Last winter we gave more flu vaccinations than any other pharmacy in the area.',
    'by the end of the quarter we were second out of nine teams',
    'Ran the revision classes for the retake group; 17 of 22 went on to pass.',
    'the auditor closed the finding from last year',
    'The client came back to us for the next phase.',
    'Trained the apprentices, they have all passed their NVQ level 3.',
  ])('reads a result in "%s"', (text) => expect(outcome(text)).toBe(true));
});

describe('outcome words in another sense', () => {
  it.each([
    'Built a retraining pipeline with a champion/challenger check before promotion.',
    'Ensured strict compliance to the procurement rules in all tenders.',
    'It took some convincing, because the kitchen had worked from one list for years.',
    'Delivered the new reporting pack ahead of schedule.',
  ])('reads no result in "%s"', (text) => expect(outcome(text)).toBe(false));

  it.each([
    'Earned a promotion to team lead in 2021.',
    'Ensured zero downtime during the migration.',
    'It took some convincing but the ward manager agreed.',
    'Finished the migration two weeks ahead of schedule.',
  ])('still reads a result in "%s"', (text) => expect(outcome(text)).toBe(true));
});
