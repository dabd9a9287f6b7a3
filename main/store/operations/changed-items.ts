// Writes answer with what they changed, so the renderer applies the answer instead of re-reading the
// bank. The store replaces every changed record with a new object, so identity tells what changed.

/** The items of `after` that are not (the same object) in `before`. */
export function changedItems<T extends object>(before: readonly T[] | undefined, after: readonly T[]): T[] {
  const old = new Set<T>(before ?? []);
  return after.filter((item) => !old.has(item));
}
