// @vitest-environment node
// The story list by the interview log: "Last told first" and the "Told in an interview" filter.
import { describe, expect, it } from 'vitest';
import { lastToldDates } from '#shared/interview-log/index';
import type { InterviewEntry } from '#shared/domain/schemas';
import {
  activeFilterCount,
  filterStories,
  NO_FILTERS,
  sortStories,
  type StoryMetrics,
} from '../../../renderer/src/views/stories/list/story-query';
import { makeStory } from '../../shared/coverage/make-story';

const a = makeStory({ id: 'story_aaaaaaaaaaaa', title: 'Alpha' });
const b = makeStory({ id: 'story_bbbbbbbbbbbb', title: 'Beta' });
const c = makeStory({ id: 'story_cccccccccccc', title: 'Gamma' });
const entry = (date: string, storyIds: string[]): InterviewEntry => ({
  id: `interview_${date.replace(/-/g, '')}`,
  company: 'Orbit',
  role: '',
  roundName: 'Screen',
  date,
  questions: [],
  stories: storyIds.map((storyId) => ({ storyId, numbersSaid: [] })),
  outcome: 'waiting',
  notes: '',
  createdAt: `${date}T10:00:00.000Z`,
  updatedAt: `${date}T10:00:00.000Z`,
});
const told = lastToldDates([entry('2026-01-10', [b.id, a.id]), entry('2026-03-02', [b.id])]);
const metrics: StoryMetrics = {
  score: () => 50,
  seconds: () => 90,
  lastTold: (s) => told.get(s.id),
  shows: () => true,
};

describe('the story list and the interview log', () => {
  it('sorts the most recently told first and the never-told last', () => {
    expect(sortStories([c, a, b], 'last-told', metrics).map((s) => s.title)).toEqual(['Beta', 'Alpha', 'Gamma']);
  });

  it('filters never told and told, and counts the filter', () => {
    expect(filterStories([a, b, c], { ...NO_FILTERS, told: 'never' }, metrics)).toEqual([c]);
    expect(filterStories([a, b, c], { ...NO_FILTERS, told: 'told' }, metrics)).toEqual([a, b]);
    expect(filterStories([a, b, c], NO_FILTERS, metrics)).toEqual([a, b, c]);
    expect(activeFilterCount({ ...NO_FILTERS, told: 'never' })).toBe(1);
  });
});
