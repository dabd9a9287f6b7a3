import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeStory } from '#shared/analysis/index';
import {
  DeservedSample,
  MarkJudgement,
  scoreMarks,
  scoreRecall,
  shownMarks,
  type ShownMark,
} from '#shared/analysis/evaluate-marks';
import type { Story } from '#shared/domain/schemas';

const fixtures = resolve(import.meta.dirname, '../../fixtures/marks');

describe('mark precision scoring', () => {
  const mark = (rule: string, start: number): ShownMark => ({
    story_id: 'x',
    section: 'action',
    rule,
    start,
    end: start + 3,
  });

  it('counts judged marks per rule and leaves unjudged ones out of precision', () => {
    const marks = [mark('hedge', 0), mark('hedge', 10), mark('passive-voice', 20), mark('hedge', 30)];
    const judgements = [
      { ...mark('hedge', 0), agree: true },
      { ...mark('hedge', 10), agree: false },
      { ...mark('passive-voice', 20), agree: true },
    ];
    const score = scoreMarks(marks, judgements);
    expect(score.rules.find((r) => r.rule === 'hedge')).toMatchObject({
      marks: 3,
      judged: 2,
      agreed: 1,
      precision: 0.5,
    });
    expect(score.total).toMatchObject({ marks: 4, judged: 3, agreed: 2 });
    expect(score.unjudged).toEqual([mark('hedge', 30)]);
  });

  it('reads story-level marks anchored in a section, and skips the claim-family marks', () => {
    const report = analyzeStory({
      situation: '',
      task: '',
      action: 'We rewrote the ranking service.',
      result: 'The launch went well and everyone was pleased.',
      reflection: '',
    } as Story);
    const rules = shownMarks('x', report).map((m) => `${m.section}:${m.rule}`);
    expect(rules).toContain('action:we-without-i');
    expect(rules).toContain('result:result-without-measure');
    expect(rules.some((r) => r.endsWith('vague-claim') || r.endsWith('unquantified-outcome'))).toBe(false);
  });
});

describe('mark recall scoring', () => {
  const shown = (story_id: string, rule: string, start: number, end: number): ShownMark => ({
    story_id,
    section: 'result',
    rule,
    start,
    end,
  });
  const deserved = (rule: 'hedge' | 'result-without-measure', start: number, end: number) => ({
    section: 'result' as const,
    rule,
    start,
    end,
    note: 'n',
  });

  it('finds a deserved sentence by a mark of its rule inside it, and tells a shadowed miss', () => {
    const stories = [
      { story_id: 'a', deserved: [deserved('hedge', 0, 40), deserved('hedge', 41, 80)] },
      { story_id: 'b', deserved: [deserved('hedge', 0, 30)] },
      { story_id: 'c', deserved: [] },
    ];
    const marks = [shown('a', 'hedge', 10, 15), shown('b', 'hedge', 31, 35)];
    const any = [...marks, shown('a', 'vague-claim', 41, 80)];
    const score = scoreRecall(stories, marks, any);
    expect(score.rules).toEqual([{ rule: 'hedge', deserved: 3, found: 1, shadowed: 1, recall: 1 / 3 }]);
  });

  it("finds a Result's missing measure by that mark anywhere in the story's Result", () => {
    const stories = [{ story_id: 'a', deserved: [deserved('result-without-measure', 0, 40)] }];
    expect(scoreRecall(stories, [shown('a', 'result-without-measure', 2, 40)]).total.recall).toBe(1);
    expect(scoreRecall(stories, [shown('b', 'result-without-measure', 0, 40)]).total.recall).toBe(0);
  });

  it('reads the recall sample: every story listed once, each entry a span', () => {
    const sample = DeservedSample.parse(JSON.parse(readFileSync(resolve(fixtures, 'deserved.json'), 'utf8')));
    const ids = sample.stories.map((s) => s.story_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(sample.sample).toContain(id.split(':')[0]);
    for (const d of sample.stories.flatMap((s) => s.deserved)) expect(d.end).toBeGreaterThan(d.start);
  });
});

describe('our own stories, judged as a coach would', () => {
  const judgements = MarkJudgement.array().parse(
    JSON.parse(readFileSync(resolve(fixtures, 'judgements.json'), 'utf8')),
  );
  const stories = readFileSync(resolve(fixtures, 'own-stories.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Story & { story_id: string; set: string });

  it('keeps the judgements unique', () => {
    const keys = judgements.map((j) => `${j.story_id}|${j.section}|${j.rule}|${j.start}|${j.end}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  // A floor, not a target: a new mark that a coach would reject shows up here first.
  it.each(['tuning', 'aside'])('%s set: the marks shown are nearly always right', (set) => {
    const marks = stories.filter((s) => s.set === set).flatMap((s) => shownMarks(s.story_id, analyzeStory(s)));
    const score = scoreMarks(marks, judgements);
    expect(score.total.judged).toBeGreaterThanOrEqual(5);
    expect(score.total.precision).toBeGreaterThanOrEqual(0.95);
  });
});
