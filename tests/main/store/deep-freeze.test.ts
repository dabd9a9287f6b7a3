// deepFreeze makes every object and array of a bank immutable, however deep, so an edit in place
// throws instead of slipping past validation.
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../main/store/deep-freeze';
import { emptyBank, newStory } from '#shared/domain/defaults';

describe('deepFreeze', () => {
  it('freezes every object and array of a bank, at every depth', () => {
    const story = newStory({ title: 'Frozen', competencies: ['ml.ownership'] });
    const bank = deepFreeze({
      ...emptyBank(),
      stories: [{ ...story, rehearsals: [{ id: 'r1', at: story.createdAt, seconds: 90, notes: [{ x: 1 }] }] }],
    });
    const seen: unknown[] = [];
    const walk = (v: unknown) => {
      if (typeof v !== 'object' || v === null) return;
      seen.push(v);
      Object.values(v).forEach(walk);
    };
    walk(bank);
    expect(seen.length).toBeGreaterThan(8);
    for (const v of seen) expect(Object.isFrozen(v)).toBe(true);
    expect(() => {
      (bank.stories[0].competencies as string[]).push('x');
    }).toThrow(TypeError);
    expect(() => {
      (bank.stories[0] as { title: string }).title = 'edited';
    }).toThrow(TypeError);
  });

  it('returns primitives as they are, and a frozen value without walking it again', () => {
    expect(deepFreeze('text')).toBe('text');
    expect(deepFreeze(null)).toBe(null);
    const inner = { list: [1, 2] };
    const shell = Object.freeze({ inner }); // frozen on top, not inside: a frozen subtree is trusted
    expect(deepFreeze(shell)).toBe(shell);
    expect(Object.isFrozen(inner)).toBe(false);
  });
});
