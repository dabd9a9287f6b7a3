// What the earlier sentences of a story have told, for the readers of one sentence that need an anchor the writer put
// a sentence before: a launch told as done ("We launched in the second week of March." and then "In the first
// fortnight the queue filled up …"), an unknown told in the sentence before ("Nobody could say whether …" and then
// "So I asked two investigators to …"), options listed a few sentences before ("We compared keeping …, moving … and
// adopting …" and then "I decided on the open-source platform because …").
// Computed once per story from the sentences' own signals, so each reader looks nothing up itself; a reading that uses
// the context is cached under the context it used (context-readings.ts).
import { LruCache } from '../sentence-cache';
import type { SignalId } from './signal-ids';
import type { StorySentence } from './story-sentences';
import { readableText } from './sentence-view';
import { looseOptions, optionsTold, pickNamesOption } from './decision-records';
import { toldInputGap } from './input-gaps';
import { inUseTold, troubleTold } from './later-returns';

/** What the story told before one sentence. */
export interface SentenceContext {
  /** A launch, go-live, rollout or cutover was told as done in one of the few sentences before; never in a lesson. */
  launched: boolean;
  /** The sentence is in the result section, which tells what came after the work was done. */
  inResult: boolean;
  /** The sentence before told an unknown: it shows ambiguity. */
  unknownBefore: boolean;
  /** The sentence before told a gap in an input the work stood on (input-gaps.ts), with or without an act. */
  gapBefore: boolean;
  /** Options for a choice were listed in one of the few sentences before (decision-records.ts); never in a lesson. */
  optionsBefore: boolean;
  /** The sentence before was read as after-launch and told trouble met in use (later-returns.ts). */
  troubleBefore: boolean;
}

/** The context of a sentence nothing was told before. */
export const NO_CONTEXT: SentenceContext = {
  launched: false,
  inResult: false,
  unknownBefore: false,
  gapBefore: false,
  optionsBefore: false,
  troubleBefore: false,
};

/** A short key of the context, for the caches of readings that use it. */
export const contextKey = (c: SentenceContext): string =>
  `${c.launched ? 'L' : ''}${c.inResult ? 'R' : ''}${c.unknownBefore ? 'U' : ''}${c.gapBefore ? 'G' : ''}${c.optionsBefore ? 'O' : ''}${c.troubleBefore ? 'T' : ''}`;

/**
 * The thing made live, told as done: "went live", "launched", "rolled out the new login flow", "did the cutover",
 * "switched the herd over to the robot", "moved … to the new …", "the new timetable started on the first of September"
 * (a new thing starting is its launch). A noun alone ("the go-live", "a launch") is as often
 * a plan or a promise, so a verb of doing it is needed.
 */
const WENT_LIVE =
  /\b(?:went\s+(?:live|out\s+to|out(?=\s+(?:on|in|at|that|last|this)\s))|(?:launched|shipped|released)\b(?!\s+(?:a|an|the)\s+(?:press|statement|report|survey|consultation|appeal|campaign|podcast|newsletter))|cut\s*over|(?:did|ran|completed|finished)\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:cut-?over|switch-?over|go-live|launch|roll-?out|migration)|rolled\s+(?:it\s+|them\s+|(?:the|our)\s+(?:[\w-]+\s+){0,3}?)?out|switched\s+(?:[\w'-]+\s+){0,4}?over|(?:switched|moved|migrated|went|put)\s+(?:[\w'-]+\s+){0,4}?(?:on)?to\s+the\s+new|(?:turned|switched)\s+(?:it|them|the\s+new\s+[\w-]+)\s+on\b|(?:put|brought)\s+(?:it|them|the\s+[\w-]+)\s+into\s+(?:production|service|use)|the\s+new\s+(?:[\w-]+\s+){0,2}?(?:started|began|opened|came\s+into\s+(?:force|use|effect|service)|took\s+effect|came\s+in))\b/i;
/**
 * The launch not done: planned, hoped for, tested or piloted before it, or denied. A launch dated by a span before an
 * event ("shipped two days before the campaign") is done.
 */
