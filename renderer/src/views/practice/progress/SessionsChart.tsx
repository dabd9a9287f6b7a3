// Practice sessions per week, as bars, for the last eight weeks.
import { useMemo } from 'react';
import uPlot from 'uplot';
import type { WeekCount } from '#shared/practice/progress';
import type { ChartColors } from './chart-colors';
import { UPlotChart } from './UPlotChart';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const weekLabel = (seconds: number) => {
  const d = new Date(seconds * 1000);
  return `${MONTHS[d.getMonth()]} ${d.getDate()}`;
};

export function SessionsChart({ weeks, colors }: { weeks: readonly WeekCount[]; colors: ChartColors }) {
  const data = useMemo<uPlot.AlignedData>(
    () => [weeks.map((w) => w.weekStart.getTime() / 1000), weeks.map((w) => w.sessions)],
    [weeks],
  );
  const options = useMemo<Omit<uPlot.Options, 'width'>>(() => {
    const base = {
      stroke: colors.muted,
      font: `12px ${colors.font}`,
      grid: { stroke: colors.grid, width: 1 },
      ticks: { stroke: colors.grid, width: 1 },
    };
    const week = 7 * 86_400;
    return {
      height: 180,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: false, range: (_u, min, max) => [min - week / 2, max + week / 2] },
        y: { range: (_u, _min, max) => [0, Math.max(3, max + 1)] },
      },
      axes: [
        {
          ...base,
          grid: { show: false },
          splits: () => data[0] as number[],
          values: (_u, values) => values.map(weekLabel),
        },
        { ...base, incrs: [1, 2, 5, 10, 20], values: (_u, values) => values.map((v) => String(v)) },
      ],
      series: [
        {},
        {
          label: 'Sessions',
          fill: colors.accent,
          stroke: colors.accent,
          width: 0,
          paths: uPlot.paths.bars?.({ size: [0.6, 48] }),
          points: { show: false },
        },
      ],
    };
  }, [colors, data]);
  const total = weeks.reduce((s, w) => s + w.sessions, 0);
  return (
    <figure className="chart">
      <UPlotChart
        options={options}
        data={data}
        label={`Practice sessions per week, last ${weeks.length} weeks: ${weeks.map((w) => `${weekLabel(w.weekStart.getTime() / 1000)} ${w.sessions}`).join(', ')}`}
        testId="sessions-chart"
      />
      <figcaption className="small muted">
        {total} {total === 1 ? 'session' : 'sessions'} in {weeks.length} weeks. A session is a sitting with no break
        over 30 minutes.
      </figcaption>
    </figure>
  );
}
