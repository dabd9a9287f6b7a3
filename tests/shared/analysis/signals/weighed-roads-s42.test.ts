// Session 42 (signals): trade-offs read by the grammar of a road not taken (weighed-roads.ts: a modal or a verb of
// considering with a contrast that weighs it, a gerund road with its cost, two roads joined by "or" with the chosen side
// named again, a condition or concession, a pick set against the other by ", not"), and after-launch read from story
// order (later-returns.ts: the thing put in use, then a later time or its users' report, then the writer's change or
// look), both told without the words of earlier finders.
// Every row is our own writing for this test (weighed-roads-s42.json: a print shop, a restaurant kitchen, a warehouse,
// a ward, a school, a choir, an airport gate, a library, a ferry, farms, a clinic …; some in non-native English, some as
// bullets or verbless lines), none from a fixture of another set or public text. A row the readings refuse carries
// reads: false and its reason. The aside half (weighed-roads-s42-aside.json) was written at the same time, put away
// before any rule was written, and measured once when the rules were done.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storySignals } from '#shared/analysis/signals/story-signals';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import type { SignalId } from '#shared/analysis/signals/signal-ids';

/** One own row: a short story whose target sentence is labeled for one signal. */
interface OwnRow {
  id: string;
  signal: SignalId;
  label: boolean;
  target: string;
  text: string;
  reads?: boolean;
  note?: string;
}

const readRows = (name: string): OwnRow[] =>
  (
    JSON.parse(readFileSync(new URL(`../../../fixtures/signals/${name}`, import.meta.url), 'utf8')) as {
      stories: OwnRow[];
    }
  ).stories;

/** A bullet's dash is no part of the sentence read. */
const bare = (s: string): string => s.trim().replace(/^[-*]\s*/, '');

/** Whether the story's evidence for the row's signal is exactly its target sentence. */
function reads(row: OwnRow): boolean {
  const story = storyTextOf(row.text);
  const found = storySignals(story).signals.find((s) => s.id === row.signal)!;
  return found.evidence.some((e) => bare(story[e.section].slice(e.start, e.end)) === bare(row.target));
}

/** "tp/fp/fn" per signal over the rows. */
function score(rows: OwnRow[]): Record<string, string> {
  const sums: Record<string, number[]> = {};
  for (const r of rows) {
    const got = reads(r);
    const k = (sums[r.signal] ??= [0, 0, 0]);
    if (got && r.label) k[0]++;
    else if (got) k[1]++;
    else if (r.label) k[2]++;
  }
  return Object.fromEntries(Object.entries(sums).map(([id, k]) => [id, k.join('/')]));
}

describe('roads weighed and returns to the thing in use (own rows)', () => {
  const tuning = readRows('weighed-roads-s42.json');

  it('reads the tuning rows (before the readings: trade-off 9/0/12, after-launch 0/0/18)', () => {
    expect(score(tuning)).toEqual({ 'trade-off': '17/0/4', 'after-launch': '17/0/1' });
  });

  it.each(tuning.map((r) => [r.id, r] as const))('%s', (_, r) => {
    expect(reads(r), r.note ?? r.target).toBe(r.reads ?? r.label);
  });

  it('departs from a label only where the reason is written down', () => {
    for (const r of tuning)
      if (r.reads !== undefined && r.reads !== r.label) expect(r.note, r.text).toMatch(/^refused: /);
  });
});

describe('the aside rows, as measured once', () => {
  it('reads the aside rows (before the readings: trade-off 11/0/10, after-launch 2/0/16)', () => {
    expect(score(readRows('weighed-roads-s42-aside.json'))).toEqual({
      'trade-off': '17/0/4',
      'after-launch': '15/0/3',
    });
  });
});