const NOT_DONE =
  /\b(?:plann?\w*|hop(?:e|ed|ing)|would|will|going\s+to|to\s+(?:launch|ship|release|roll|go|switch|cut|move)|(?<!\b(?:days?|weeks?|hours?|months?)\s)before(?!\s*(?:[.,;:!?]|$))|pilot\w*|trial\w*|tested|testing|staging|dry[- ]run|rehears\w+|beta|(?:did|had)\s*(?:not|n't)|never)\b/i;

const cache = new LruCache<string, boolean>(20_000);

/** Whether the sentence tells a launch, go-live, rollout or cutover as done (see above). Cached per text. */
export function toldLaunch(raw: string): boolean {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const text = readableText(raw);
  // The thing in use from a start ("Kiosks in the library are open from September") is its launch too (later-returns.ts).
  const told = (WENT_LIVE.test(text) && !NOT_DONE.test(text)) || inUseTold(text);
  if (raw.length <= 2_000) cache.set(raw, told);
  return told;
}

/** A heading that opens the part of the story after launch: "AFTER LAUNCH", "Post-launch:", "Follow-ups". */
const AFTER_PHASE_HEADING =
  /^\W*(?:after\s+(?:launch|go-?live|release|the\s+launch|cut-?over)|post-?launch|since\s+launch|follow-?ups?|aftermath)\W*$/i;

/**
 * How many sentences back a told launch still anchors a time such as "in the first month": further away, another
 * event told since (a new job, a term) is as likely to be what the time counts from.
 */
const LAUNCH_REACH = 4;

/** How many sentences back listed options still make a pick told without its alternative a choice among them. */
const OPTIONS_REACH = 3;

/**
 * Reads every sentence of a story in its context, in story order (see above): `read` returns what a sentence shows
 * in its context beyond what it shows alone, and that is added to `seen[i]` before the next sentence's context is
 * taken (an unknown read by its context anchors the next "So I …"). `seen[i]`: the signals sentence i shows by its
 * own words and the windows read before this; updated in place.
 */
export function readInContext(
  sentences: readonly StorySentence[],
  seen: readonly Set<SignalId>[],
  read: (text: string, context: SentenceContext) => ReadonlySet<SignalId>,
): void {
  let lastLaunch = -Infinity;
  let lastOptions = -Infinity;
  // Bare nouns listed after a verb of weighing: options only once a pick names one of them (decision-records.ts).
  let loose: { at: number; items: readonly (readonly string[])[] } | undefined;
  sentences.forEach((s, i) => {
    const before = i > 0 ? seen[i - 1] : undefined;
    // A lesson's "on the first day next time" is hindsight, not the live thing's first day.
    const lesson = s.section === 'reflection';
    const context: SentenceContext = {
      launched: !lesson && i - lastLaunch <= LAUNCH_REACH,
      inResult: s.section === 'result',
      unknownBefore: before?.has('ambiguity') ?? false,
      gapBefore: i > 0 && toldInputGap(readableText(sentences[i - 1].text)),
      optionsBefore: !lesson && i - lastOptions <= OPTIONS_REACH,
      troubleBefore:
        !lesson && (before?.has('after-launch') ?? false) && troubleTold(readableText(sentences[i - 1].text)),
    };
    for (const id of read(s.text, context)) seen[i].add(id);
    if (!lesson && (toldLaunch(s.text) || AFTER_PHASE_HEADING.test(readableText(s.text)))) lastLaunch = i;
    if (!lesson && optionsTold(s.text)) lastOptions = i;
    if (lesson) return;
    if (loose && i - loose.at <= OPTIONS_REACH && pickNamesOption(s.text, loose.items)) {
      // The pick makes the list options and itself the choice among them; a cost taken on after it reads as after
      // any options.
      seen[loose.at].add('trade-off');
      seen[i].add('trade-off');
      lastOptions = i;
      loose = undefined;
    } else {
      const items = looseOptions(s.text);
      if (items) loose = { at: i, items };
    }
  });
}
