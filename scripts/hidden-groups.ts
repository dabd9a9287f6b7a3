// `--hide=<group,group,…>` and `--reveal` for the per-writer tools (eval-across-writers, eval-signals-writers,
// eval-jobs --writers). Each session a few spent writers are held out and judged once at the end; if every
// `--compare` run printed their figures they would not be blind. A hidden group is still scored and still saved
// (so the end comparison can show it) but never printed, neither on its own line nor in a better/worse count, and
// every sum is taken without it (a sum with it would let a reader subtract the others and infer its change).
// `--reveal` prints everything, for the single end-of-work check. One parser here so the three tools agree.

/** Which groups a run keeps out of its printed report. */
export interface HiddenGroups {
  /** The names given to `--hide`, in the tool's own spelling (see `canonical` in `parseHideOptions`). */
  readonly names: readonly string[];
  /** `--reveal` was given: nothing is hidden, and the report says which groups it reveals. */
  readonly reveal: boolean;
  /** True when `name` must not be printed nor counted in this run. */
  isHidden(name: string): boolean;
}

/**
 * The hidden set for `names` (already in the tool's spelling). With `reveal`, `isHidden` is false for all of them.
 */
export function hiddenGroups(names: readonly string[], reveal: boolean): HiddenGroups {
  const set = new Set(names);
  return { names: [...set], reveal, isHidden: (name) => !reveal && set.has(name) };
}

/** No group hidden: what a tool uses when it is called without options (and what tests start from). */
export const NOTHING_HIDDEN: HiddenGroups = hiddenGroups([], false);

/**
 * Reads `--hide=a,b` (it may be given more than once) and `--reveal` from `argv`. `canonical` maps a name as typed
 * to the tool's own group name (the signal tool keys writers `fs12`, so `fresh-stories-12` is read as `fs12`).
 */
export function parseHideOptions(
  argv: readonly string[],
  canonical: (name: string) => string = (name) => name,
): HiddenGroups {
  const names = argv
    .filter((a) => a.startsWith('--hide='))
    .flatMap((a) => a.slice('--hide='.length).split(','))
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map(canonical);
  return hiddenGroups(names, argv.includes('--reveal'));
}

/** The items whose name is not hidden, in their order. */
export function shownOnly<T>(hide: HiddenGroups, items: readonly T[], nameOf: (item: T) => string): T[] {
  return items.filter((item) => !hide.isHidden(nameOf(item)));
}

/** A record keyed by group name without its hidden groups. */
export function shownEntries<V>(hide: HiddenGroups, record: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => !hide.isHidden(name)));
}

/**
 * The note a summed or counted line carries: " (N groups hidden)" for the groups among `present` that are
 * hidden, "" when none is (so a run without `--hide` prints exactly as before).
 */
export function hiddenNote(hide: HiddenGroups, present: Iterable<string>): string {
  let n = 0;
  for (const name of present) if (hide.isHidden(name)) n++;
  return n === 0 ? '' : ` (${n} group${n === 1 ? '' : 's'} hidden)`;
}

/**
 * The lines a report starts with about hiding: the revealed groups under `--reveal`, and a warning for each
 * `--hide` name that matches no group of this run (a misspelt name would otherwise be printed unnoticed).
 */
export function hideHeader(hide: HiddenGroups, present: Iterable<string>): string[] {
  const known = new Set(present);
  const lines: string[] = [];
  const unknown = hide.names.filter((name) => !known.has(name));
  if (unknown.length) lines.push(`warning: --hide names no group of this run: ${unknown.join(', ')}`);
  const held = hide.names.filter((name) => known.has(name));
  if (hide.reveal && held.length) lines.push(`revealed (held out until now): ${held.join(', ')}`);
  return lines;
}
