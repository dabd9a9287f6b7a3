// The written set (tests/fixtures/claims/written.jsonl and its whole stories in written-stories.jsonl):
// sentences written for this project by RUBRIC.md and its clarifications, in realistic proportions
// (16% metric rows), covering the issue-11 error classes. Half of it is kept aside by the same split
// as the corpus (rowHalf): rules are written from the tuning half only. Each figure must stay at or
// above the floor it has reached; the floors rise as the analyzer does.
//
// written-2.jsonl is a second written set (resume lines and STAR sentences from a senior ML engineer's
// bank, no whole stories) aimed at the classes still open in issue 11: date prefixes, named
// third-person resume lines, Result sentences with another subject, outcome nouns and inflections,
// purpose clauses (benefit or function) and verbless claims. It was committed before the rules that
// use it, and half of it is kept aside the same way.
//
// written-outcomes.jsonl is a third (94 sentences) aimed at outcomes: told without a cue word, cue
// words inside problems, goals, hypotheticals, quotes, options, questions and conditions, purpose
// clauses, whose work it is, and bare actions. Committed before the rules that use it, half aside.
// Its few numbers are not its point: only the claim, outcome and vague-claim figures have floors.
//
// written-5.jsonl (153 sentences) aims at the classes left after that: help + bare verb, title-like
// verbless claims, persuasion results, workers as processes or people, rollout shares and other
// configuration values, subject counts in context, verbless throughput, digits in names, context
// sizes, delivered counts and bare actions; 30 more on outcomes told without a listed change word, 18 story
// sentences with numbers.
// Committed before the rules that use it, half aside.
//
// written-7.jsonl (78 sentences) aims at classes left after written-5, each with counter-examples:
// titles whose first word reads as a verb ("Lead Engineer, Payments") and skill lists, the people of
// the story, pilot and test design, change verbs on things that are not measures, modifier nouns that
// look like verbs ("support agents") and a system as the subject of an Action sentence. Committed
// before the rules that use it, half aside.
//
// written-6.jsonl (76 sentences) aims at outcomes still missed: help + object + verb (benefit or
// function), persuasion results told by others' verbs outside the Result section, customers and sign-ups
// won, others using the work, new states without a change word, time to a result and bare effect verbs
// after help/let/to, each with negatives. Committed
// before the rules that use it, rows alternating tuning/aside. Like written-outcomes, only the claim,
// outcome and vague-claim figures have floors.
//
// written-8.jsonl (28 sentences) covers the two conventions RUBRIC-NOTES added for fresh-5/6: team sizes
// under a leading verb (scale, not metric) and a colleague's request (context). Committed before the
// rules that use it, half aside.
//
// written-9.jsonl (84 sentences, no numbers) aims at outcomes claimed but not achieved and outcomes
// still missed: negated, failed and attempted changes, effort toward a change, problems told in
// relative clauses, goals and assignments, outcome words as inflections and nouns, purpose clauses
// (benefit or function) and Result outcomes with no cue word, each beside its counterpart. Committed
// before the rules that use it, rows alternating tuning/aside; only claim, outcome and vague-claim
// figures have floors.
//
// written-10.jsonl (60 sentences, no numbers) aims at outcome words still missed, each class with
// look-alikes that name no effect: trust, respect, a seat or the go-ahead won; purposes that keep a
// thing in a good state; problems ended, under control, spared or got rid of; records set and checks
// passed; costs trimmed or reined in. Committed before the rules, outcome and non-outcome rows of each
// class split evenly between the halves.
//
// written-11.jsonl (30 sentences) does the same for results got on the first call, try or pass, and
// systems that held up, withstood or stayed online through a strain.
//
// written-scale.jsonl (96 sentences) aims at has_scale precision and is_claim classes, each with
// counter-examples: a few people or teams acting in the story, pilot and test groups, partners worked
// with, selections, customers won vs served, people moved onto the work, scale told with number words,
// role nouns as modifiers, program money vs money saved, throughput vs events a result produced, sizes
// in Situation and Task, third-person and verbless lines, "had to" / "were able to". Committed before
// the rules that use it, rows alternating tuning/aside.
//
// written-5's aside has_scale floor went from 0.79 to 0.71 when four of its people-of-the-story rows
// were relabelled to RUBRIC-NOTES (no scale); the analyzer before that change scored 0.706 on the
// relabelled half.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { analyzeWithSection, parseLabeledRows, rowHalf, scoreFlags, type Flag } from '#shared/analysis/evaluate';
import { parseLabeledStories, scoreInStory } from '#shared/analysis/evaluate-stories';
import { createAnalyzer } from '#shared/analysis/index';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = parseLabeledRows(readFileSync(resolve(dir, 'written.jsonl'), 'utf8'));
const rows2 = parseLabeledRows(readFileSync(resolve(dir, 'written-2.jsonl'), 'utf8'));
const rows3 = parseLabeledRows(readFileSync(resolve(dir, 'written-outcomes.jsonl'), 'utf8'));
const rows5 = parseLabeledRows(readFileSync(resolve(dir, 'written-5.jsonl'), 'utf8'));
const rows7 = parseLabeledRows(readFileSync(resolve(dir, 'written-7.jsonl'), 'utf8'));
const rows6 = parseLabeledRows(readFileSync(resolve(dir, 'written-6.jsonl'), 'utf8'));
const rows8 = parseLabeledRows(readFileSync(resolve(dir, 'written-8.jsonl'), 'utf8'));
const rows9 = parseLabeledRows(readFileSync(resolve(dir, 'written-9.jsonl'), 'utf8'));
const rows10 = parseLabeledRows(readFileSync(resolve(dir, 'written-10.jsonl'), 'utf8'));
const rows11 = parseLabeledRows(readFileSync(resolve(dir, 'written-11.jsonl'), 'utf8'));
const rowsScale = parseLabeledRows(readFileSync(resolve(dir, 'written-scale.jsonl'), 'utf8'));
const stories = parseLabeledStories(readFileSync(resolve(dir, 'written-stories.jsonl'), 'utf8'));

