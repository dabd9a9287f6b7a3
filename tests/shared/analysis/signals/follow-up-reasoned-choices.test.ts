// Session 20: a choice whose own sentence gives the reason ("…, because the replica already existed", "since reps
// said…", "given that we could not staff it", "so that analysts would never see…") is not asked why it won (judged
// `answered` on the seventh, ninth and tenth sets); it is asked what would have changed it and what it gave up.
// Sentences written for this test, in many voices.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const decisionOf = (action: string) =>
  followUps({ ...EMPTY, action }).find((f) => f.kind === 'decision')?.question ?? '';

describe('a choice with its reason in the sentence', () => {
  const reasoned: [string, string][] = [
    [
      'SRE',
      'I chose a managed Postgres over running our own cluster, because nobody on the team could be on call for it.',
    ],
    [
      'teacher',
      'I picked peer marking over teacher marking for the weekly quizzes since it gave students feedback the same day.',
    ],
    [
      'nurse',
      'I chose a paper checklist over a new app, given that half the night staff were agency nurses without logins.',
    ],
    ['PM', 'I decided to launch in Ireland before Germany so that we could test the tax rules with one currency.'],
    [
      'ML',
      'Chose a smaller distilled model over the large one, as the large one would have needed GPUs we did not have.',
    ],
    ['support', 'Opted for a shared inbox instead of a ticketing tool because the team was only four people.'],
  ];
  it.each(reasoned)('%s: not asked why it won', (_voice, action) => {
    const q = decisionOf(action);
    expect(q).not.toMatch(/why did this one win|what made this one win/);
    expect(q).toMatch(/what would have made you choose/);
  });

  it('a choice with no reason is still asked why it won', () => {
    expect(decisionOf('I chose a managed Postgres over running our own cluster.')).toMatch(/win/);
    expect(decisionOf('Since then I decided to move the weekly report to Mondays.')).toMatch(/win/);
    expect(decisionOf('I chose to blend the score into the ranker as a prior.')).toMatch(/win/);
  });
});

describe('people or groups picked over a named alternative are an option', () => {
  it.each([
    'I considered a lunchtime club and weekly small groups, and chose the small groups because shy pupils skipped lunch clubs.',
    'I picked two contractors over a new hire, since the work would end in March.',
  ])('%s', (action) => {
    expect(followUps({ ...EMPTY, action }).map((f) => f.kind)).toContain('decision');
  });
  it('people given the work with no alternative are still no decision', () => {
    expect(followUps({ ...EMPTY, action: 'Picked 3 agents to own the new macros.' }).map((f) => f.kind)).not.toContain(
      'decision',
    );
  });
});
