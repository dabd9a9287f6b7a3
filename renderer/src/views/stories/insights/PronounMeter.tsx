import { Meter } from '../../../components/Meter';
import type { PronounCounts } from './pronouns';

/** How much of the story is "I" versus "we": interviewers want to hear what you did. */
export function PronounMeter({ counts }: { counts: PronounCounts }) {
  const total = counts.i + counts.we;
  const share = total === 0 ? 0 : counts.i / total;
  const tone = total === 0 ? 'neutral' : share >= 0.5 ? 'good' : share >= 0.3 ? 'warn' : 'bad';
  const caption =
    total === 0
      ? 'Say who acted: “I” for your part, “we” for the team’s.'
      : share >= 0.5
        ? 'Your own part comes through.'
        : 'Mostly “we”: say what you did yourself.';
  return (
    <Meter
      label="I vs we"
      value={share * 100}
      max={100}
      target={{ from: 50, to: 100 }}
      valueText={`${counts.i} I · ${counts.we} we`}
      tone={tone}
      caption={caption}
    />
  );
}
