// The learned signal reading (shared/analysis/signals/learned/): features the same every time, training the same
// bytes every time, and the shipped reading only vetoing where its leave-one-writer-out run let it (a
// cross-functional rule hit the model finds under 2%), never changing a prompt the rules already judge.
// Sentences here are written for this test.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sentenceFeatures, stemWord } from '#shared/analysis/signals/learned/sentence-features';
import { trainLogistic } from '#shared/analysis/signals/learned/logistic';
import { withLearnedReading } from '#shared/analysis/signals/learned/signal-model';
import { serializeModel, type SignalModelFile } from '#shared/analysis/signals/learned/model-file';
import { storySentences } from '#shared/analysis/signals/story-sentences';
import { storySignals } from '#shared/analysis/signals/story-signals';
import type { SignalId } from '#shared/analysis/signals/signal-ids';
import { modelFileText, trainModel, trainingRows } from '../../../fixtures/signals/signal-training';
import { CORPUS_PATH } from '../../../fixtures/signals/load-labeled-stories';

const MODEL_PATH = fileURLToPath(
  new URL('../../../../shared/analysis/signals/learned/signal-model.json', import.meta.url),
);
const shipped = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as SignalModelFile;

const action = (text: string) => ({ situation: '', task: '', action: text, result: '', reflection: '' });

describe('learned signal features', () => {
  it('maps the forms of one word to one stem', () => {
    expect(new Set(['decide', 'decided', 'decides', 'deciding'].map(stemWord)).size).toBe(1);
    expect(stemWord('planned')).toBe(stemWord('plan'));
    expect(stemWord('chose')).toBe(stemWord('choose'));
  });

  it('gives the same sorted features for the same sentence in the same story', () => {
    const story = action('I met the legal team on Monday. We could not ship without their sign-off.');
    const sentences = storySentences(story);
    const hits = [new Set<SignalId>(['cross-functional']), new Set<SignalId>(['constraint'])];
    const once = sentenceFeatures(sentences, hits, 1);
    expect(sentenceFeatures(sentences, hits, 1)).toEqual(once);
    expect([...once].sort()).toEqual(once);
    expect(once).toEqual(expect.arrayContaining(['r:constraint', 'rp:cross-functional', 'fp2', 'neg', 'modal']));
    expect(once).toContain('pos:last');
  });
});

describe('learned signal training', () => {
  it('trains the same weights from the same examples', () => {
    const examples = [
      { features: [0, 1], positive: true },
      { features: [0, 2], positive: false },
      { features: [0, 1, 3], positive: true },
      { features: [0, 3], positive: false },
    ];
    const a = trainLogistic(examples, 4);
    expect([...trainLogistic(examples, 4)]).toEqual([...a]);
    expect(a[1]).toBeGreaterThan(0);
    expect(a[2]).toBeLessThan(0);
  });

  it('writes the same bytes when trained twice on the same rows', () => {
    const rows = trainingRows().slice(0, 300);
    expect(serializeModel(trainModel(rows))).toBe(serializeModel(trainModel(rows)));
  });

  // The shipped file records a fingerprint of its training rows, which carry the rules' own readings as features.
  // A signal rule change alters them, and the model must then be retrained (and its LOWO table rerun): failing here
  // says so, where skipping would leave a model stacked on readings the rules no longer give.
  const rows = trainingRows();
  const model = trainModel(rows);
  // The training rows include the real stories, which live outside the repository: a bare clone cannot rebuild
  // the fingerprint, so only there is the check skipped.
  it.runIf(existsSync(CORPUS_PATH))(
    'was trained on the rules as they read today, and retrains to the same bytes',
    async () => {
      expect(
        model.rows,
        'the signal rules changed since signal-model.json was trained: run `npx tsx scripts/train-signal-model.ts` and `npx tsx scripts/lowo-signal-model.ts`',
      ).toBe(shipped.rows);
      expect(await modelFileText(model, MODEL_PATH)).toBe(readFileSync(MODEL_PATH, 'utf8'));
    },
  );
});

describe('the shipped learned reading', () => {
  it('only vetoes cross-functional hits, the one change its LOWO run supports', () => {
    expect(shipped.thresholds).toEqual({ 'cross-functional': { veto: 0.02 } });
    expect(Object.keys(shipped.weights)).toEqual(['cross-functional']);
  });

  it("drops a cross-functional hit on a sentence of one's own work and keeps one on a meeting with another team", () => {
    // "I fixed the flaky test myself." sat at p ≈ 0.019–0.021, on the 0.02 cut: any retrain moved it across (session 32).
    const own = storySentences(action('I fixed the flaky integration test myself over the weekend.'));
    expect(withLearnedReading(own, [new Set<SignalId>(['cross-functional'])])[0].has('cross-functional')).toBe(false);
    const met = storySentences(action('I met with the finance team to agree the refund rules.'));
    expect(withLearnedReading(met, [new Set<SignalId>(['cross-functional'])])[0].has('cross-functional')).toBe(true);
  });

  it('never adds a signal and keeps the prompts of stories the rules judge', () => {
    const stories = [
      {
        situation: 'Our support team was drowning in refund tickets.',
        task: 'I owned the refund flow.',
        action:
          'I met with the finance team to agree the refund rules. I rewrote the rules engine myself over two weeks.',
        result: 'Refund tickets fell by half.',
        reflection: '',
      },
      {
        situation: 'The marketing team had asked for a new landing page.',
        task: 'I built it.',
        action: 'I coded the page in React. I tested it on three browsers.',
        result: 'Sign-ups rose 10%.',
        reflection: '',
      },
    ];
    for (const story of stories) {
      const rules = storySignals(story, { learned: false }).signals;
      const read = storySignals(story).signals;
      read.forEach((signal, k) => {
        expect(signal.prompt).toBe(rules[k].prompt);
        for (const e of signal.evidence) expect(rules[k].evidence).toContainEqual(e);
      });
    }
  });
});
