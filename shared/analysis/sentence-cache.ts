// A bounded least-recently-used cache. A Map keeps insertion order, so re-inserting on a hit moves
// the entry to the end and the first key is always the least recently used.
//
// Eviction reads that first key through one iterator kept across evictions. A fresh `map.keys()` would
// start at the front of the Map's table, where every deleted entry leaves a hole until the table is
// rebuilt: a full cache under churn skipped thousands of holes per eviction (a fifth of the signal
// bench). Everything before the kept iterator's place was evicted or moved to the end, so its next key
// is still the least recently used one, and each hole is passed once.

export class LruCache<K, V> {
  private readonly map = new Map<K, V>();
  private evictFrom: Iterator<K> | undefined;

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError('An LRU cache needs a capacity of at least 1.');
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    // One lookup: delete answers whether the key was there.
    if (!this.map.delete(key) && this.map.size >= this.capacity) this.map.delete(this.leastRecentlyUsed());
    this.map.set(key, value);
  }

  /**
   * set() for a key the caller knows is absent (it just missed): no lookup to delete it first. The
   * analyzer adds each sentence it analyzed after a miss, so half of set's lookups found nothing.
   */
  add(key: K, value: V): void {
    if (this.map.size >= this.capacity) this.map.delete(this.leastRecentlyUsed());
    this.map.set(key, value);
  }

  clear(): void {
    this.map.clear();
    this.evictFrom = undefined;
  }

  /** The first key in the Map's order (called only when the cache is full, so there is one). */
  private leastRecentlyUsed(): K {
    let next = this.evictFrom?.next();
    if (!next || next.done) {
      // A spent iterator stays spent even when keys are added after it: start a new one.
      this.evictFrom = this.map.keys();
      next = this.evictFrom.next();
    }
    return next.value as K;
  }
}
