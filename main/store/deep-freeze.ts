// The in-memory bank is immutable: changes build new objects and share the rest. Freezing makes
// an accidental in-place edit throw instead of silently bypassing validation (see bank-validation.ts).
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (typeof child === 'object' && child !== null) deepFreeze(child); // leaves need no call
  }
  return Object.freeze(value);
}
