// One harness for the signal tests that read our own writing (a fixture file and its aside half in
// tests/fixtures/signals/), in either of its two shapes:
// - ladders of rungs ({ rows }): one sentence a rung, labeled for one signal, read by sentenceSignals;
// - labeled stories ({ stories }): whole stories whose sentences are labeled by the signals each shows, read by
//   storySignals, a sentence counting as found when a signal's evidence spans exactly that sentence.
// Each shape is read from its file and scored as "tp/fp/fn" per signal; the tests hold the figures they expect. A
// ladder's rungs are also checked one by one (itReadsEachRung, itRefusesOnlyWithReason).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { storySignals } from '#shared/analysis/signals/story-signals';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/signals/signal-ids';

/** The parsed JSON of one own-writing fixture file in tests/fixtures/signals/. */
const readFixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/signals/${name}`, import.meta.url), 'utf8'));

/** Counts true positives, false positives and false negatives; `text` gives them as "tp/fp/fn". */
class Tally {
  private readonly sums = [0, 0, 0];

  /** Counts one item read (`got`) against its label (`want`); an item neither read nor labeled counts nowhere. */
  add(got: boolean, want: boolean): void {
    if (got || want) this.sums[got && want ? 0 : got ? 1 : 2]++;
  }

  /** The counts as "tp/fp/fn". */
  text(): string {
    return this.sums.join('/');
  }
}

/** One rung of an own ladder: a sentence, the signal it is labeled for, and whether it shows it. */
export interface Rung {
  id: string;
  variant: string;
  signal: SignalId;
  label: boolean;
  text: string;
  /** What the readings give where it differs from the label on purpose (a refused rung, with its reason in note). */
  reads?: boolean;
  note?: string;
}

/** The rungs of one own-ladder fixture file in tests/fixtures/signals/. */
export const readRungs = (name: string): Rung[] => (readFixture(name) as { rows: Rung[] }).rows;

/** Whether the readings of the rung's sentence find the signal it is labeled for. */
const rungReads = (r: Rung): boolean => sentenceSignals(r.text).has(r.signal);

/**
 * One test a rung, named "id/variant": the readings give what the rung says they give (its label, or `reads` where
 * it is refused), failing with its note or its sentence.
 */
export function itReadsEachRung(rows: Rung[]): void {
  it.each(rows.map((r) => [`${r.id}/${r.variant}`, r] as const))('%s', (_, r) => {
    expect(rungReads(r), r.note ?? r.text).toBe(r.reads ?? r.label);
  });
}

/** One test over the rungs: a rung whose readings differ from its label has its reason written down ("refused: …"). */
export function itRefusesOnlyWithReason(rows: Rung[]): void {
  it('refuses only rungs whose reason is written down', () => {
    for (const r of rows)
      if (r.reads !== undefined && r.reads !== r.label) expect(r.note, r.text).toMatch(/^refused: /);
  });
}

/** "tp/fp/fn" of the readings against the labels, per signal the rungs are labeled for. */
export function scoreRungs(rows: Rung[]): Record<string, string> {
  const sums: Record<string, Tally> = {};
  for (const r of rows) (sums[r.signal] ??= new Tally()).add(rungReads(r), r.label);
  return Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v.text()]));
}

/** A story of ours with its sentences labeled by the signals each shows. */
export interface OwnStory {
  id: string;
  text: string;
  labels: Record<string, string[]>;
}

/** The stories of one own-writing fixture file in tests/fixtures/signals/. */
export const readOwnStories = (name: string): OwnStory[] => (readFixture(name) as { stories: OwnStory[] }).stories;

/** How scoreOwnStories matches a labeled sentence to the evidence. */
export interface StoryScoring {
  /** The labeled sentence as the splitter cuts it (by default the sentence itself); both sides are trimmed. */
  sentence?: (labeled: string) => string;
}

/** "tp/fp/fn" per target signal over the labeled sentences of the stories. */
export function scoreOwnStories(
  stories: OwnStory[],
  targets: readonly SignalId[],
  { sentence = (labeled) => labeled }: StoryScoring = {},
): Record<string, string> {
  const sums = Object.fromEntries(targets.map((id) => [id, new Tally()]));
  for (const s of stories) {
    const story = storyTextOf(s.text);
    const found = storySignals(story).signals;
    for (const [labeled, labels] of Object.entries(s.labels))
      for (const id of targets) {
        const got = found
          .find((x) => x.id === id)!
          .evidence.some((e) => story[e.section].slice(e.start, e.end).trim() === sentence(labeled).trim());
        sums[id].add(got, labels.includes(id));
      }
  }
  return Object.fromEntries(targets.map((id) => [id, sums[id].text()]));
}

/** The sentences of a story (one text, all Action) that show the signal. */
export function shownSentences(text: string, id: SignalId): string[] {
  const story = storyTextOf(text);
  const found = storySignals(story).signals.find((s) => s.id === id)!;
  return found.evidence.map((e) => story[e.section].slice(e.start, e.end));
}
