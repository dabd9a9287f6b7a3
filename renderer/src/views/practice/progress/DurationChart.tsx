// One story's attempts over time: each attempt's duration as a point, against the target band
// (shaded) and the 3-minute line.
import { useMemo } from 'react';
import type uPlot from 'uplot';
import { OVERTIME_SECONDS, type Attempt, type TargetBand } from '#shared/practice/progress';
import { clockText } from '#shared/format/duration';
import type { ChartColors } from './chart-colors';
import { timeRange } from './time-range';
import { UPlotChart } from './UPlotChart';

interface Props {
  attempts: readonly Attempt[];
  target: TargetBand;
  colors: ChartColors;
  title: string;
}

export function DurationChart({ attempts, target, colors, title }: Props) {
  const data = useMemo<uPlot.AlignedData>(
    () => [attempts.map((a) => a.at.getTime() / 1000), attempts.map((a) => a.seconds)],
    [attempts],
  );
  const options = useMemo<Omit<uPlot.Options, 'width'>>(() => {
    const axis = (values?: uPlot.Axis['values'], incrs?: number[]): uPlot.Axis => ({
      stroke: colors.muted,
      font: `12px ${colors.font}`,
      grid: { stroke: colors.grid, width: 1 },
      ticks: { stroke: colors.grid, width: 1 },
      ...(values ? { values } : {}),
      ...(incrs ? { incrs } : {}),
    });
    return {
      height: 200,
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        // Not auto-ranged: see time-range.ts.
        x: { time: true, auto: false, range: () => timeRange(data[0] as number[]) },
        y: { range: (_u, _min, max) => [0, Math.max(max + 15, OVERTIME_SECONDS + 20)] },
      },
      // Durations tick on round half-minutes, so the axis reads like a stopwatch.
      axes: [axis(), axis((_u, values) => values.map((v) => clockText(v)), [30, 60, 120, 300])],
      series: [
        {},
        {
          label: 'Duration',
          stroke: colors.accent,
          width: 2,
          points: { show: true, size: 8, fill: colors.accent, stroke: colors.accent },
        },
      ],
      hooks: {
        // The band and the limit go under the series: drawn on the freshly cleared canvas.
        drawClear: [
          (u: uPlot) => {
            const { ctx, bbox } = u;
            const y = (v: number) => u.valToPos(v, 'y', true);
            ctx.save();
            ctx.fillStyle = colors.band;
            ctx.fillRect(bbox.left, y(target.max), bbox.width, y(target.min) - y(target.max));
            ctx.strokeStyle = colors.danger;
            ctx.setLineDash([6, 4]);
            ctx.lineWidth = 1.5 * devicePixelRatio;
            ctx.beginPath();
            ctx.moveTo(bbox.left, y(OVERTIME_SECONDS));
            ctx.lineTo(bbox.left + bbox.width, y(OVERTIME_SECONDS));
            ctx.stroke();
            ctx.restore();
          },
        ],
      },
    };
  }, [colors, target, data]);
  const summary =
    attempts.length === 0
      ? 'no attempts'
      : `${attempts.length} attempts from ${clockText(Math.min(...attempts.map((a) => a.seconds)))} to ${clockText(Math.max(...attempts.map((a) => a.seconds)))}`;
  return (
    <figure className="chart">
      <UPlotChart
        options={options}
        data={data}
        label={`${title}: durations of ${summary}, against a ${clockText(target.min)}–${clockText(target.max)} target`}
        testId="duration-chart"
      />
      <figcaption className="chart-legend small muted">
        <span className="key key-line" /> duration of each attempt <span className="key key-band" /> target{' '}
        {clockText(target.min)}–{clockText(target.max)} <span className="key key-limit" /> 3 minutes
      </figcaption>
    </figure>
  );
}
