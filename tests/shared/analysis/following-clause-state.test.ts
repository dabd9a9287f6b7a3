// A verb-first line or fragment stays the writer's claim when a later clause tells a state of "we"
// ("…; the other three needed a source we couldn't reach", "…, but we couldn't move the rest"): the
// state is in its own clause, after a semicolon, a dash or a comma before "but"/"though". A state in
// the line's only clause still makes it no act ("Glad we couldn't find a single regression").
// Sentences written for this file.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '#shared/analysis/index';

const claim = (text: string, section?: 'action' | 'result') => analyzeText(text, { section }).sentences[0].isClaim;

describe('a state of "we" in a following clause', () => {
  it('leaves the verb-first clause before it a claim', () => {
    expect(claim('Ported 16 of the 20 reports to Power BI; the last four used a plugin we could not license.')).toBe(
      true,
    );
    expect(claim('Cleaned up the supplier list, but we were still stuck with two duplicate vendors.')).toBe(true);
    expect(claim('Rewrote the rota tool — we were not allowed to touch the payroll side.')).toBe(true);
    expect(claim('Fixed the export job, though we could not reproduce the Tuesday failure.', 'action')).toBe(true);
  });

  it('keeps a state in the only clause from being an act', () => {
    expect(claim('Glad we could not find a single regression')).toBe(false);
    expect(claim('Proud that we were the first ward to pass the audit')).toBe(false);
  });
});
