// Property tests: any input — empty, huge, one giant word, emoji, right-to-left, control characters,
// unbalanced quotes — gives no exception, valid ordered offsets, and finishes fast (no regex blow-up).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyzeStory, analyzeText, createAnalyzer } from '../../../shared/analysis/index';
import type { TextAnalysis } from '../../../shared/analysis/types';
import { STORY_SECTIONS, type Story } from '../../../shared/domain/schemas';

function checkAnalysis(text: string, r: TextAnalysis): void {
  let last = 0;
  for (const s of r.sentences) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    last = s.end;
  }
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.rule.length).toBeGreaterThan(0);
  }
  expect(r.words).toBeGreaterThanOrEqual(0);
}

// Pieces of real-looking prose mixed with hostile characters.
const fragments = fc.constantFrom(
  'Cut p99 latency from 800 ms to 200 ms',
  'I led a team of 6',
  'e.g.',
  'Dr.',
  'U.S.',
  'v2.1',
  '3.5x',
  '$1.2M',
  '40%',
  'https://example.com/a.b',
  '- ',
  '• ',
  '1. ',
  '\n',
  '\n\n',
  '. ',
  '? ',
  '! ',
  '…',
  '"',
  '“',
  '(',
  ')',
  '**',
  '`code`',
  'שלום עולם',
  'مرحبا بالعالم',
  '🚀',
  '👩‍💻',
  '\u0000',
  '\u0007',
  '\u200b',
  '\u202e',
  '\ud800',
  '\udfff',
  '\t',
  'we',
  'I',
  'from 9 hours to 3',
  'doubled',
  'a dozen',
  'hundreds of users',
  'in 2019',
  'Python 3',
  'the fix was one line',
  '1-1s',
  '24/7',
);
const hostileText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fragments, { maxLength: 60 }).map((parts) => parts.join('')),
  fc.array(fc.oneof(fragments, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(' ')),
);
const section = fc.option(fc.constantFrom(...STORY_SECTIONS), { nil: undefined });

describe('analyzer on arbitrary input', () => {
  it('never throws and returns valid, ordered, in-bounds offsets (thousands of cases)', () => {
    const analyzer = createAnalyzer({ cacheSize: 500 });
    fc.assert(
      fc.property(hostileText, section, (text, s) => {
        checkAnalysis(text, analyzer.analyzeText(text, { section: s }));
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives the same answer cached and uncached', () => {
    const warm = createAnalyzer();
    fc.assert(
      fc.property(hostileText, section, (text, s) => {
        warm.analyzeText(text, { section: s });
        expect(warm.analyzeText(text, { section: s })).toEqual(createAnalyzer().analyzeText(text, { section: s }));
      }),
      { numRuns: 500 },
    );
  });

  it('analyzes any story without throwing, with a score between 0 and 100', () => {
    const fieldText = fc.oneof(hostileText, fc.constant(''));
    fc.assert(
      fc.property(
        fc.record({
          situation: fieldText,
          task: fieldText,
          action: fieldText,
          result: fieldText,
          reflection: fieldText,
        }),
        (fields) => {
          const report = analyzeStory({ ...fields } as unknown as Story);
          expect(report.score.total).toBeGreaterThanOrEqual(0);
          expect(report.score.total).toBeLessThanOrEqual(100);
          for (const p of report.score.parts) expect(p.points).toBeLessThanOrEqual(p.max);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('handles 1 MB of text in linear time', () => {
    const sentence = 'I cut the p99 latency of the checkout API from 900 ms to 250 ms for 2M users, e.g. at v2.1. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
    const started = performance.now();
    const r = createAnalyzer().analyzeText(text);
    const elapsed = performance.now() - started;
    checkAnalysis(text, r);
    expect(r.sentences.length).toBeGreaterThan(10_000);
    expect(elapsed).toBeLessThan(5_000);
  });

  it('handles a 100,000-character word, 1 MB of one character, and a million control characters', () => {
    const cases = [
      'x'.repeat(100_000),
      `Built ${'a'.repeat(100_000)} fast.`,
      '.'.repeat(1_000_000),
      '9'.repeat(200_000),
      '\u0001'.repeat(1_000_000),
      `${'('.repeat(50_000)}"`,
      '1,'.repeat(100_000),
      '9 '.repeat(200_000),
      '1:1 '.repeat(100_000),
      `${'a'.repeat(100_000)} @ b.c`,
      `${'~ '.repeat(100_000)}5 users`,
      `from ${'1 to '.repeat(50_000)}2`,
    ];
    for (const text of cases) {
      const started = performance.now();
      const r = createAnalyzer().analyzeText(text);
      expect(performance.now() - started, `slow on ${JSON.stringify(text.slice(0, 10))}…`).toBeLessThan(5_000);
      checkAnalysis(text, r);
    }
  });

  it('keeps offsets exact around emoji and right-to-left text', () => {
    const text = 'שלום. 🚀 Shipped it in 3 weeks! مرحبا؟ Done.';
    const r = analyzeText(text);
    checkAnalysis(text, r);
    const shipped = r.sentences.find((s) => text.slice(s.start, s.end).includes('Shipped'));
    expect(shipped && text.slice(shipped.start, shipped.end)).toBe('🚀 Shipped it in 3 weeks!');
  });
});
