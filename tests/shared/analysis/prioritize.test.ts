import { describe, it, expect } from 'vitest';
import { pickMark } from '#shared/analysis/rules/marks/prioritize';
import { analyzeText } from '#shared/analysis/index';
import type { Finding } from '#shared/analysis/types';

const f = (rule: string, severity: Finding['severity'], start = 0): Finding => ({
  rule,
  severity,
  start,
  end: start + 1,
  message: rule,
});

describe('one mark per sentence', () => {
  it('prefers errors, then evidence over wording', () => {
    expect(
      pickMark([f('weasel-word', 'info'), f('vague-claim', 'error', 5), f('weak-ownership', 'warning')])?.rule,
    ).toBe('vague-claim');
    expect(pickMark([f('hedge', 'info'), f('weak-ownership', 'warning')])?.rule).toBe('weak-ownership');
    expect(pickMark([f('weasel-word', 'info', 9), f('weasel-word', 'info', 2)])?.start).toBe(2);
    expect(pickMark([])).toBeUndefined();
  });

  it('shows one finding for a sentence that several rules would flag', () => {
    const text = 'I think I helped with various significant platform things.';
    const { findings } = analyzeText(text);
    expect(findings).toHaveLength(1);
    expect(findings[0].rule).toBe('vague-claim');
  });

  it('keeps one mark in each of several sentences', () => {
    const text = 'Helped on many projects. Worked on the API. Saved $2M a year.';
    const { findings, sentences } = analyzeText(text, { section: 'action' });
    expect(sentences).toHaveLength(3);
    const perSentence = sentences.map((s) => findings.filter((x) => x.start >= s.start && x.end <= s.end).length);
    expect(perSentence.every((n) => n <= 1)).toBe(true);
    expect(findings.map((x) => x.rule)).toEqual(['weak-ownership', 'weak-ownership']);
  });
});
