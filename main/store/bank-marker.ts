// What makes a file recognisably a Storybank bank. Opening anything else must leave it untouched:
// a todo list, a Storybook config with a `stories` list or ~/.profile is refused, never quarantined
// or "upgraded" in place.
//
// A bank is a JSON object that is one of:
// - v1 and later: `schemaVersion` a positive integer and `stories` a list. This is the bank's own
//   marker: Storybank writes `schemaVersion` as the first key, so it can be seen even in a file
//   cut short.
// - v0 (the pre-release format, before `schemaVersion`): only the keys `profile`, `settings` and
//   `stories`, and every story an object with a `star` object or a `title` text.
// Damaged bytes that are not JSON count as a bank only if they start with the marker, or if the
// file is one Storybank itself keeps (the default bank, or a bank on the recent list); that is
// decided by the caller.

type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const V0_KEYS = new Set(['profile', 'settings', 'stories']);

function isV0Story(story: unknown): boolean {
  return isPlain(story) && (isPlain(story['star']) || typeof story['title'] === 'string');
}

/** The bank format of parsed JSON (0 for pre-release banks), or undefined if it is not a bank. */
export function bankFormatOf(raw: unknown): number | undefined {
  if (!isPlain(raw) || !Array.isArray(raw['stories'])) return undefined;
  const version = raw['schemaVersion'];
  if (version === undefined) {
    const v0 = Object.keys(raw).every((key) => V0_KEYS.has(key)) && raw['stories'].every(isV0Story);
    return v0 ? 0 : undefined;
  }
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : undefined;
}

// How Storybank starts every bank it writes: `{` then `"schemaVersion": <n>` (indented or not).
const MARKER = /^\uFEFF?\s*\{\s*"schemaVersion"\s*:\s*\d+\s*,/;
const BANK_ID = /"bankId"\s*:\s*"([A-Za-z0-9_-]{1,80})"/;

/** Whether the first bytes of a file (maybe cut short or corrupted further on) carry the bank marker. */
export function startsWithBankMarker(bytes: Uint8Array): boolean {
  return MARKER.test(Buffer.from(bytes.subarray(0, 256)).toString('utf8'));
}

/** The bank identity, if it can still be read near the start of a damaged bank. */
export function sniffBankId(bytes: Uint8Array): string | undefined {
  return BANK_ID.exec(Buffer.from(bytes.subarray(0, 4_096)).toString('utf8'))?.[1];
}
