// The list's rows paint before their readiness scores on a cold start: useRowsScored says false while
// the rows in view have no report, scores them a few per task, then says true (and stays true).
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newStory } from '#shared/domain/defaults';
import type { Story } from '#shared/domain/schemas';
import { hasStoryReport, storyReport } from '../../../renderer/src/data/story-analysis';
import { useRowsScored } from '../../../renderer/src/views/stories/list/use-rows-scored';
import { manualScheduler } from './manual-scheduler';

const stories = (n: number, tag: string): Story[] =>
  Array.from({ length: n }, (_, i) =>
    newStory({ title: `${tag} ${i}`, result: `We cut the ${tag} build from ${20 + i} to ${5 + i} minutes.` }),
  );

describe('useRowsScored', () => {
  it('is false for rows without reports, scores the rows in view in later tasks, then is true', () => {
    const list = stories(40, 'cold');
    const inView = list.slice(0, 12);
    const manual = manualScheduler();
    const { result } = renderHook(() => useRowsScored(list, () => inView, manual.scheduler));
    expect(result.current).toBe(false);
    expect(inView.some(hasStoryReport)).toBe(false); // nothing was scored during the render
    act(() => manual.drain());
    expect(result.current).toBe(true);
    expect(inView.every(hasStoryReport)).toBe(true);
    expect(list.slice(12).some(hasStoryReport)).toBe(false); // rows out of view wait for the warmer
  });

  it('is true at once when the first rows already have reports (the list was shown before)', () => {
    const list = stories(10, 'warm');
    list.forEach(storyReport);
    const manual = manualScheduler();
    const { result } = renderHook(() => useRowsScored(list, () => list, manual.scheduler));
    expect(result.current).toBe(true);
    expect(manual.queue).toHaveLength(0);
  });

  it('stops scoring when the list goes away', () => {
    const list = stories(5, 'gone');
    const manual = manualScheduler();
    const { unmount } = renderHook(() => useRowsScored(list, () => list, manual.scheduler));
    unmount();
    manual.drain();
    expect(list.some(hasStoryReport)).toBe(false);
  });
});
