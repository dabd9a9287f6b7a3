import { describe, it, expect } from 'vitest';
import { sectionBalance } from '#shared/analysis/rules/marks/section-balance';

const words = (situation: number, task: number, action: number, result: number) => ({
  situation,
  task,
  action,
  result,
  reflection: 40,
});

describe('section balance', () => {
  it('computes shares of the spoken answer, without the reflection', () => {
    const b = sectionBalance(words(20, 20, 100, 60));
    expect(b.shares.action).toBeCloseTo(0.5);
    expect(b.shares.reflection).toBe(0);
    expect(b.issues).toEqual([]);
  });

  it('warns about too much setup and a thin action', () => {
    expect(sectionBalance(words(80, 40, 50, 30)).issues).toEqual(['too-much-setup', 'thin-action']);
  });

  it('notes an action that crowds out the rest and a thin result', () => {
    expect(sectionBalance(words(10, 10, 170, 10)).issues).toEqual(['heavy-action', 'thin-result']);
  });

  it('says nothing about drafts too short to judge', () => {
    expect(sectionBalance(words(30, 0, 5, 0)).issues).toEqual([]);
  });
});
