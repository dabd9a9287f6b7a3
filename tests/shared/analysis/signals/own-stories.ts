// One harness for the signal tests that read our own labeled stories (a fixture file and its aside half in
// tests/fixtures/signals/): read a file, and score target signals over the labeled sentences, a sentence counting
// as found when a signal's evidence spans exactly that sentence.
import { readFileSync } from 'node:fs';
import { storySignals } from '#shared/analysis/signals/story-signals';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import type { SignalId } from '#shared/analysis/signals/signal-ids';

/** A story of ours with its sentences labeled by the signals each shows. */
export interface OwnStory {
  id: string;
  text: string;
  labels: Record<string, string[]>;
}

/** The stories of one own-writing fixture file in tests/fixtures/signals/. */
export const readOwnStories = (name: string): OwnStory[] =>
  (
    JSON.parse(readFileSync(new URL(`../../../fixtures/signals/${name}`, import.meta.url), 'utf8')) as {
      stories: OwnStory[];
    }
  ).stories;

/** "tp/fp/fn" per target signal over the labeled sentences of the stories. */
export function scoreOwnStories(stories: OwnStory[], targets: readonly SignalId[]): Record<string, string> {
  const sums = Object.fromEntries(targets.map((id) => [id, [0, 0, 0]]));
  for (const s of stories) {
    const story = storyTextOf(s.text);
    const found = storySignals(story).signals;
    for (const [sentence, labels] of Object.entries(s.labels))
      for (const id of targets) {
        const got = found
          .find((x) => x.id === id)!
          .evidence.some((e) => story[e.section].slice(e.start, e.end).trim() === sentence.trim());
        const want = labels.includes(id);
        if (got || want) sums[id][got && want ? 0 : got ? 1 : 2]++;
      }
  }
  return Object.fromEntries(targets.map((id) => [id, sums[id].join('/')]));
}
