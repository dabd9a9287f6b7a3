// quantity-title-sizes.ts: on a title line, the figures after the title's separator size the workplace
// or the team (scale) or set the post's limit (neither), so the line states no metric and is no claim
// (RUBRIC-NOTES "Titles"). A line that goes on with an act, a change, or a title with a remit keeps its
// reading.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const facts = (text: string) => sentenceFacts(text);

describe('figures after a title', () => {
  it('size the workplace: scale, no metric, no claim', () => {
    for (const line of [
      'Ward manager — 28 beds, 19 nurses',
      'Sous chef, 120-cover hotel restaurant (2015–2019)',
      'Branch manager | 2 sites, 31 staff',
      'Shift leader — cold store, 55 operatives',
    ]) {
      const f = facts(line);
      expect(f.hasMetric, line).toBe(false);
      expect(f.hasScale, line).toBe(true);
      expect(f.isClaim, line).toBe(false);
    }
  });

  it('read "up to" a sum as the post’s limit, neither metric nor scale', () => {
    const f = facts('Underwriting assistant — commercial property, up to £50k per risk');
    expect(f.hasMetric).toBe(false);
    expect(f.hasScale).toBe(false);
    expect(f.isClaim).toBe(false);
  });

  it('leave a line that goes on with an act or a change as a claim with its metric', () => {
    const act = facts('Branch manager — grew deposits from £4m to £6.5m across 2 sites');
    expect(act.isClaim).toBe(true);
    expect(act.hasMetric).toBe(true);
    const done = facts('Ward manager — trained 12 new starters in the first year');
    expect(done.isClaim).toBe(true);
    expect(done.hasMetric).toBe(true);
  });

  it('leave a title with a remit a claim, its people served scale', () => {
    const f = facts('Practice manager for 3 GP partners and 25 staff');
    expect(f.isClaim).toBe(true);
    expect(f.hasScale).toBe(true);
    expect(f.hasMetric).toBe(false);
  });
});
