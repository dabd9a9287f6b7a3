// storySignals: which senior signals a story shows, where (section + offsets of each sentence that
// shows it) and, for each one it lacks, a question that quotes the story.
import type { StorySection } from '../domain-types';
import { sentenceSignals } from './sentence-signals';
import { SIGNAL_HINTS } from './signal-hints';
import { incidentWork } from './incident-context';
import { failureTimeline } from './failure-timeline';
import { releaseTroubleWork } from './release-trouble';
import { alertsAreTheProduct, withoutAlertWords } from './product-alerts';
import { caseThenDecision } from './persuasion-context';
import { consequenceWindow } from './consequence-window';
import { missingSignalPrompt } from './signal-prompts';
import { SIGNAL_IDS, type SignalId } from './signal-ids';
import { storySentences, type StoryText } from './story-sentences';
import { readableText } from './sentence-view';
import { withLearnedReading } from './learned/signal-model';
import { isMarkupHeading } from './markup-headings';
import { readInContext } from './story-context';
import { signalsInContext } from './context-readings';

export interface SignalEvidence {
  section: StorySection;
  /** UTF-16 offsets of the sentence that shows the signal, into that section's text. */
  start: number;
  end: number;
}

/**
 * `present`: a sentence shows the signal. `missing`: nothing in the story could carry it, so the
 * prompt asks for it. `unsure`: not found, but the story has words that might say it in a way the
 * detector does not know; no prompt, because telling a writer to add what is there is the worst error.
 */
export type SignalStatus = 'present' | 'missing' | 'unsure';

export interface StorySignal {
  id: SignalId;
  present: boolean;
  status: SignalStatus;
  /** Every sentence that shows the signal, in story order; empty when absent. */
  evidence: SignalEvidence[];
  /** When missing: a question quoting the story that asks for the missing part. Empty when present or unsure. */
  prompt: string;
}

export interface StorySignals {
  /** One entry per signal id, in SIGNAL_IDS order. */
  signals: StorySignal[];
}

/**
 * Detects the seven senior signals in a story. Pure and cached per sentence (fast on every keystroke).
 * `learned: false` reads the rules alone, as the learned reading's trainer must (its features are the rules' hits).
 */
export function storySignals(story: StoryText, options: { learned?: boolean } = {}): StorySignals {
  const sentences = storySentences(story);
  const evidence = new Map<SignalId, SignalEvidence[]>(SIGNAL_IDS.map((id) => [id, []]));
  const incident = new Set(incidentWork(sentences));
  // A failure after the release and its mending, told in sentences that name no launch themselves.
  for (const s of releaseTroubleWork(sentences)) incident.add(s);
  // The plain text of every sentence, read once for the hint checks of all the signals not found.
  let readable: string[] | undefined;
  const readableTexts = () => (readable ??= sentences.map((s) => readableText(s.text)));
  // In a story whose alerts are its product, an alert word alone shows no running of a live system.
  const productAlerts = alertsAreTheProduct(sentences);
  const seen = sentences.map((s) => new Set(sentenceSignals(s.text).keys()));
  // The writer's case, request or evidence in one sentence and the party's decision opening the next.
  for (const { index, id } of caseThenDecision(
    sentences.map((s) => s.text),
    seen,
  ))
    seen[index].add(id);
  // A limit or a want in one sentence, the choice it forced opening the next ("So I …", "That meant …").
  for (const { index, id } of consequenceWindow(
    sentences.map((s) => s.text),
    seen,
  ))
    seen[index].add(id);
  // What earlier sentences told (a launch done, an unknown or a limit just before), read once for the story; each
  // sentence's readers that need an anchor told before it consult it here.
  readInContext(sentences, seen, signalsInContext);
  // A postmortem's timeline: its entries are the incident as it was run, whatever each one's words.
  const timeline = new Set(failureTimeline(sentences, seen));
  sentences.forEach((s, i) => {
    const ids = seen[i];
    if (productAlerts && ids.has('after-launch') && !sentenceSignals(withoutAlertWords(s.text)).has('after-launch'))
      ids.delete('after-launch');
    if (incident.has(s) || timeline.has(i)) ids.add('after-launch');
    // "## Root cause": a heading the splitter kept as a sentence shows no signal of its own.
    if (isMarkupHeading(s.text)) ids.clear();
  });
  // The learned reading moves sentences in or out only for the signals its leave-one-writer-out run supports.
  const read = options.learned === false ? seen : withLearnedReading(sentences, seen);
  const ruled = new Set(seen.flatMap((ids) => [...ids]));
  sentences.forEach((s, i) => {
    for (const id of SIGNAL_IDS)
      if (read[i].has(id)) evidence.get(id)!.push({ section: s.section, start: s.start, end: s.end });
  });
  return {
    signals: SIGNAL_IDS.map((id) => {
      const found = evidence.get(id)!;
      const present = found.length > 0;
      // A signal the rules found and the model vetoed everywhere is "unsure": a veto never makes a prompt.
      const status: SignalStatus = present
        ? 'present'
        : ruled.has(id) || readableTexts().some((text) => SIGNAL_HINTS[id].test(text))
          ? 'unsure'
          : 'missing';
      const prompt = status === 'missing' ? missingSignalPrompt(id, story, sentences) : '';
      return { id, present, status, evidence: found, prompt };
    }),
  };
}
