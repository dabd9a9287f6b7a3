// A choice the checklist counts as a trade-off (UI review s19, error 5) is asked what made it win over what was
// ruled out, not "what alternatives did you consider": the checklist and the question must agree.
import { describe, it, expect } from 'vitest';
import { followUps, storySignals, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const story = (parts: Partial<StoryText>): StoryText => ({ ...EMPTY, ...parts });
const tradeOffShown = (s: StoryText) => storySignals(s).signals.find((x) => x.id === 'trade-off')!.status === 'present';

describe('a decision the checklist counts as a trade-off is asked what made it win', () => {
  const weighed: [string, Partial<StoryText>][] = [
    ['ML', { action: 'I evaluated several options and went with a per-region threshold for the scorer.' }],
    ['support', { action: 'Compared three routing setups with the team leads and picked queue-per-language.' }],
    [
      'teacher',
      { action: 'I chose paper quizzes over the online platform because half of the class had no laptop at home.' },
    ],
    ['SRE', { action: 'We weighed two approaches for the failover and I chose DNS-based switching.' }],
  ];
  it.each(weighed)('%s', (_voice, parts) => {
    const s = story(parts);
    expect(tradeOffShown(s)).toBe(true);
    const decision = followUps(s).find((f) => f.kind === 'decision');
    expect(decision).toBeDefined();
    expect(decision!.question).not.toMatch(/what alternatives did you consider/);
    // With its reason in the sentence ("because half of the class…") it asks what would have tipped it instead.
    expect(decision!.question).toMatch(
      /what made this one win over what you ruled out|what would have made you choose/,
    );
  });

  it('a choice with no options weighed still asks for the alternatives', () => {
    const s = story({ action: 'I decided to rebuild the weekly stock report in SQL.' });
    expect(tradeOffShown(s)).toBe(false);
    const decision = followUps(s).find((f) => f.kind === 'decision');
    expect(decision?.question).toMatch(/what alternatives did you consider/);
  });
});
