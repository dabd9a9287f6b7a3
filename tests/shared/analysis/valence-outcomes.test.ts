// Outcomes told in words no list of ours names, read by their valence in a general English lexicon
// (valence-outcomes.ts, word-lists/valence-words.ts): a good state after the act, anchored to the after
// or a feeling of others; a bad thing that stopped; a bad thing that fell. Near misses: a good word on
// the writer's own artefact, the writer's own state, a wish, a denial, a progressive verb, a condition,
// a description with no anchor, others' verbs toward the writer. Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { BAD_WORDS, GOOD_WORDS, wordValence } from '#shared/analysis/rules/language/lexicon';
import { isTroubleWord } from '#shared/analysis/rules/outcomes/outcome-scan';

const outcome = (text: string, section?: 'action' | 'result') => sentenceFacts(text, section).hasOutcome;

describe('the valence lexicon', () => {
  it('rates a word by itself or by its base form', () => {
    expect(wordValence('thrilled')).toBeGreaterThanOrEqual(2);
    expect(wordValence('crashing')).toBeLessThanOrEqual(-2);
    expect(wordValence('calmer')).toBeGreaterThanOrEqual(2);
    expect(wordValence('spreadsheet')).toBeUndefined();
    expect(GOOD_WORDS.has('steadier')).toBe(false);
    expect(GOOD_WORDS.has('relieved')).toBe(true);
    expect(BAD_WORDS.has('mistakes')).toBe(true);
    expect(BAD_WORDS.has('relieved')).toBe(false);
  });

  it('makes a clearly bad word a trouble, so its fall is an outcome', () => {
    expect(isTroubleWord('shortages')).toBe(true);
    expect(isTroubleWord('invoices')).toBe(false);
    expect(outcome('Weekend shortages stopped within a month of the new order sheet.')).toBe(true);
    expect(outcome('Our suppliers stopped within a month.')).toBe(false);
  });
});

describe('a good state after the act', () => {
  it('reads a good predicate anchored to the after', () => {
    expect(outcome('I moved the cron to a queue and it has been solid since.')).toBe(true);
    expect(outcome('We split the lunch rota, and lunchtimes are calmer now.')).toBe(true);
    expect(outcome('The booking page is now stable.')).toBe(true);
  });

  it('reads a feeling or a change of other people', () => {
    expect(outcome('I rewrote the handover sheet and the night nurses were relieved.')).toBe(true);
    expect(outcome('Parents seem happier with the new pickup slots.')).toBe(true);
  });

  it('leaves a good word on the writer’s own work, the writer’s state, a wish and a denial', () => {
    expect(outcome('I designed a robust and scalable ingest pipeline.')).toBe(false);
    expect(outcome('Built an innovative scheduling tool for the clinic.')).toBe(false);
    expect(outcome('I was confident the plan would work.')).toBe(false);
    expect(outcome('The registrars were happy to help with the pilot.')).toBe(false);
    expect(outcome('Nobody was relieved by the change.')).toBe(false);
  });

  it('leaves a progressive verb, a condition, and a description of others with no feeling or anchor', () => {
    expect(outcome('Turned out the driver was caring for his mother at night.')).toBe(false);
    expect(outcome('I kept reworking the rota until the nurses were relieved.')).toBe(false);
    expect(outcome('The client was supportive of the plan.')).toBe(false);
    expect(outcome('Our stakeholders were great.')).toBe(false);
  });

  it('leaves others’ verbs toward the writer or a name', () => {
    expect(outcome('My manager supported me through the move.')).toBe(false);
    expect(outcome('Maintained the Device Farm supported test frameworks.')).toBe(false);
  });
});

describe('a bad thing that stopped', () => {
  it('reads a negated bad event with "anymore" or "any more"', () => {
    expect(outcome('After the fix the kiosks do not crash anymore.')).toBe(true);
    expect(outcome('Nobody complains about the parking any more.')).toBe(true);
  });

  it('leaves the writer’s own state, a bad word with no negation, and a neutral thing stopped', () => {
    expect(outcome("I don't panic about deadlines anymore.")).toBe(false);
    expect(outcome('The kiosks crash anymore than the tills.')).toBe(false);
    expect(outcome("We don't print the rota anymore.")).toBe(false);
  });
});
