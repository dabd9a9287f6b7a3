import { describe, it, expect } from 'vitest';
import { analyzeText } from '#shared/analysis/index';
import type { StorySection } from '#shared/analysis/domain-types';

// What the flags of each sentence say, so two spellings of one sentence can be compared.
function flags(text: string, section?: StorySection) {
  return analyzeText(text, { section }).sentences.map((s) => ({
    claim: s.isClaim,
    metric: s.hasMetric,
    scale: s.hasScale,
    outcome: s.hasOutcome,
  }));
}

function marks(text: string, section?: StorySection) {
  return analyzeText(text, { section })
    .findings.map((f) => `${f.rule}@${f.start}-${f.end}`)
    .sort();
}

// Text pasted from a document or a web page: typographic apostrophes, typographic hyphens,
// Markdown emphasis, and notes typed with a lower-case "i". Each reads as its plain spelling.
const pairs: Array<[typed: string, plain: string, section?: StorySection]> = [
  // Before the analyzer read typed text as plain, this zero count was no metric.
  ['Customers haven’t reported a single outage since.', "Customers haven't reported a single outage since.", 'result'],
  ['We didn’t lose a single order during the cutover.', "We didn't lose a single order during the cutover.", 'result'],
  ['The team couldn’t ship without my sign‑off.', "The team couldn't ship without my sign-off.", 'situation'],
  ['I **cut** p99 latency from 900 ms to 200 ms.', 'I   cut   p99 latency from 900 ms to 200 ms.', 'result'],
  ['i led the migration and it went fine.', 'I led the migration and it went fine.', 'result'],
  ['It’s now the team’s default pipeline.', "It's now the team's default pipeline.", 'result'],
];

describe('pasted and hand-typed spellings read as their plain text', () => {
  it.each(pairs)('%s', (typed, plain, section) => {
    expect(typed.length).toBe(plain.length);
    expect(flags(typed, section)).toEqual(flags(plain, section));
    expect(marks(typed, section)).toEqual(marks(plain, section));
  });

  it('counts a zero since the change as a metric in either spelling', () => {
    const [typed] = analyzeText('The pager hasn’t fired a single time since.', { section: 'result' }).sentences;
    expect(typed.hasMetric).toBe(true);
  });

  it('keeps the offsets of a mark inside the typed text', () => {
    const typed = 'i helped the team a lot and everyone was happy.';
    const found = analyzeText(typed, { section: 'result' }).findings.find((f) => f.rule === 'vague-claim');
    expect(found).toBeDefined();
    expect(typed.slice(found!.start, found!.end).length).toBe(found!.end - found!.start);
    expect(found!.end).toBeLessThanOrEqual(typed.length);
  });
});
