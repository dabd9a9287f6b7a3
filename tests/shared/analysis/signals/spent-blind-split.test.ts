// The spent blind sets (fresh-stories-7, -10 … -17) are split by story id: odd ids tuned on (their errors may be
// read), even ids held aside (figures only). This test holds that split, and keeps the sealed sets out of it.
import { describe, it, expect } from 'vitest';
import { SPENT_BLIND_SETS, isSpentAside, loadLabeledStories } from '../../../fixtures/signals/load-labeled-stories';

const parts = loadLabeledStories();
const numberOf = (id: string) => Number(/(\d+)$/.exec(id)?.[1]);

describe('spent blind sets split by story id', () => {
  it('lists the nine spent sets and none of the sealed ones', () => {
    expect([...SPENT_BLIND_SETS]).toEqual([7, 10, 11, 12, 13, 14, 15, 16, 17]);
    for (const sealed of [18, 19]) expect(SPENT_BLIND_SETS).not.toContain(sealed);
  });

  it('reads eight stories from each set, half tuned on and half aside', () => {
    expect(parts.spentBlind).toHaveLength(36);
    expect(parts.spentBlindAside).toHaveLength(36);
    for (const n of SPENT_BLIND_SETS) {
      expect(parts.spentBlind.filter((s) => s.id.startsWith(`fs${n}/`))).toHaveLength(4);
      expect(parts.spentBlindAside.filter((s) => s.id.startsWith(`fs${n}/`))).toHaveLength(4);
    }
  });

  it('tunes on odd ids only and keeps every even id aside', () => {
    for (const s of parts.spentBlind) expect(numberOf(s.id) % 2, s.id).toBe(1);
    for (const s of parts.spentBlindAside) expect(numberOf(s.id) % 2, s.id).toBe(0);
  });

  it('names each story by its set, so ids shared across sets stay apart', () => {
    const ids = [...parts.spentBlind, ...parts.spentBlindAside].map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('fs7/h01');
    expect(ids).toContain('fs13/h01');
  });

  it("reads the split from the id's last number", () => {
    expect(isSpentAside('fs12/f12-04')).toBe(true);
    expect(isSpentAside('fs12/f12-03')).toBe(false);
    expect(isSpentAside('fs15/r08')).toBe(true);
  });

  it('keeps the labels of lines the splitter joins', () => {
    const labeled = parts.spentBlind.reduce((n, s) => n + Object.keys(s.labels).length, 0);
    expect(labeled).toBeGreaterThan(150);
  });
});
