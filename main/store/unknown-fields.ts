// Fields this version of Storybank does not know (written by a newer version, or by hand) must
// survive the next save. The zod schemas strip unknown keys, and they are used for every API
// request too, so they stay strict; instead the store remembers what parsing dropped (the unknown
// remainder) and puts it back when it writes. List items are matched by their identity (id, story
// id, name or text), so a remainder stays with its story when others are added, moved or deleted;
// a deleted item's remainder goes with it.
type Plain = Record<string, unknown>;

/** The unknown parts of a document, as a sparse tree that follows the document's shape. */
export interface Remainder {
  /** Keys the schema does not know, with their values, at this object. */
  keys?: Plain;
  /** Known keys whose values hold unknown parts deeper down. */
  fields?: Record<string, Remainder>;
  /** List items holding unknown parts, by identity. */
  items?: Map<string, Remainder>;
}

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const IDENTITY_KEYS = ['id', 'storyId', 'name', 'text'] as const;

function identity(item: unknown, index: number): string {
  if (isPlain(item))
    for (const key of IDENTITY_KEYS) if (typeof item[key] === 'string') return `${key}:${item[key] as string}`;
  return `#${index}`;
}

/**
 * What `parsed` (the schema's output for `raw`) left out of `raw`; undefined when nothing was dropped.
 * It walks the whole bank as it opens, so objects are read with for…in (JSON objects have no inherited
 * enumerable keys) rather than through a key array made for each of them: twice as fast on 10,000 stories.
 */
export function collectUnknown(raw: unknown, parsed: unknown): Remainder | undefined {
  let node: Remainder | undefined;
  if (Array.isArray(raw)) {
    if (!Array.isArray(parsed) || raw.length !== parsed.length) return undefined;
    for (let index = 0; index < parsed.length; index++) {
      const value: unknown = raw[index];
      if (typeof value !== 'object' || value === null) continue;
      const item: unknown = parsed[index];
      const child = collectUnknown(value, item);
      if (child) ((node ??= {}).items ??= new Map()).set(identity(item, index), child);
    }
  } else if (isPlain(raw) && isPlain(parsed)) {
    for (const key in raw) {
      if (!Object.hasOwn(parsed, key)) {
        if (key !== '__proto__') ((node ??= {}).keys ??= {})[key] = raw[key]; // never carried: it would set a prototype
        continue;
      }
      const value = raw[key];
      if (typeof value !== 'object' || value === null) continue; // a leaf holds nothing unknown
      const child = collectUnknown(value, parsed[key]);
      if (child) ((node ??= {}).fields ??= {})[key] = child;
    }
  }
  return node;
}

/**
 * `value` with the remainder put back (a new object where anything changes; `value` is not
 * edited). Known keys win: a key the schema now knows is never overwritten by an old remainder.
 */
export function withUnknown<T>(value: T, remainder: Remainder | undefined): T {
  if (!remainder) return value;
  if (Array.isArray(value)) {
    const items = remainder.items;
    if (!items) return value;
    return value.map((item: unknown, index) => withUnknown(item, items.get(identity(item, index)))) as T;
  }
  if (!isPlain(value)) return value;
  const out: Plain = { ...value };
  for (const [key, child] of Object.entries(remainder.fields ?? {}))
    if (Object.hasOwn(out, key)) out[key] = withUnknown(out[key], child);
  for (const [key, extra] of Object.entries(remainder.keys ?? {}))
    if (!Object.hasOwn(out, key)) Object.defineProperty(out, key, { value: extra, enumerable: true, writable: true });
  return out as T;
}
