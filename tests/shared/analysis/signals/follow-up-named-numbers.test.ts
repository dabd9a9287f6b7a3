// Session 38, task "names": a number that names, dates or labels a thing ("room 7b", "phase 4", "JIRA-4471",
// "14/03/25") measures nothing, so it never draws "how was that measured"; a real figure beside it still does.
// Sentences written for this test, in several voices (our own writing).
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const measureAsked = (action: string, result: string) =>
  followUps({ ...EMPTY, action, result }).some((f) => f.kind === 'metric');

describe('a named number draws no "how was that measured"', () => {
  it.each([
    ['I moved the clinic to room 7b and rewrote the booking sheet.', 'The team in room 7b now uses my sheet.'],
    ['I ran phases 4 and 5 of the rollout.', 'Phase 4 went to the county offices.'],
    ['I raised #inc-2231 and ran the bridge call.', 'The fix for JIRA-4471 went out on 14/03/25.'],
    ['We covered routes 12, 41 while the regular driver was off.', 'The depot kept route 12 on the new timetable.'],
    ['I rewrote the plan.', 'By 03.2022 the whole estate was on the new boilers.'],
    ['I rewrote the plan.', "By Sept '22 every ward was on the new drug chart."],
    ['I rewrote the plan.', 'Since 11.2023 every home on the estate has had the new boilers.'],
  ])('%s / %s', (action, result) => {
    expect(measureAsked(action, result)).toBe(false);
  });
});

describe('near miss: a real figure beside a named one', () => {
  it('is still asked how it was measured', () => {
    expect(measureAsked('I moved the clinic to room 7b.', 'Its average wait fell from 40 to 15 minutes.')).toBe(true);
  });
});
