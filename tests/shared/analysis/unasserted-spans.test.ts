import { describe, it, expect } from 'vitest';
import {
  assertedOnly,
  isQuestion,
  unassertedSpans,
  hasPlaceholder,
} from '#shared/analysis/rules/language/unasserted-spans';
import { analyzeText } from '#shared/analysis/index';

const texts = (s: string) => unassertedSpans(s).map((x) => s.slice(x.start, x.end));

describe('unasserted spans', () => {
  it('finds quotes, code and placeholders', () => {
    expect(texts('My lead asked "how many teams use it?" before the review.')).toEqual(['"how many teams use it?"']);
    expect(texts('Latency fell to [metric] after `cache.warm()` shipped, TBD.')).toEqual([
      '`cache.warm()`',
      '[metric]',
      'TBD',
    ]);
    expect(texts('Costs dropped XX% in the pilot.')).toEqual(['XX%']);
  });

  it('reads a quote that wraps a whole YAML or JSON line as markup, not speech', () => {
    expect(texts(' - "Moved the nightly export to spot instances"')).toEqual([]);
    expect(texts('summary: "Runs the fares and routing models"')).toEqual([]);
    expect(texts('  "Halved the rota gaps on nights",')).toEqual([]);
    expect(texts('The ward sister said "we should halve the gaps" at handover.')).toEqual([
      '"we should halve the gaps"',
    ]);
    expect(texts('"Halve the gaps," she said.')).toEqual(['"Halve the gaps,"']);
  });

  it('keeps only the hits outside every unasserted span', () => {
    const spans = [{ start: 10, end: 20 }];
    const inside = { start: 12, end: 15 };
    const across = { start: 18, end: 25 };
    const outside = { start: 30, end: 34 };
    expect(assertedOnly([inside, across, outside], spans)).toEqual([across, outside]);
    expect(assertedOnly([inside], [])).toEqual([inside]);
  });

  it('treats a whole question as unasserted', () => {
    expect(isQuestion('How many clients saw the unwanted screen?')).toBe(true);
    expect(isQuestion('I shipped it.')).toBe(false);
    expect(hasPlaceholder('Throughput went to [?] a day.')).toBe(true);
  });

  it('keeps wording marks out of questions, quotes and placeholders', () => {
    const rules = (s: string) => analyzeText(s, { section: 'action' }).findings.map((f) => f.rule);
    expect(rules('I rebuilt the search stack with world-class tooling.')).toContain('weasel-word');
    expect(rules('Was the world-class tooling worth it?')).not.toContain('weasel-word');
    expect(rules('My lead called it "world-class tooling" in the review.')).not.toContain('weasel-word');
  });
});
