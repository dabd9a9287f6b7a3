// The virtualized story list: only the rows in view are in the DOM, so 10,000 stories scroll smoothly.
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import type { Story } from '#shared/domain/schemas';
import type { StoryMatch } from '../../../search/story-index';
import { ROW_HEIGHT, StoryRow } from './StoryRow';
import { useRowsScored } from './use-rows-scored';

export interface StoryListProps {
  stories: readonly Story[];
  openId: string | null;
  selected: ReadonlySet<string>;
  matches: Map<string, StoryMatch> | null;
  tagName: (id: string) => string;
  onOpen: (id: string) => void;
  onToggle: (id: string, index: number, shiftKey: boolean) => void;
}

/**
 * Scrolls the list so the row at `index` is wholly in view, where `scrollToIndex(index, 'auto')` would,
 * but from the virtualizer's own record of rows, scroll position and viewport. `scrollToIndex` reads the
 * list's scroll height, and re-reads it for a few frames to follow rows that change size; these rows
 * never do.
 * False when the virtualizer has not measured the list yet.
 */
function revealRow(virtualizer: Virtualizer<HTMLDivElement, Element>, index: number): boolean {
  const item = virtualizer.measurementsCache[index];
  const offset = virtualizer.scrollOffset;
  const height = virtualizer.scrollRect?.height;
  const element = virtualizer.scrollElement;
  if (!item || offset === null || height === undefined || !element) return false;
  const target = item.end > offset + height ? item.end - height : item.start < offset ? item.start : offset;
  if (target !== offset) element.scrollTop = Math.max(0, target);
  return true;
}

const rowHeight = () => ROW_HEIGHT;

export function StoryList({ stories, openId, selected, matches, tagName, onOpen, onToggle }: StoryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer lays out every row again (10,000 keys read, sizes looked up) whenever the key
  // function changes: a new one on each render did that on every scrolled frame.
  const getItemKey = useCallback((i: number) => stories[i].id, [stories]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is read through its own API only.
  const virtualizer = useVirtualizer({
    count: stories.length,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    overscan: 8,
    getItemKey,
  });

  const rowsInView = useCallback(
    () => virtualizer.getVirtualItems().map((item) => stories[item.index]),
    [virtualizer, stories],
  );
  const scored = useRowsScored(stories, rowsInView);

  // Keep the open story in view when it is opened from elsewhere (search, Ctrl+N, reload).
  const openIndex = openId ? stories.findIndex((s) => s.id === openId) : -1;
  // In the next frame, where the layout a scroll needs is done anyway, not in this commit: writing the
  // scroll position here would force a layout of everything the commit changed (the editor mounting).
  useEffect(() => {
    if (openIndex < 0) return;
    const frame = requestAnimationFrame(() => {
      if (!revealRow(virtualizer, openIndex)) virtualizer.scrollToIndex(openIndex, { align: 'auto' });
    });
    return () => cancelAnimationFrame(frame);
  }, [openIndex, virtualizer]);

  const onKeyNav = useCallback(
    (index: number, key: string) => {
      const target =
        key === 'ArrowDown' ? index + 1 : key === 'ArrowUp' ? index - 1 : key === 'Home' ? 0 : stories.length - 1;
      if (target < 0 || target >= stories.length) return;
      virtualizer.scrollToIndex(target, { align: 'auto' });
      // The row may only exist after the virtualizer renders it.
      requestAnimationFrame(() =>
        scroller.current?.querySelector<HTMLButtonElement>(`[data-row-index="${target}"]`)?.focus(),
      );
    },
    [stories.length, virtualizer],
  );

  return (
    <div ref={scroller} className="story-list" data-testid="story-list" tabIndex={-1}>
      <div role="list" aria-label="Stories" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const story = stories[item.index];
          return (
            <div
              key={item.key}
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={stories.length}
              className="story-list-item"
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: item.size,
                transform: `translateY(${item.start}px)`,
              }}
            >
              <StoryRow
                story={story}
                index={item.index}
                open={story.id === openId}
                selected={selected.has(story.id)}
                scored={scored}
                match={matches?.get(story.id)}
                tagName={tagName}
                onOpen={onOpen}
                onToggle={onToggle}
                onKeyNav={onKeyNav}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
