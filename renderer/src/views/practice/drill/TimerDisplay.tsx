// The large, calm timer: elapsed time against the target band, an optional pacing bar, and a status
// line that says where the answer should be. Colour changes only past the target and past 3 minutes.
import { OVERTIME_SECONDS, paceOf, type TargetBand } from '#shared/practice/progress';
import { clockText, spokenDuration } from '#shared/format/duration';
import { currentPart, paceMarks } from './pacing';

interface Props {
  elapsed: number;
  running: boolean;
  target: TargetBand;
  showPacing: boolean;
}

const SCALE_MAX = OVERTIME_SECONDS + 30;
const pct = (seconds: number) => `${Math.min(100, (seconds / SCALE_MAX) * 100)}%`;

export function TimerDisplay({ elapsed, running, target, showPacing }: Props) {
  const pace = paceOf(elapsed, target);
  const marks = paceMarks(target);
  const tone = pace === 'overtime' ? 'danger' : pace === 'long' ? 'warning' : 'calm';
  const status =
    !running && elapsed === 0
      ? `Target ${clockText(target.min)}–${clockText(target.max)}`
      : pace === 'overtime'
        ? 'Past 3 minutes — wrap up now'
        : pace === 'long'
          ? 'Over target — land the Result'
          : running && showPacing
            ? `Now: ${currentPart(marks, elapsed)}`
            : running
              ? 'Speaking…'
              : `Stopped at ${spokenDuration(elapsed)}`;
  return (
    <div className={`timer tone-${tone}`}>
      <div className="timer-digits" data-testid="timer" aria-hidden="true">
        {clockText(elapsed)}
      </div>
      <p className="timer-status" role="status">
        {status}
      </p>
      <div
        className="timer-track"
        role="img"
        aria-label={`${spokenDuration(elapsed)} of a ${clockText(target.min)}–${clockText(target.max)} target`}
      >
        <div
          className="timer-band"
          style={{ left: pct(target.min), width: `calc(${pct(target.max)} - ${pct(target.min)})` }}
        />
        <div className="timer-limit" style={{ left: pct(OVERTIME_SECONDS) }} />
        {showPacing &&
          marks.map((m) => (
            <div key={m.id} className="timer-mark" style={{ left: pct(m.by) }}>
              <span className="timer-mark-label" title={m.label}>
                {m.tick}
              </span>
            </div>
          ))}
        <div className="timer-fill" style={{ width: pct(elapsed) }} />
      </div>
      <div className="timer-scale" aria-hidden="true">
        <span>0:00</span>
        <span style={{ left: pct(target.min) }}>{clockText(target.min)}</span>
        <span style={{ left: pct(target.max) }}>{clockText(target.max)}</span>
        <span style={{ left: pct(OVERTIME_SECONDS) }}>{clockText(OVERTIME_SECONDS)}</span>
      </div>
    </div>
  );
}