const FLOORS: Record<'tuning' | 'aside', Record<Flag | 'in_story', number>> = {
  tuning: { is_claim: 0.93, has_metric: 0.94, has_scale: 0.95, has_outcome: 0.94, vague_claim: 0.86, in_story: 0.85 },
  // aside vague_claim set from the s18 bare-delivery relabel (w078). aside has_scale .94 → .93 from the s23
  // handled-load relabel (w065: the writer's own invoices a week, metric only): one true scale became a true
  // non-scale, so the same single miss weighs more (8/0/1 → 7/0/1); no prediction got worse.
  aside: { is_claim: 0.94, has_metric: 0.96, has_scale: 0.93, has_outcome: 0.85, vague_claim: 0.9, in_story: 0.8 },
};

const FLOORS_2: Record<'tuning' | 'aside', Record<Flag, number>> = {
  tuning: { is_claim: 0.95, has_metric: 0.99, has_scale: 1, has_outcome: 0.88, vague_claim: 0.96 },
  aside: { is_claim: 0.99, has_metric: 0.85, has_scale: 0.88, has_outcome: 0.95, vague_claim: 0.8 },
};

const FLOORS_3: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.98, has_outcome: 0.97, vague_claim: 1 },
  aside: { is_claim: 1, has_outcome: 0.84, vague_claim: 0.84 },
};

const FLOORS_5: Record<'tuning' | 'aside', Record<Flag, number>> = {
  tuning: { is_claim: 0.97, has_metric: 0.81, has_scale: 0.99, has_outcome: 0.86, vague_claim: 0.86 },
  aside: { is_claim: 0.96, has_metric: 0.79, has_scale: 0.71, has_outcome: 0.65, vague_claim: 0.77 },
};

const FLOORS_7: Record<'tuning' | 'aside', Record<Flag, number>> = {
  tuning: { is_claim: 0.98, has_metric: 0.66, has_scale: 0.57, has_outcome: 0.8, vague_claim: 0.78 },
  aside: { is_claim: 0.96, has_metric: 0.66, has_scale: 0.44, has_outcome: 0.66, vague_claim: 0.76 },
};

const FLOORS_8: Record<'tuning' | 'aside', Record<Flag, number>> = {
  tuning: { is_claim: 1, has_metric: 0.5, has_scale: 1, has_outcome: 1, vague_claim: 0.66 },
  aside: { is_claim: 0.94, has_metric: 0.8, has_scale: 0.9, has_outcome: 1, vague_claim: 1 },
};

