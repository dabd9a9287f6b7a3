import { describe, it, expect } from 'vitest';
import {
  analyzeWithSection,
  applyRelabels,
  parseLabeledRows,
  predictedFlags,
  relabelsFor,
  rowHalf,
  scoreFlags,
} from '#shared/analysis/evaluate';
import { expectsClaimMark, parseLabeledStories, scoreInStory, storyParts } from '#shared/analysis/evaluate-stories';
import { analyzeText } from '#shared/analysis/index';

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

describe('claim evaluation: halves, relabels, sections', () => {
  it('keeps every sentence of one story, or one resume source, in the same half', () => {
    const a = { id: 'x1', story_id: 'st-7', source: 'github:one/repo a.md' };
    const b = { id: 'y9', story_id: 'st-7', source: 'github:other/repo b.md' };
    expect(rowHalf(a)).toBe(rowHalf(b));
    const c = { id: 'r1', story_id: null, source: 'github:someone/cv resume.json' };
    const d = { id: 'r2', story_id: null, source: 'github:someone/cv other.json' };
    expect(rowHalf(c)).toBe(rowHalf(d));
    // Both halves are used over a spread of keys.
    const halves = new Set(Array.from({ length: 20 }, (_, i) => rowHalf({ id: `k${i}`, story_id: null })));
    expect(halves).toEqual(new Set(['tuning', 'aside']));
  });

  it('applies a relabel overlay for the named file and records the note', () => {
    const rows = parseLabeledRows(row('a', 'Target: cut costs by 30%.', true, true, false, true));
    const overlay = { 'dev.jsonl': [{ id: 'a', is_claim: false, has_metric: false, note: 'a goal, not a claim' }] };
    const fixed = applyRelabels(rows, relabelsFor('dev.jsonl', overlay));
    expect(fixed[0]).toMatchObject({ is_claim: false, has_metric: false, has_outcome: true });
    expect(fixed[0].note).toMatch(/relabelled: a goal, not a claim/);
    expect(relabelsFor('other.jsonl', overlay)).toEqual([]);
    expect(() => relabelsFor('dev.jsonl', { 'dev.jsonl': [{ id: 'a' }] })).toThrow();
  });

  it('passes a row its section', () => {
    const seen: unknown[] = [];
    const analyze = analyzeWithSection((text, options) => {
      seen.push(options);
      return analyzeText(text, options);
    });
    const [withSection] = parseLabeledRows(
      JSON.stringify({ ...JSON.parse(row('a', 'x', true, false, false, false)), section: 'task' }),
    );
    const [resumeLine] = parseLabeledRows(row('b', 'x', true, false, false, false));
    analyze('x', withSection);
    analyze('x', resumeLine);
    expect(seen).toEqual([{ section: 'task' }, undefined]);
  });
});

