import { Meter, type MeterTone } from '../../../components/Meter';
import { spokenDuration } from '#shared/format/duration';

/** Speaking time against the target band (1.5–2 minutes by default); past 3 minutes is too long. */
export function SpeakingTimeMeter({ seconds, target }: { seconds: number; target: { min: number; max: number } }) {
  const tone: MeterTone =
    seconds === 0
      ? 'neutral'
      : seconds < target.min
        ? 'warn'
        : seconds <= target.max
          ? 'good'
          : seconds <= 180
            ? 'warn'
            : 'bad';
  const caption =
    seconds === 0
      ? `Aim for ${spokenDuration(target.min)} to ${spokenDuration(target.max)} out loud.`
      : seconds < target.min
        ? // Said of every short story, so it must hold for one whose Result is full of numbers too.
          'A little short: there is room for one more detail, such as how you measured the result.'
        : seconds <= target.max
          ? 'Right in the target range.'
          : seconds <= 180
            ? 'Over target: trim the Situation first.'
            : 'Too long to say in one answer: cut it down.';
  return (
    <Meter
      label="Speaking time"
      value={seconds}
      max={Math.max(240, seconds)}
      target={{ from: target.min, to: target.max }}
      valueText={`about ${spokenDuration(seconds)}`}
      tone={tone}
      caption={caption}
    />
  );
}
