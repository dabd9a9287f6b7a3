import { describe, it, expect } from 'vitest';
import { parseLabeledRows, predictedFlags, scoreFlags } from '../../../shared/analysis/evaluate';
import { analyzeText } from '../../../shared/analysis/index';

const row = (id: string, text: string, c: boolean, m: boolean, s: boolean, o: boolean) =>
  JSON.stringify({
    id,
    kind: 'bullet',
    story_id: null,
    text,
    is_claim: c,
    has_metric: m,
    has_scale: s,
    has_outcome: o,
    note: '',
  });

describe('claim evaluation', () => {
  it('parses JSONL, skipping blank lines, and names the first bad line', () => {
    expect(parseLabeledRows(`${row('a', 'x', true, false, false, false)}\n\n`)).toHaveLength(1);
    expect(() => parseLabeledRows(`${row('a', 'x', true, false, false, false)}\n{oops`)).toThrow(
      /Line 2 is not valid JSON/,
    );
    expect(() => parseLabeledRows('{"id":"a","text":"x"}')).toThrow(/Line 1 is not a labeled row/);
  });

  it('ORs the flags of a row that splits into several sentences', () => {
    const flags = predictedFlags(analyzeText('Built the API. Cut costs by 30%.'));
    expect(flags).toEqual({
      is_claim: true,
      has_metric: true,
      has_scale: false,
      has_outcome: true,
      vague_claim: false,
    });
  });

  it('computes precision, recall and F1 and lists the misses', () => {
    const rows = parseLabeledRows(
      [
        row('hit', 'Cut costs by 30%.', true, true, false, true),
        row('vague', 'Built the API.', true, false, false, false),
        row('wrong-metric', 'Built the API in Go.', true, true, false, false), // gold says metric: a false negative
        row('context', 'The company sells insurance.', false, false, false, false),
      ].join('\n'),
    );
    const byFlag = Object.fromEntries(scoreFlags(rows, (t) => analyzeText(t)).map((s) => [s.flag, s]));
    expect(byFlag.is_claim).toMatchObject({ tp: 3, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(byFlag.has_metric).toMatchObject({
      tp: 1,
      fp: 0,
      fn: 1,
      precision: 1,
      recall: 0.5,
      falseNegatives: ['wrong-metric'],
    });
    expect(byFlag.has_metric.f1).toBeCloseTo(2 / 3);
    expect(byFlag.vague_claim).toMatchObject({ tp: 1, fp: 1, fn: 0, falsePositives: ['wrong-metric'] });
  });
});
