// A labelled horizontal meter with an optional target band (e.g. 90–120 s of speaking time).
import './meter.css';

export type MeterTone = 'good' | 'warn' | 'bad' | 'neutral';

export interface MeterProps {
  label: string;
  value: number;
  max: number;
  /** The band the value should sit in, drawn behind the bar. */
  target?: { from: number; to: number };
  /** What a screen reader and the caption say, e.g. "1 min 40 s". */
  valueText: string;
  tone?: MeterTone;
  caption?: string;
}

export function Meter({ label, value, max, target, valueText, tone = 'neutral', caption }: MeterProps) {
  const pct = (v: number) => `${Math.max(0, Math.min(100, (v / max) * 100))}%`;
  return (
    <div className="meter">
      <div className="meter-head">
        <span className="meter-label">{label}</span>
        <span className={`meter-value tone-${tone}`}>{valueText}</span>
      </div>
      <div
        className="meter-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(value, max)}
        aria-valuetext={valueText}
      >
        {target && (
          <div
            className="meter-target"
            style={{ left: pct(target.from), width: `calc(${pct(target.to)} - ${pct(target.from)})` }}
          />
        )}
        <div className={`meter-fill tone-${tone}`} style={{ width: pct(value) }} />
      </div>
      {caption && <p className="meter-caption">{caption}</p>}
    </div>
  );
}
