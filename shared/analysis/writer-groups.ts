// Scoring the claim flags per *writer*: each blind set was written by one engineer who never read the
// analyzer, so a figure on one set says how the rules carry to that writer's language, and a change is
// judged by how many writers it helps or hurts (leave-one-writer-out), not by one pooled figure.
// Pure: the command (scripts/eval-across-writers.ts) reads the files and passes the rows in.
import { FLAGS, goldFlags, type Flag, type Flags, type LabeledRow } from './evaluate';

/** One writer's rows (a blind set with its whole stories, or a real-corpus half), scored as one group. */
export interface WriterGroup {
  name: string;
  rows: LabeledRow[];
  /** Only its summed figures may be printed: its rows are never shown, nor trained or tuned on. */
  figuresOnly: boolean;
}

export interface FlagCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface GroupFigures {
  name: string;
  figuresOnly: boolean;
  rows: number;
  flags: Record<Flag, FlagCounts>;
}

/**
 * The sealed final-check sets (fresh-36, fresh-37 and their whole stories): no group may be built
 * from them, whatever a caller passes in. fresh-35 was session 43's final check and is spent.
 */
export function isSealedSetName(name: string): boolean {
  return /(^|[/\\])fresh-(?:36|37)([-.]|$)/.test(name);
}

const emptyCounts = (): Record<Flag, FlagCounts> =>
  Object.fromEntries(FLAGS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Flag, FlagCounts>;

/** tp/fp/fn per flag of one group, from the predicted flags of each of its rows (same order). */
export function groupFigures(group: WriterGroup, predictions: readonly Flags[]): GroupFigures {
  if (isSealedSetName(group.name)) throw new Error(`${group.name} is a sealed set and is never scored here.`);
  if (predictions.length !== group.rows.length) throw new Error(`${group.name}: one prediction per row is needed.`);
  const flags = emptyCounts();
  group.rows.forEach((row, i) => {
    const gold = goldFlags(row);
    for (const f of FLAGS) {
      const c = flags[f];
      if (gold[f] && predictions[i][f]) c.tp++;
      else if (predictions[i][f]) c.fp++;
      else if (gold[f]) c.fn++;
    }
  });
  return { name: group.name, figuresOnly: group.figuresOnly, rows: group.rows.length, flags };
}

/** The groups' counts added up per flag. */
export function sumFigures(name: string, groups: readonly GroupFigures[]): GroupFigures {
  const flags = emptyCounts();
  for (const g of groups)
    for (const f of FLAGS) {
      flags[f].tp += g.flags[f].tp;
      flags[f].fp += g.flags[f].fp;
      flags[f].fn += g.flags[f].fn;
    }
  return {
    name,
    figuresOnly: groups.some((g) => g.figuresOnly),
    rows: groups.reduce((n, g) => n + g.rows, 0),
    flags,
  };
}

export const precisionOf = (c: FlagCounts) => (c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp));
export const recallOf = (c: FlagCounts) => (c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn));

const SHORT: Record<Flag, string> = {
  is_claim: 'claim',
  has_metric: 'metric',
  has_scale: 'scale',
  has_outcome: 'outcome',
  vague_claim: 'vague',
};

const cell = (c: FlagCounts) =>
  `${c.tp}/${c.fp}/${c.fn} ${precisionOf(c).toFixed(2)} ${recallOf(c).toFixed(2)}`.padEnd(22);

/** One line per group, per flag "tp/fp/fn P R"; the header names the flags. */
export function formatFigures(groups: readonly GroupFigures[]): string[] {
  const width = Math.max(12, ...groups.map((g) => g.name.length + 1));
  const header = `${'group'.padEnd(width)}${'rows'.padEnd(6)}${FLAGS.map((f) => `${SHORT[f]} tp/fp/fn P R`.padEnd(22)).join('')}`;
  return [
    header.trimEnd(),
    ...groups.map((g) =>
      `${g.name.padEnd(width)}${String(g.rows).padEnd(6)}${FLAGS.map((f) => cell(g.flags[f])).join('')}`.trimEnd(),
    ),
  ];
}

/** A group is worse on a flag when its false positives rose or its true positives fell. */
export function flagChange(before: FlagCounts, after: FlagCounts): 'better' | 'worse' | 'same' {
  if (after.fp > before.fp || after.tp < before.tp) return 'worse';
  if (after.fp < before.fp || after.tp > before.tp) return 'better';
  return 'same';
}

/**
 * Before → after for the groups present in both, then per flag "improved on N groups, worse on M" over
 * the readable groups, and the same count apart for the figures-only groups (figures, never rows).
 */
export function formatComparison(before: readonly GroupFigures[], after: readonly GroupFigures[]): string[] {
  const old = new Map(before.map((g) => [g.name, g]));
  const pairs = after.flatMap((g) => {
    const b = old.get(g.name);
    return b ? [[b, g] as const] : [];
  });
  const width = Math.max(12, ...pairs.map(([, g]) => g.name.length + 1));
  const lines: string[] = [];
  for (const f of FLAGS) {
    lines.push(`${SHORT[f]} (tp/fp/fn before → after)`);
    const tally = { readable: [0, 0], figuresOnly: [0, 0] };
    for (const [b, a] of pairs) {
      const change = flagChange(b.flags[f], a.flags[f]);
      const t = a.figuresOnly ? tally.figuresOnly : tally.readable;
      if (change === 'better') t[0]++;
      if (change === 'worse') t[1]++;
      const [x, y] = [b.flags[f], a.flags[f]];
      const mark = change === 'same' ? '' : `  ${change}`;
      lines.push(`  ${a.name.padEnd(width)}${x.tp}/${x.fp}/${x.fn} → ${y.tp}/${y.fp}/${y.fn}${mark}`);
    }
    lines.push(`  improved on ${tally.readable[0]} groups, worse on ${tally.readable[1]}`);
    if (pairs.some(([, a]) => a.figuresOnly))
      lines.push(`  figures-only groups: improved on ${tally.figuresOnly[0]}, worse on ${tally.figuresOnly[1]}`);
  }
  return lines;
}