const FLOORS_SCALE: Record<'tuning' | 'aside', Record<Flag, number>> = {
  tuning: { is_claim: 0.95, has_metric: 0.83, has_scale: 0.92, has_outcome: 0.66, vague_claim: 0.86 },
  aside: { is_claim: 0.92, has_metric: 0.84, has_scale: 0.84, has_outcome: 0.88, vague_claim: 0.76 },
};

for (const [name, set, floors, size] of [
  ['seventh', rows7, FLOORS_7, 78],
  ['eighth', rows8, FLOORS_8, 28],
  ['scale', rowsScale, FLOORS_SCALE, 96],
] as const)
  describe(`claim analyzer on the ${name} written set`, () => {
    it('has both halves, each row with its half named', () => {
      expect(set.length).toBeGreaterThanOrEqual(size);
      expect(set.every((r) => r.half !== undefined)).toBe(true);
      expect(set.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(size / 2);
    });
    for (const half of ['tuning', 'aside'] as const) {
      const part = set.filter((r) => rowHalf(r) === half);
      const scores = scoreFlags(part, analyzeWithSection(createAnalyzer().analyzeText));
      for (const score of scores) {
        const floor = floors[half][score.flag];
        it(`${half} half, ${score.flag}: F1 ≥ ${floor}`, () => {
          expect(score.f1, `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(
            floor,
          );
        });
      }
    }
  });

// Before the rules (dad1269): tuning outcome .731, vague .500; aside outcome .762, vague .593.
const FLOORS_9: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.93, has_outcome: 0.85, vague_claim: 0.72 },
  aside: { is_claim: 0.94, has_outcome: 0.87, vague_claim: 0.8 },
};

describe('claim analyzer on the ninth written set (outcomes claimed, not achieved)', () => {
  it('has both halves, each row with its half named', () => {
    expect(rows9.length).toBeGreaterThanOrEqual(84);
    expect(rows9.every((r) => r.half !== undefined)).toBe(true);
    expect(rows9.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(42);
  });
  for (const half of ['tuning', 'aside'] as const) {
    const part = rows9.filter((r) => rowHalf(r) === half);
    const scores = scoreFlags(part, analyzeWithSection(createAnalyzer().analyzeText));
    for (const score of scores) {
      const floor = FLOORS_9[half][score.flag];
      if (floor === undefined) continue;
      it(`${half} half, ${score.flag}: F1 ≥ ${floor}`, () => {
        expect(score.f1, `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});

// Before the rules (written-10's own commit): tuning outcome .480, vague .684; aside outcome .667, vague .690.
const FLOORS_10: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.98, has_outcome: 0.98, vague_claim: 0.98 },
  // aside has_outcome set from the s18 bare-delivery relabel (w10-021).
  aside: { is_claim: 0.98, has_outcome: 0.83, vague_claim: 0.8 },
};

// Before the rules (written-11's own commit): tuning outcome .800, vague .800; aside outcome .727, vague .824.
const FLOORS_11: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.92, has_outcome: 0.86, vague_claim: 0.84 },
  aside: { is_claim: 0.98, has_outcome: 0.98, vague_claim: 0.98 },
};

describe('claim analyzer on the eleventh written set (first-time results, strains withstood)', () => {
  for (const half of ['tuning', 'aside'] as const) {
    const part = rows11.filter((r) => rowHalf(r) === half);
    it(`${half} half holds at least 14 rows`, () => expect(part.length).toBeGreaterThanOrEqual(14));
    const scores = scoreFlags(part, analyzeWithSection(createAnalyzer().analyzeText));
    for (const score of scores) {
      const floor = FLOORS_11[half][score.flag];
      if (floor === undefined) continue;
      it(`${half} half, ${score.flag}: F1 ≥ ${floor}`, () => {
        expect(score.f1, `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});

describe('claim analyzer on the tenth written set (outcomes told by a phrase)', () => {
  it('has both halves, each row with its half named', () => {
    expect(rows10.length).toBeGreaterThanOrEqual(60);
    expect(rows10.every((r) => r.half !== undefined)).toBe(true);
    expect(rows10.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(28);
  });
  for (const half of ['tuning', 'aside'] as const) {
    const part = rows10.filter((r) => rowHalf(r) === half);
    const scores = scoreFlags(part, analyzeWithSection(createAnalyzer().analyzeText));
    for (const score of scores) {
      const floor = FLOORS_10[half][score.flag];
      if (floor === undefined) continue;
      it(`${half} half, ${score.flag}: F1 ≥ ${floor}`, () => {
        expect(score.f1, `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});

const FLOORS_6: Record<'tuning' | 'aside', Partial<Record<Flag, number>>> = {
  tuning: { is_claim: 0.98, has_outcome: 0.96, vague_claim: 0.92 },
  aside: { is_claim: 0.97, has_outcome: 0.89, vague_claim: 0.89 },
};

describe('claim analyzer on the sixth written set (outcomes)', () => {
  it('has both halves, each row with its half named', () => {
    expect(rows6.length).toBeGreaterThanOrEqual(76);
    expect(rows6.every((r) => r.half !== undefined)).toBe(true);
    expect(rows6.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(38);
  });
  for (const half of ['tuning', 'aside'] as const) {
    const part = rows6.filter((r) => rowHalf(r) === half);
    const scores = scoreFlags(part, analyzeWithSection(createAnalyzer().analyzeText));
    for (const score of scores) {
      const floor = FLOORS_6[half][score.flag];
      if (floor === undefined) continue;
      it(`${half} half, ${score.flag}: F1 ≥ ${floor}`, () => {
        expect(score.f1, `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});

describe('claim analyzer on the fifth written set', () => {
  it('has both halves, each row with its half named', () => {
    expect(rows5.length).toBeGreaterThanOrEqual(150);
    expect(rows5.every((r) => r.half !== undefined)).toBe(true);
    expect(rows5.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(65);
  });
  for (const half of ['tuning', 'aside'] as const) {
    const part = rows5.filter((r) => rowHalf(r) === half);
    const scores = scoreFlags(part, analyzeWithSection(createAnalyzer().analyzeText));
    for (const score of scores) {
      const floor = FLOORS_5[half][score.flag];
      it(`${half} half, ${score.flag}: F1 ≥ ${floor}`, () => {
        expect(score.f1, `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});

describe('claim analyzer on the written outcome set', () => {
  it('has both halves', () => {
    expect(rows3.length).toBeGreaterThanOrEqual(90);
    expect(rows3.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(40);
  });
  for (const half of ['tuning', 'aside'] as const) {
    const part = rows3.filter((r) => rowHalf(r) === half);
    const scores = scoreFlags(part, analyzeWithSection(createAnalyzer().analyzeText));
    for (const score of scores) {
      const floor = FLOORS_3[half][score.flag];
      if (floor === undefined) continue;
      it(`${half} half, ${score.flag}: F1 ≥ ${floor}`, () => {
        expect(score.f1, `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});

describe('claim analyzer on the second written set', () => {
  it('has both halves and realistic proportions', () => {
    expect(rows2.length).toBeGreaterThanOrEqual(80);
    expect(rows2.filter((r) => rowHalf(r) === 'aside').length).toBeGreaterThanOrEqual(30);
    expect(rows2.filter((r) => r.has_metric).length / rows2.length).toBeLessThan(0.25);
  });
  for (const half of ['tuning', 'aside'] as const) {
    const part = rows2.filter((r) => rowHalf(r) === half);
    const scores = scoreFlags(part, analyzeWithSection(createAnalyzer().analyzeText));
    for (const score of scores) {
      const floor = FLOORS_2[half][score.flag];
      it(`${half} half, ${score.flag}: F1 ≥ ${floor}`, () => {
        expect(score.f1, `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});

describe('claim analyzer on the written set', () => {
  it('keeps realistic proportions: at least 150 rows, under a quarter of them with a metric', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => r.has_metric).length / rows.length).toBeLessThan(0.25);
  });

  for (const half of ['tuning', 'aside'] as const) {
    describe(`${half} half`, () => {
      const part = rows.filter((r) => rowHalf(r) === half);
      const analyzer = createAnalyzer();
      const scores = scoreFlags(part, analyzeWithSection(analyzer.analyzeText));
      for (const score of scores) {
        const floor = FLOORS[half][score.flag];
        it(`${score.flag}: F1 ≥ ${floor}`, () => {
          expect(score.f1, `P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(
            floor,
          );
        });
      }
      it(`in-story claim marks: F1 ≥ ${FLOORS[half].in_story}, every story row found`, () => {
        const result = scoreInStory(stories, part, analyzer.analyzeText);
        expect(result.unmatched).toEqual([]);
        expect(result.f1, `P=${result.precision.toFixed(3)} R=${result.recall.toFixed(3)}`).toBeGreaterThanOrEqual(
          FLOORS[half].in_story,
        );
      });
    });
  }
});
