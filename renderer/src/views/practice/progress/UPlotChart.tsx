// A uPlot chart as a React component: built on mount and whenever its options change (theme colours
// included), resized with its container, destroyed on unmount. uPlot draws on canvas and brings its
// CSS as a file, so it needs no inline <style> (the CSP forbids them).
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

interface Props {
  /** Options without width (taken from the container). */
  options: Omit<uPlot.Options, 'width'>;
  data: uPlot.AlignedData;
  /** What the chart shows, for screen readers (the canvas itself is not readable). */
  label: string;
  testId?: string;
}

export function UPlotChart({ options, data, label, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // The x range drawn, on the element: what the canvas shows, readable by tests and devtools.
    const showRange = (u: uPlot) => {
      const { min, max } = u.scales['x'] ?? {};
      if (min == null || max == null) return;
      el.dataset['xMin'] = String(min);
      el.dataset['xMax'] = String(max);
    };
    const hooks = { ...options.hooks, setScale: [...(options.hooks?.setScale ?? []), showRange] };
    const chart = new uPlot({ ...options, hooks, width: Math.max(200, el.clientWidth) }, data, el);
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(200, el.clientWidth), height: options.height }),
    );
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [options, data]);
  return <div ref={box} className="uplot-box" role="img" aria-label={label} data-testid={testId} />;
}
