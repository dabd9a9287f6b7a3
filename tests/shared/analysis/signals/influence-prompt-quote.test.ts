// UI review s19, error 7: "whose decision did … need" quotes a decision, else a sentence that changes something,
// else the story's title; never a step of finding out.
import { describe, it, expect } from 'vitest';
import { storySignals, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const story = (parts: Partial<StoryText>): StoryText => ({ ...EMPTY, ...parts });

describe('the influence prompt quotes a decision, never a step of the work', () => {
  const influencePrompt = (s: StoryText) => storySignals(s).signals.find((x) => x.id === 'influence')!.prompt;
  it('quotes the writer’s decision over an earlier step', () => {
    const s = story({
      title: 'Drift after the checkout redesign',
      action:
        'I compared the feature distributions before and after the redesign. I decided to retrain on the last four weeks only.',
    });
    const prompt = influencePrompt(s);
    expect(prompt).toMatch(/I decided to retrain/);
    expect(prompt).not.toMatch(/compared the feature distributions/);
  });
  const lookingFirst: [string, Partial<StoryText>, string][] = [
    [
      'nurse',
      {
        title: 'Night-shift handovers',
        action: 'Audited forty handover notes from the night shift. Wrote a one-page template and trained the staff.',
      },
      'Audited forty handover notes',
    ],
    [
      'sales operations',
      {
        title: 'Pipeline clean-up',
        action:
          'I pulled every open deal older than 90 days into a sheet. I called each owner and closed the dead ones.',
      },
      'I pulled every open deal',
    ],
    [
      'warehouse analyst',
      {
        title: 'Stock counts',
        action:
          'First I traced where each report got its stock figure. Then I rebuilt the count as one view for all stores.',
      },
      'First I traced where each report',
    ],
  ];
  it.each(lookingFirst)('%s: skips a step of finding out', (_voice, parts, step) => {
    const prompt = influencePrompt(story(parts));
    expect(prompt).toMatch(/^Whose decision did “/);
    expect(prompt).not.toContain(step);
  });
  it('names the story by its title when every sentence only looks into things', () => {
    const s = story({
      title: 'Why the refunds were late',
      action:
        'I compared the refund logs with the bank statements. I reviewed thirty late cases with the support lead.',
    });
    expect(influencePrompt(s)).toContain('“Why the refunds were late”');
  });
});
