// Floors for the senior-signal detector on the labeled set (tests/fixtures/signals): the stories we
// wrote always; the real stories from ../shared/corpus when that folder is there (skipped, with the
// reason printed, where it is not — the stories themselves never enter the repository).
import { describe, it, expect } from 'vitest';
import { scoreSignals, type LabeledStory } from '#shared/analysis/signals/evaluate-signals';
import { SIGNAL_IDS, type SignalId } from '#shared/analysis/signals/signal-ids';
import { loadLabeledStories } from '../../../fixtures/signals/load-labeled-stories';

const parts = loadLabeledStories();
if (parts.corpusMissing) console.warn(`signals-eval.test: real-story parts skipped — ${parts.corpusMissing}.`);

interface Floors {
  precision: number;
  recall: number;
  /** Stories told a signal is missing must really lack it. */
  missingPrompt: number;
}

function assertFloors(name: string, stories: () => LabeledStory[], floors: Floors, skip = false) {
  describe.skipIf(skip)(name, () => {
    const scores = skip ? [] : scoreSignals(stories());
    it('has labeled stories', () => expect(stories().length).toBeGreaterThan(0));
    for (const s of scores) {
      const figures = `P=${s.sentences.precision.toFixed(2)} R=${s.sentences.recall.toFixed(2)} missing-prompt P=${s.missingPromptPrecision.toFixed(2)}`;
      it(`${s.id}: sentence precision ≥ ${floors.precision}, recall ≥ ${floors.recall}, missing-prompt precision ≥ ${floors.missingPrompt}`, () => {
        expect(s.sentences.precision, figures).toBeGreaterThanOrEqual(floors.precision);
        expect(s.sentences.recall, figures).toBeGreaterThanOrEqual(floors.recall);
        expect(s.missingPromptPrecision, figures).toBeGreaterThanOrEqual(floors.missingPrompt);
      });
    }
  });
}

assertFloors('signals on our own stories', () => parts.own, { precision: 0.9, recall: 0.7, missingPrompt: 0.9 });
assertFloors(
  'signals on the real stories tuned on',
  () => parts.corpusDev,
  { precision: 0.8, recall: 0.8, missingPrompt: 0.85 },
  parts.corpusMissing !== undefined,
);
// The written sets' tuning halves: the phrasings the language classes were written from.
assertFloors('signals on the second written set, tuned on', () => parts.written, {
  precision: 0.9,
  recall: 0.8,
  missingPrompt: 0.9,
});
assertFloors('signals on the third written set, tuned on', () => parts.third, {
  precision: 0.7,
  recall: 0.7,
  missingPrompt: 0.9,
});
assertFloors('signals on the fourth written set, tuned on', () => parts.fourth, {
  precision: 0.8,
  recall: 0.55,
  missingPrompt: 0.6,
});

// The fresh held-aside set (fresh-stories-4.json): nobody tunes on it, so its floors are per signal,
// today's figures less a small margin — a change that lowers what generalizes fails here. Only
// figures are printed, never its sentences.
type FreshFloors = Record<SignalId, { precision: number; recall: number; missingPrompt: number }>;
const FRESH_FLOORS: FreshFloors = {
  // Session 17 (option contrasts, plain limits, unsettled inputs): trade-off .76/.33 → .78/.35, constraint
  // recall .48 → .50, ambiguity .50/.25 → .56/.31.
  // Session 22 (a cost of a choice taken on, costs-accepted.ts): .78/.35 → .81/.42 (17/4/23).
  'trade-off': { precision: 0.72, recall: 0.4, missingPrompt: 0.95 },
  // Session 18 (bounds told with any verb): constraint recall .50 → .52.
  constraint: { precision: 0.79, recall: 0.47, missingPrompt: 0.7 },
  // Session 21 (the writer's own role clause, a vendor naming a thing): precision .76 → .79 (45/12/25).
  'cross-functional': { precision: 0.74, recall: 0.58, missingPrompt: 0.95 },
  influence: { precision: 0.74, recall: 0.47, missingPrompt: 0.81 },
  // Session 18 (a pilot watched "before rolling it out"): .84 → .86.
  'after-launch': { precision: 0.82, recall: 0.58, missingPrompt: 0.75 },
  // Ambiguity now needs an act or a requirement (not any "unclear"): precision up, one sentence of recall given.
  // Session 19 (a requirement never defined): .56/.31 → .60/.38.
  ambiguity: { precision: 0.55, recall: 0.31, missingPrompt: 0.89 },
  'own-decision': { precision: 0.88, recall: 0.62, missingPrompt: 0.95 },
};

/** Per-signal floors on a fresh held-aside set; failures print figures, never its sentences. */
function assertFreshFloors(name: string, stories: LabeledStory[], floors: FreshFloors, minStories: number) {
  describe(name, () => {
    const scores = scoreSignals(stories);
    it('has labeled stories', () => expect(stories.length).toBeGreaterThanOrEqual(minStories));
    it('scores every signal', () => expect(scores.map((s) => s.id).sort()).toEqual([...SIGNAL_IDS].sort()));
    for (const s of scores) {
      const floor = floors[s.id];
      const figures = `P=${s.sentences.precision.toFixed(2)} R=${s.sentences.recall.toFixed(2)} missing-prompt P=${s.missingPromptPrecision.toFixed(2)}`;
      it(`${s.id}: sentence precision ≥ ${floor.precision}, recall ≥ ${floor.recall}, missing-prompt precision ≥ ${floor.missingPrompt}`, () => {
        expect(s.sentences.precision, figures).toBeGreaterThanOrEqual(floor.precision);
        expect(s.sentences.recall, figures).toBeGreaterThanOrEqual(floor.recall);
        expect(s.missingPromptPrecision, figures).toBeGreaterThanOrEqual(floor.missingPrompt);
      });
    }
  });
}

