// Session 23: a choice whose reason is told before it, in an opening because/since/as/given clause, in a clause the
// choice follows through "so", or in the sentence before pointed to by "So", "Given that", "For that reason", is asked
// what it was weighed against, not why it won (judged `answered` on the thirteenth written set). Sentences written
// for this test, in many voices.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';
import { reasonToldBefore } from '#shared/analysis/signals/reasons-before';
import { choiceCue } from '#shared/analysis/signals/follow-up-cues';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const decisionOf = (action: string) =>
  followUps({ ...EMPTY, action }).find((f) => f.kind === 'decision')?.question ?? '';
const before = (text: string) => reasonToldBefore(text, choiceCue(text)?.index ?? text.length);

describe('a reason told before the choice', () => {
  const told: [string, string][] = [
    [
      'baker',
      'Because the ovens were booked until noon, I chose to bake the rolls the night before instead of at dawn.',
    ],
    ['planner', 'Since the ferry only ran twice a week, I decided to ship the spares by road rather than by sea.'],
    [
      'auditor',
      'As the regulator wanted a full year of samples, I chose a rolling sample over a single count at year end.',
    ],
    ['coach', 'Given the injuries in the back row, I picked a kicking game over running the ball.'],
    ['DBA', 'The old disks could not take random writes, so I chose to append to a log instead of updating rows.'],
    ['notes', 'since most calls came after six, decided to move two nurses to the evening rota instead of adding one'],
  ];
  it.each(told)('%s: read as a reason before the choice', (_voice, text) => {
    expect(before(text)).toBe(true);
  });
  // Notes with no subject name no decision the checklist reads, so only the reading is tested there.
  it.each(told.filter(([voice]) => voice !== 'notes'))('%s: not asked why it won', (_voice, action) => {
    const q = decisionOf(action);
    expect(q).not.toMatch(/why did this one win|what made this one win/);
    expect(q).toMatch(/what would have made you choose/);
  });

  it('a connective that points back at the sentence before', () => {
    for (const text of [
      'So I chose to close the branch on Mondays instead of Saturdays.',
      'Given that, I decided to hire two temps rather than one permanent clerk.',
      'For that reason I went with weekly deliveries over daily ones.',
      "That's why I picked the slower supplier over the cheaper one.",
    ])
      expect(before(text)).toBe(true);
    const q = decisionOf(
      'The night porters could not reach the top floor in time. So I chose to move the frailest patients to the ground floor instead of adding a porter.',
    );
    expect(q).toMatch(/what would have made you choose the other way/);
  });
});

describe('near misses: no reason before the choice', () => {
  it.each([
    'Since March, I chose to run the stock count weekly instead of monthly.',
    'As head of year I decided to move the deadline to Friday instead of Monday.',
    'After two weeks of trials, I chose the smaller van over the truck.',
    'We had three options, and I chose the cheapest over the others.',
    'When the audit came, I decided to pause the rollout rather than rush it.',
    'I chose peer marking over teacher marking so that pupils got feedback the same day.',
  ])('%s', (text) => {
    expect(before(text)).toBe(false);
  });
  it('a choice with no reason is still asked why it won', () => {
    expect(decisionOf('After two weeks of trials, I chose the smaller van over the truck.')).toMatch(/win/);
    expect(decisionOf('Since March, I chose to run the stock count weekly instead of monthly.')).toMatch(/win/);
  });
});
