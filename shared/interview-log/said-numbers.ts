// The numbers of a story as said in a round, and how they compare with the story as written now.
import type { SaidNumber, Story } from '../domain/schemas';
import { storyNumberClaims, storyNumbers, type NumberClaim } from '../loops/number-claims';

/**
 * A snapshot of the story's numbers, taken when a round is logged: `numbersSaid` is every number the
 * story gives (what the log shows as said), `claimsSaid` those tied to a measure (what later tellings
 * are compared by).
 */
export function snapshotNumbers(story: Story): { numbersSaid: string[]; claimsSaid: SaidNumber[] } {
  const claims = storyNumberClaims(story).slice(0, 50);
  return {
    numbersSaid: [...new Set(storyNumbers(story).map((text) => text.slice(0, 80)))].slice(0, 50),
    claimsSaid: claims.map((c) => ({
      measure: c.measure.slice(0, 80),
      unit: c.unit,
      value: c.value,
      text: c.text.slice(0, 80),
      sentence: c.sentence.slice(0, 2_000),
    })),
  };
}

export type NumberChange = 'same' | 'changed' | 'dropped' | 'new';

/** One measure, then and now. */
export interface NumberComparison {
  measure: string;
  unit: SaidNumber['unit'];
  then: string[];
  now: string[];
  change: NumberChange;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
const sameValues = (xs: readonly { value: number }[], ys: readonly { value: number }[]) =>
  xs.every((x) => ys.some((y) => same(x.value, y.value))) && ys.every((y) => xs.some((x) => same(x.value, y.value)));

/** Measure by measure: what was said then beside what the story says now, with changed ones flagged. */
export function compareNumbers(then: readonly SaidNumber[], now: readonly NumberClaim[]): NumberComparison[] {
  const keys = new Map<string, { measure: string; unit: SaidNumber['unit'] }>();
  for (const c of [...then, ...now]) keys.set(`${c.measure}|${c.unit}`, { measure: c.measure, unit: c.unit });
  const out: NumberComparison[] = [];
  for (const [key, { measure, unit }] of keys) {
    const t = then.filter((c) => `${c.measure}|${c.unit}` === key);
    const n = now.filter((c) => `${c.measure}|${c.unit}` === key);
    const change: NumberChange =
      t.length === 0 ? 'new' : n.length === 0 ? 'dropped' : sameValues(t, n) ? 'same' : 'changed';
    out.push({
      measure,
      unit,
      then: [...new Set(t.map((c) => c.text))],
      now: [...new Set(n.map((c) => c.text))],
      change,
    });
  }
  const order: Record<NumberChange, number> = { changed: 0, dropped: 1, new: 2, same: 3 };
  return out.sort((a, b) => order[a.change] - order[b.change]);
}
