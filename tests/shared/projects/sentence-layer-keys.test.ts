// Sentence layer labels are keyed by the words of the sentence, like the follow-up verdicts: a change to the
// sentence splitter (a sentence cut in two, one more bullet before it) keeps every label in place.
import { describe, it, expect } from 'vitest';
import { scoreSentenceLayers, type SentenceLayerStory } from '#shared/projects/evaluate-layers';
import { placeSentences } from '#shared/projects/sentence-layers';
import type { LayerId } from '#shared/projects/index';

const empty = { situation: '', task: '', action: '', result: '', reflection: '' };
const judged = (action: string, labels: Record<string, LayerId[]>): SentenceLayerStory => ({
  id: 't1',
  story: { ...empty, action },
  labels,
});
const totals = (s: SentenceLayerStory) => {
  const scores = scoreSentenceLayers([s]);
  const of = (id: LayerId) => scores.find((x) => x.id === id)!;
  return { deployment: of('deployment'), errors: scores.flatMap((x) => x.errors) };
};

describe('sentence layer labels keyed by text', () => {
  const rollout = 'I rolled the new ranker out behind a flag to one region first.';
  const labels: Record<string, LayerId[]> = { [`action: ${rollout}`]: ['deployment', 'role'] };

  it('finds the labeled sentence wherever the splitter puts it', () => {
    const alone = totals(judged(rollout, labels));
    // The same sentence after another one: an index key ("a0") would now name the wrong sentence.
    const later = totals(judged(`- Wrote a short note for the support team.\n- ${rollout}`, labels));
    expect(placeSentences({ ...empty, action: rollout }).sentences[0].layers.has('deployment')).toBe(true);
    expect(alone.deployment).toMatchObject({ tp: 1, covered: 1 });
    expect(later.deployment).toMatchObject({ tp: 1, covered: 1 });
    // The unlabeled sentence before it is judged as covering nothing: any layer it gets is an error.
    expect(later.errors.every((e) => e.includes('Wrote a short note'))).toBe(true);
  });

  it('judges a labeled sentence once when the splitter cuts it in two', () => {
    // Punctuation is not compared: the key's words run across the cut.
    const cut = totals(judged('I rolled the new ranker out. Behind a flag to one region first.', labels));
    expect(cut.deployment).toMatchObject({ tp: 1, shown: 1, covered: 1 });
  });

  it('refuses a key that is malformed, not in the story, or found twice', () => {
    expect(() => scoreSentenceLayers([judged(rollout, { [rollout]: ['deployment'] })])).toThrow(/bad layer key/);
    expect(() => scoreSentenceLayers([judged(rollout, { 'action: I shipped it.': ['deployment'] })])).toThrow(
      /not in the story's action/,
    );
    expect(() =>
      scoreSentenceLayers([judged(`${rollout} ${rollout}`, { [`action: ${rollout}`]: ['deployment'] })]),
    ).toThrow(/2 times/);
  });
});