describe('in-story evaluation', () => {
  it('cuts a story at its STAR headings, in the shapes people write them', () => {
    const parts = storyParts(
      [
        'Intro line before any heading.',
        '**Situation:** The app was slow.',
        '### Task',
        'Speed it up.',
        '**Actions:**',
        '- Profiled it.',
        'Result: Pages load in half the time.',
        'Task force meetings were weekly.',
        'S3 buckets were cleaned.',
      ].join('\n'),
    );
    expect(parts.map((p) => [p.section, p.text.trim()])).toEqual([
      ['action', 'Intro line before any heading.'],
      ['situation', 'The app was slow.'],
      ['task', 'Speed it up.'],
      ['action', '- Profiled it.'],
      ['result', 'Pages load in half the time.\nTask force meetings were weekly.\nS3 buckets were cleaned.'],
    ]);
  });

  it('expects a mark on an unmeasured outcome anywhere, and on a bare claim only in the Result', () => {
    const [outcome, bare, measured, context] = parseLabeledRows(
      [
        row('o', 'x', true, false, false, true),
        row('b', 'x', true, false, false, false),
        row('m', 'x', true, true, false, true),
        row('c', 'x', false, false, false, true),
      ].join('\n'),
    );
    expect(expectsClaimMark(outcome, 'action')).toBe(true);
    expect(expectsClaimMark(bare, 'action')).toBe(false);
    expect(expectsClaimMark(bare, 'result')).toBe(true);
    expect(expectsClaimMark(measured, 'result')).toBe(false);
    expect(expectsClaimMark(context, 'situation')).toBe(false);
  });

  it('decides the expected mark from the row labels, never from the section the splitter guessed', () => {
    // Headerless: the splitter keeps the bare guide line with the result sentences around it, but its
    // label has no section (a headerless story), so a bare claim there deserves no mark (issue 11).
    const stories = parseLabeledStories(
      JSON.stringify({
        story_id: 'h1',
        text:
          'When I joined, the nightly build failed twice a week. I was asked to make it reliable. ' +
          'I rewrote the test runner and split the slow suites. Since then the build has stayed green. ' +
          'I also wrote a short guide for new hires. Nobody has been paged for the build since.',
      }),
    );
    const guide = 'I also wrote a short guide for new hires.';
    expect(storyParts(stories[0].text).find((p) => p.text.includes(guide))?.section).toBe('result');
    const labeled = (id: string, text: string, section: string | null, o: boolean) =>
      JSON.stringify({ ...JSON.parse(row(id, text, true, false, false, o)), story_id: 'h1', section });
    const markAll = (text: string) => ({
      sentences: [],
      words: 0,
      findings: [{ rule: 'vague-claim', severity: 'warning' as const, start: 0, end: text.length, message: '' }],
    });
    const headerless = scoreInStory(stories, parseLabeledRows(labeled('g', guide, null, false)), markAll);
    expect(headerless).toMatchObject({ rows: 1, tp: 0, fp: 1, fn: 0, falsePositives: ['g'] });
    // The same line labeled Result calls for a mark, wherever the splitter put it.
    const asResult = scoreInStory(stories, parseLabeledRows(labeled('g', guide, 'result', false)), markAll);
    expect(asResult).toMatchObject({ rows: 1, tp: 1, fp: 0, fn: 0 });
    // A row labeled Action that the splitter put in the Result is still an Action row.
    const asAction = scoreInStory(stories, parseLabeledRows(labeled('g', guide, 'action', false)), markAll);
    expect(asAction).toMatchObject({ tp: 0, fp: 1, bySection: { action: { tp: 0, fp: 1, fn: 0 } } });
  });

  it('scores marks on labeled rows found in their story, and reports rows it cannot find', () => {
    const stories = parseLabeledStories(
      JSON.stringify({
        story_id: 'st1',
        text: '### Action\nI rewrote the importer.\n### Result\nThe team was happy with it. Imports got faster.',
      }),
    );
    const rows = parseLabeledRows(
      [
        JSON.stringify({
          ...JSON.parse(row('r1', 'I rewrote the importer.', true, false, false, false)),
          story_id: 'st1',
        }),
        JSON.stringify({ ...JSON.parse(row('r2', 'Imports got faster.', true, false, false, true)), story_id: 'st1' }),
        JSON.stringify({ ...JSON.parse(row('r3', 'Not in the story.', true, false, false, true)), story_id: 'st1' }),
      ].join('\n'),
    );
    const result = scoreInStory(stories, rows, (text, options) => ({
      sentences: [],
      words: 0,
      // A fake analyzer that marks every sentence containing "faster".
      findings: text.includes('faster')
        ? [
            {
              rule: 'unquantified-outcome',
              severity: 'warning',
              start: text.indexOf('Imports'),
              end: text.length - 1,
              message: '',
            },
          ]
        : options?.section === 'action'
          ? [{ rule: 'passive-voice', severity: 'info', start: 0, end: 5, message: '' }]
          : [],
    }));
    expect(result).toMatchObject({ rows: 2, tp: 1, fp: 0, fn: 0, unmatched: ['r3'], f1: 1 });
  });
});