assertFreshFloors('signals on the fresh set, held aside (never tuned on)', parts.fresh, FRESH_FLOORS, 30);

// The fresh check set written later (fresh-stories-6.json, 24 stories), also never tuned on: floors at
// its first figures (measured before anyone looked at it) less one more error per signal; the prompt
// floors allow none. Kept apart from fresh-stories-4 so each set's figures stay visible.
const FRESH_CHECK_FLOORS: FreshFloors = {
  // Session 17: .57/.26 (prompts 3/4) → .60/.29 (3/3). Session 22 (costs taken on): → .63/.32 (10/6/21).
  'trade-off': { precision: 0.52, recall: 0.29, missingPrompt: 0.95 },
  // Session 18 (a limit noun naming a thing built, "SLO-based alerting"): .79 → .83.
  constraint: { precision: 0.74, recall: 0.38, missingPrompt: 0.95 },
  // Session 18 (the writer's own team named by the writer's role): .71 → .72.
  'cross-functional': { precision: 0.66, recall: 0.61, missingPrompt: 0.95 },
  // Session 18 (persuasion shapes with open noun phrases): influence recall .43 → .48.
  influence: { precision: 0.64, recall: 0.43, missingPrompt: 0.45 },
  'after-launch': { precision: 0.78, recall: 0.59, missingPrompt: 0.95 },
  ambiguity: { precision: 0.42, recall: 0.15, missingPrompt: 0.95 },
  // Its one own-decision prompt today is wrong (0 of 1): nothing to keep yet, so no floor.
  'own-decision': { precision: 0.68, recall: 0.55, missingPrompt: 0 },
};
assertFreshFloors(
  'signals on the fresh check set, held aside (never tuned on)',
  parts.freshCheck,
  FRESH_CHECK_FLOORS,
  24,
);

// The second fresh check set (fresh-stories-8.json, 16 stories in real writers' voices: resume bullets, lowercase
// notes, odd headings, non-ML roles; one story with no signal), never tuned on: floors at its first figures (taken
// before anyone looked at its errors) less one more error per signal; prompt floors a little under today's.
const FRESH_CHECK_8_FLOORS: FreshFloors = {
  'trade-off': { precision: 0.66, recall: 0.25, missingPrompt: 0.95 }, // .80/.33 (4/1/8), prompts 3/3
  constraint: { precision: 0.76, recall: 0.5, missingPrompt: 0.95 }, // .83/.56 (10/2/8), 2/2
  'cross-functional': { precision: 0.66, recall: 0.76, missingPrompt: 0.95 }, // .71/.80 (20/8/5 in session 19; .66 before session 18), 4/4
  influence: { precision: 0.9, recall: 0.69, missingPrompt: 0.95 }, // 1.00/.69 (9/0/4) → .77 (10/0/3) in session 18, 6/6
  'after-launch': { precision: 0.51, recall: 0.75, missingPrompt: 0.95 }, // .53/.80 (16/14/4), 3/3
  ambiguity: { precision: 0.66, recall: 0.2, missingPrompt: 0.85 }, // 1.00/.20 (2/0/8) → .30 (3/0/7) in session 19, 9/10
  'own-decision': { precision: 0.83, recall: 0.6, missingPrompt: 0.95 }, // .91/.67 (10/1/5), 1/1
};
assertFreshFloors(
  'signals on the second fresh check set (fresh-stories-8), held aside (never tuned on)',
  parts.freshEight,
  FRESH_CHECK_8_FLOORS,
  16,
);

// The spent blind sets' held-aside half (fresh-stories-7, -10 … -16, even story ids; written by engineers who never
// opened the detector, never tuned on): floors at session 24's end figures less one more error per signal, prompt
// floors a little under today's. The odd half is tuned on, so it gets none. fresh-stories-17 joined the spent sets in
// session 25; these floors keep to the eight sets they were set on, so adding a set never moves them.
const SPENT_BLIND_ASIDE_FLOORS: FreshFloors = {
  'trade-off': { precision: 0.85, recall: 0.76, missingPrompt: 0.95 }, // .89/.80 (24/3/6), 4/4
  constraint: { precision: 0.96, recall: 0.64, missingPrompt: 0.95 }, // 1.00/.67 (30/0/15), 5/5
  'cross-functional': { precision: 0.79, recall: 0.72, missingPrompt: 0.95 }, // .81/.75 (38/9/13), 3/3
  influence: { precision: 0.94, recall: 0.61, missingPrompt: 0.95 }, // 1.00/.65 (17/0/9), 6/6
  'after-launch': { precision: 0.87, recall: 0.74, missingPrompt: 0.95 }, // .90/.77 (27/3/8), 3/3
  ambiguity: { precision: 0.72, recall: 0.63, missingPrompt: 0.9 }, // .80/.73 (8/2/3), 14/15
  'own-decision': { precision: 0.84, recall: 0.67, missingPrompt: 0.95 }, // .88/.71 (22/3/9), 2/2
};
assertFreshFloors(
  'signals on the spent blind sets, held-aside half (never tuned on)',
  parts.spentBlindAside.filter((s) => !s.id.startsWith('fs17/')),
  SPENT_BLIND_ASIDE_FLOORS,
  32,
);
