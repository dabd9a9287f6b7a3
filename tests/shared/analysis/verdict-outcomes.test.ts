// Outcomes told as a verdict on the result (rules/verdict-outcomes.ts): praise with a verdict noun
// and a ranking against the past, each beside a look-alike that names no effect. Sentences written
// for this test.
import { describe, it, expect } from 'vitest';
import { analyzeText } from '#shared/analysis/index';
import type { StorySection } from '#shared/analysis/domain-types';

const facts = (text: string, section?: StorySection) => analyzeText(text, section ? { section } : {}).sentences[0];
const outcome = (text: string, section?: StorySection) => facts(text, section).hasOutcome;

describe('outcomes told as a verdict on the result', () => {
  it('praise with a verdict noun is an outcome, and a claim even with no verb', () => {
    expect(outcome('huge win for the night shift', 'result')).toBe(true);
    expect(facts('Big win.', 'result').isClaim).toBe(true);
    expect(outcome('Great results for the donors this spring.', 'result')).toBe(true);
    expect(outcome('A major step forward for the clinic.', 'result')).toBe(true);
    expect(outcome('Delivered solid results for the retail team.')).toBe(true);
  });

  it('a kind of work or a step of a plan is no verdict', () => {
    expect(outcome('Identified quick wins in the returns process.')).toBe(false);
    expect(outcome('Wrote down the next step for each supplier.', 'action')).toBe(false);
    expect(outcome('Looked for big results in the survey data.', 'action')).toBe(false);
  });

  it('a ranking against the past is an outcome; a superlative that picks among options is not', () => {
    expect(outcome('best month the branch had in years', 'result')).toBe(true);
    expect(outcome('The east depot had its strongest quarter on record.', 'result')).toBe(true);
    expect(outcome('Our smoothest audit ever.', 'result')).toBe(true);
    expect(outcome('Picked the best of three vendors after a trial.', 'action')).toBe(false);
    expect(outcome('Compared the best offers in years of bids.', 'action')).toBe(false);
  });

  it('praise of the result by the people it served is an outcome, and a claim', () => {
    expect(outcome('The night nurses were really pleased with the new handover sheet.', 'result')).toBe(true);
    expect(outcome('Store managers were happy with the new replenishment report.')).toBe(true);
    expect(facts('The new deck was a hit with the sales reps.').isClaim).toBe(true);
    expect(outcome('The new deck was a hit with the sales reps.')).toBe(true);
    expect(outcome('Overall the pilot went really well.', 'result')).toBe(true);
    expect(outcome('The new triage flow went down well with the night shift.', 'result')).toBe(true);
    expect(outcome('The teammate later thanked me for handling it calmly.', 'result')).toBe(true);
    expect(outcome('The ward manager praised our team at the staff meeting.', 'result')).toBe(true);
  });

  it('praise denied, hoped for, asked about, of the old thing, or a willingness is no outcome', () => {
    expect(outcome('Nobody was happy with the first draft, so I rewrote it.', 'action')).toBe(false);
    expect(outcome('I asked the teachers whether they were happy with the pacing.', 'action')).toBe(false);
    expect(outcome('Sales was happy with the old spreadsheet and saw no reason to change.', 'action')).toBe(false);
    expect(outcome('I was happy to take the weekend shifts that month.', 'action')).toBe(false);
    expect(outcome('What went well was the early pairing.', 'reflection')).toBe(false);
    expect(outcome('I thanked the team for staying late.', 'action')).toBe(false);
  });
});
