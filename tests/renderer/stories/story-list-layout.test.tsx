// The virtual story list lays its rows out once per list, not once per render: a render that changes
// no story (a scrolled frame, a row selected) must not read every story's key again.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newStory } from '#shared/domain/defaults';
import type { Story } from '#shared/domain/schemas';
import { StoryList, type StoryListProps } from '../../../renderer/src/views/stories/list/StoryList';

/** `stories` behind a proxy that counts how many times a story is read by its index. */
function counted(stories: Story[]) {
  const reads = { count: 0 };
  const list = new Proxy(stories, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { list, reads };
}

const props = (stories: readonly Story[], selected: ReadonlySet<string>): StoryListProps => ({
  stories,
  openId: null,
  selected,
  matches: null,
  tagName: (id) => id,
  onOpen: () => undefined,
  onToggle: () => undefined,
});

describe('the story list layout', () => {
  const stories = Array.from({ length: 2_000 }, (_, i) => newStory({ title: `Story ${i}` }));

  it('reads each story key once when the list is new, not again when the same list renders again', () => {
    const { list, reads } = counted(stories);
    const view = render(<StoryList {...props(list, new Set())} />);
    expect(reads.count).toBeGreaterThanOrEqual(stories.length); // the first layout reads every key
    reads.count = 0;
    view.rerender(<StoryList {...props(list, new Set([stories[0].id]))} />);
    view.rerender(<StoryList {...props(list, new Set([stories[1].id]))} />);
    expect(reads.count).toBeLessThan(200);
  });

  it('lays the rows out again for a new list', () => {
    const first = counted(stories);
    const view = render(<StoryList {...props(first.list, new Set())} />);
    const second = counted([...stories].reverse());
    view.rerender(<StoryList {...props(second.list, new Set())} />);
    expect(second.reads.count).toBeGreaterThanOrEqual(stories.length);
  });
});
