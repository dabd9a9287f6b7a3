// The in-memory bank is immutable: changes build new objects and share the rest. Freezing makes
// an accidental in-place edit throw instead of silently bypassing validation (see bank-validation.ts).
// It runs over the whole bank when one opens (about 10 ms for 10,000 stories), so it walks arrays by
// index and objects with for…in, which allocate nothing; Object.keys built a key array per object and
// made this about three times slower. Bank objects are plain data (JSON and zod output) with no
// inherited enumerable keys, so for…in visits exactly their own keys.
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child === 'object' && child !== null) deepFreeze(child); // leaves need no call
    }
  } else {
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const child = record[key];
      if (typeof child === 'object' && child !== null) deepFreeze(child);
    }
  }
  return Object.freeze(value);
}
