import { describe, it, expect } from 'vitest';
import { LruCache } from '#shared/analysis/sentence-cache';

describe('LruCache', () => {
  it('evicts the least recently used entry when full', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('adds a key known to be absent as set does, evicting the least recently used when full', () => {
    const added = new LruCache<string, number>(2);
    const set = new LruCache<string, number>(2);
    for (const cache of [added, set]) {
      const put = (k: string, v: number) => (cache === added ? cache.add(k, v) : cache.set(k, v));
      put('a', 1);
      put('b', 2);
      expect(cache.get('a')).toBe(1);
      put('c', 3);
      put('d', 4);
    }
    for (const key of ['a', 'b', 'c', 'd']) expect(added.get(key)).toBe(set.get(key));
    expect(added.get('a')).toBeUndefined();
    expect(added.get('d')).toBe(4);
    expect(added.size).toBe(2);
  });

  it('overwrites without growing and rejects a zero capacity', () => {
    const cache = new LruCache<string, number>(1);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.size).toBe(1);
    expect(cache.get('a')).toBe(2);
    expect(() => new LruCache(0)).toThrow(RangeError);
  });

  it('keeps exact least-recently-used order under long churn with hits, overwrites and clears', () => {
    // A plain model: an array in recency order, oldest first.
    const cache = new LruCache<number, number>(50);
    let model: number[] = [];
    let x = 7;
    for (let i = 0; i < 20_000; i++) {
      x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
      const key = x % 150;
      if (i % 5_000 === 4_999) {
        cache.clear();
        model = [];
      } else if ((x >> 8) % 3 === 0) {
        const had = model.includes(key);
        expect(cache.get(key) !== undefined).toBe(had);
        if (had) model = [...model.filter((k) => k !== key), key];
      } else {
        cache.set(key, i);
        if (model.includes(key)) model = model.filter((k) => k !== key);
        else if (model.length >= 50) model = model.slice(1);
        model.push(key);
      }
      expect(cache.size).toBe(model.length);
    }
    for (const key of model) expect(cache.get(key)).toBeDefined();
  });
});
