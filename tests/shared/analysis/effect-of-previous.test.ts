// "I rewrote the loader. This cut memory use.": a sentence pointing back tells the effect of the
// writer's action just told. Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';

const second = (text: string, analyzer = createAnalyzer()) => {
  const a = analyzer.analyzeText(text, { section: 'action' });
  const s = a.sentences[1];
  return { ...s, marks: a.findings.filter((f) => f.start >= s.start).map((f) => f.rule) };
};

describe('effect of the previous sentence', () => {
  it('is a claim with an outcome after the writer acted', () => {
    expect(second('I met the vendor in person. This opened a direct line to their engineers.')).toMatchObject({
      isClaim: true,
      hasOutcome: true,
      marks: ['unquantified-outcome'],
    });
    expect(second('We route every question through the index. This keeps the answers grounded.')).toMatchObject({
      isClaim: true,
      hasOutcome: true,
    });
    // A quoted question in between keeps the thread.
    const quoted = createAnalyzer().analyzeText(
      'I asked her privately, “Is something bothering you?” This opened an honest conversation.',
      { section: 'action' },
    );
    expect(quoted.sentences.at(-1)).toMatchObject({ isClaim: true, hasOutcome: true });
  });

  it('is not an effect after the setup, or when it explains or costs', () => {
    expect(second('The build was slow and flaky. This frustrated everyone.')).toMatchObject({
      hasOutcome: false,
      marks: [],
    });
    expect(second('I rewrote the importer. This took two weeks.').hasOutcome).toBe(false);
    expect(second('I rewrote the importer. This meant pausing other work.').hasOutcome).toBe(false);
  });

  it('reads "That change", "The fix" and other change nouns as pointing back, with irregular past verbs', () => {
    expect(second('I moved the invoices to a queue. That change let the clerks leave on time.')).toMatchObject({
      isClaim: true,
      hasOutcome: true,
    });
    expect(second('I patched the importer. The fix stopped the duplicate rows.')).toMatchObject({
      isClaim: true,
      hasOutcome: true,
    });
    expect(second('I patched the importer. The fix needed a schema change.').hasOutcome).toBe(false);
    expect(second('The importer kept failing. The fix stopped the duplicate rows.').hasOutcome).toBe(false);
    expect(second('I patched the importer. The team stopped by to ask about it.').hasOutcome).toBe(false);
  });

  it('is judged again when the sentence before it changes, through the cache', () => {
    const analyzer = createAnalyzer();
    expect(second('I met the vendor in person. This opened a direct line.', analyzer).hasOutcome).toBe(true);
    expect(second('The vendor was far away. This opened a direct line.', analyzer).hasOutcome).toBe(false);
    expect(second('I met the vendor in person. This opened a direct line.', analyzer).hasOutcome).toBe(true);
  });
});
