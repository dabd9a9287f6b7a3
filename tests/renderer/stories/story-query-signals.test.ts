// The list's "missing signal" filter as a pure function: it keeps the stories that do not show the
// signal, counts as one active filter, and combines with the other filters.
import { describe, it, expect } from 'vitest';
import {
  activeFilterCount,
  filterStories,
  NO_FILTERS,
  type StoryMetrics,
} from '../../../renderer/src/views/stories/list/story-query';
import { storySignalsOf } from '#shared/analysis/story-readiness';
import { makeStory } from '../../shared/coverage/make-story';

const METRICS: StoryMetrics = {
  score: () => 50,
  seconds: () => 60,
  lastTold: () => undefined,
  shows: (s, id) => storySignalsOf(s).signals.some((x) => x.id === id && x.present),
};

const chose = makeStory({
  title: 'Chose',
  action: 'I chose a queue over direct calls because the partner API timed out under load.',
  status: 'ready',
});
const plain = makeStory({ title: 'Plain', action: 'I wrote the queue consumer and its tests.', status: 'draft' });
const other = makeStory({ title: 'Other', action: 'I migrated the cron jobs to the scheduler.', status: 'ready' });

describe('filter by a missing signal', () => {
  it('keeps only the stories that do not show the signal', () => {
    const out = filterStories([chose, plain, other], { ...NO_FILTERS, missingSignal: 'trade-off' }, METRICS);
    expect(out.map((s) => s.title)).toEqual(['Plain', 'Other']);
  });

  it('is off by default, counts as one filter, and combines with the others', () => {
    expect(filterStories([chose, plain], NO_FILTERS, METRICS)).toHaveLength(2);
    const f = { ...NO_FILTERS, missingSignal: 'trade-off' as const, status: 'ready' as const };
    expect(activeFilterCount({ ...NO_FILTERS, missingSignal: 'trade-off' })).toBe(1);
    expect(filterStories([chose, plain, other], f, METRICS).map((s) => s.title)).toEqual(['Other']);
  });
});
