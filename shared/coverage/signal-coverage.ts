// Coverage of senior signals across the bank: how many stories show each signal ("1 of 8 stories
// shows ownership after launch"), and which stories lack a signal their own competencies need.
import { SIGNAL_IDS, SIGNALS, storySignals, type SignalId, type StoryText } from '../analysis/index';
import { signalsForCompetencies } from '../competencies/competency-signals';

export type SignalCoverageStory = StoryText & { id: string; competencies: readonly string[] };

export interface SignalCoverageRow {
  id: SignalId;
  /** Ids of the stories that show the signal, in bank order. */
  showing: string[];
  /** Ids of the stories whose competencies need the signal and which lack it. */
  neededMissing: string[];
  /**
   * Ids of the stories whose competencies need the signal and which may say it in words the detector
   * does not know (status "unsure"): named apart, so a story is not called lacking what it may have.
   */
  neededUnsure: string[];
  /** How many stories' competencies need the signal. */
  needed: number;
  /** "1 of 8 stories shows ownership after launch". */
  sentence: string;
}

export interface SignalCoverage {
  total: number;
  rows: SignalCoverageRow[];
}

export function signalCoverage(stories: readonly SignalCoverageStory[]): SignalCoverage {
  const rows = new Map<SignalId, SignalCoverageRow>(
    SIGNAL_IDS.map((id) => [id, { id, showing: [], neededMissing: [], neededUnsure: [], needed: 0, sentence: '' }]),
  );
  for (const story of stories) {
    const status = new Map(storySignals(story).signals.map((s) => [s.id, s.status]));
    const needed = signalsForCompetencies(story.competencies);
    for (const id of SIGNAL_IDS) {
      const row = rows.get(id)!;
      if (status.get(id) === 'present') row.showing.push(story.id);
      if (needed.has(id)) {
        row.needed++;
        if (status.get(id) === 'missing') row.neededMissing.push(story.id);
        else if (status.get(id) === 'unsure') row.neededUnsure.push(story.id);
      }
    }
  }
  const total = stories.length;
  for (const row of rows.values()) {
    const n = row.showing.length;
    row.sentence = `${n} of ${total} ${total === 1 ? 'story' : 'stories'} ${n === 1 ? 'shows' : 'show'} ${SIGNALS[row.id].phrase}`;
  }
  return { total, rows: [...rows.values()] };
}
