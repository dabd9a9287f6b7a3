// How many items of a scrolling list sit below its visible part, kept up to date as the list scrolls or
// changes size, so a panel can say "2 more warnings below" instead of cutting the last one in half with
// nothing to tell the reader there is more. Measured in event handlers and effects, never by an
// animation (a scroll-driven one never finishes, which hangs anything that waits for animations).
import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Slack in pixels: an item whose foot is hidden by less than this counts as shown. */
const SLACK = 4;

/**
 * The index of the first item that is hidden below the visible part (more than {@link SLACK} pixels of
 * it), and how many items from there on; `first` is -1 when every item shows.
 * @param visibleBottom where the list's visible part ends
 * @param itemBottoms where each item ends, in order, in the same coordinates
 */
export function hiddenBelow(visibleBottom: number, itemBottoms: readonly number[]): { first: number; count: number } {
  const first = itemBottoms.findIndex((bottom) => bottom > visibleBottom + SLACK);
  return { first, count: first < 0 ? 0 : itemBottoms.length - first };
}

function measure(list: HTMLElement): { first: number; count: number } {
  const items = [...list.children].filter((c): c is HTMLElement => c instanceof HTMLElement);
  // In viewport coordinates, so scrolling and any positioned ancestor are already accounted for.
  const box = list.getBoundingClientRect();
  return hiddenBelow(
    box.top + list.clientTop + list.clientHeight,
    items.map((item) => item.getBoundingClientRect().bottom),
  );
}

/**
 * Watches `listRef` (re-measured when `version` changes, e.g. the items' count) and returns how many of
 * its items are below the visible part, and a function that scrolls the first of them into view and
 * focuses it (it needs tabIndex={-1}) so keyboard users land on what they asked to see.
 */
export function useHiddenBelow(
  listRef: RefObject<HTMLElement | null>,
  version: unknown,
): { count: number; reveal: () => void } {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const list = listRef.current;
    if (!list) {
      setCount(0);
      return;
    }
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setCount(measure(list).count));
    };
    update();
    list.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(list);
    return () => {
      cancelAnimationFrame(frame);
      list.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [listRef, version]);
  const reveal = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const { first } = measure(list);
    const item = first >= 0 ? list.children[first] : undefined;
    if (!(item instanceof HTMLElement)) return;
    item.scrollIntoView({ block: 'nearest' });
    item.focus({ preventScroll: true });
  }, [listRef]);
  return { count, reveal };
}
