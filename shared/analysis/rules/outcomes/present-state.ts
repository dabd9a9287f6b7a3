// A Result told as the state things are in now, in the present tense: "Analysts trust the numbers
// again", "Nobody rebuilds the dashboards anymore", "Finance is happy with it", "The job runs without
// problems every night", "Customers love the tracker". In a Result these are what came of the work
// (an outcome with no number), and so is a group or the people served using or telling about the
// work ("Managers use it in their Monday call", "Guests mention it in reviews"); the same present
// tense with no such cue is context ("The client submits 1,000 orders a day"), and "still" marks a
// state the work did not change ("The job still runs on the old server"). Read for Result sentences
// only, after result-report.ts finds no event.
import type { Token } from '../language/tokenize';
import {
  PEOPLE_GROUPS,
  SERVED_PEOPLE,
  USE_VERBS,
  FALLEN_TROUBLES,
  PROBLEM_NOUNS,
  QUALITY_NOUNS,
  RISEN_MEASURES,
  STATE_NEGATORS,
  TROUBLE_MODIFIERS,
  lemmaSet,
} from '../language/lexicon';

/** Adverbs that say a state was reached or a problem ended. */
const REACHED = new Set(['again', 'anymore', 'nowadays', 'finally']);
/** Two-word forms of the same ("any more", "a thing of the past"); a good state tied to "since" or "these days" is result-report.ts's. */
const REACHED_PAIRS: readonly [string, string][] = [
  ['any', 'more'],
  ['of', 'the'], // "a thing of the past" (checked with the next word below)
];
/** States that are the trouble, not its end: "The site is down again" is no result. */
const BAD_STATES = new Set([
  'down',
  'slow',
  'slower',
  'broken',
  'failing',
  'late',
  'worse',
  'overloaded',
  'behind',
  'stuck',
  'unhappy',
  'angry',
  'frustrated',
  'unstable',
  'flaky',
]);
/** Troubles a state is "without" when the work removed them. */
const TROUBLES = new Set([
  'problems',
  'issues',
  'errors',
  'incidents',
  'complaints',
  'drama',
  'failures',
  'hiccups',
  'surprises',
  'escalations',
  'delays',
  'trouble',
  'crashes',
]);
/** Verbs of copula or feeling that link a subject to its state ("is", "feel", "seems"). */
const LINKS = new Set(['is', 'are', "'s", "'re", 'feel', 'feels', 'seem', 'seems', 'look', 'looks', 'sound', 'sounds']);
/** Degree words between the link and the state ("is a lot less stressed", "much happier"). */
const DEGREE = new Set(['a', 'lot', 'much', 'very', 'really', 'so', 'far', 'way', 'quite', 'genuinely', 'actually']);
/**
 * How the work left the people it served ("is happy with it", "is a lot less stressed"), or a trouble
 * that went ("Her confidence is back", "Calls are rare"). A system's property with no tie to the change
 * ("The reports are reliable") may be a description: result-report.ts reads it only when anchored.
 */
const GOOD_STATES = new Set([
  'happy',
  'happier',
  'pleased',
  'delighted',
  'thrilled',
  'satisfied',
  'glad',
  'relieved',
  'confident',
  'calm',
  'calmer',
  'quiet',
  'quieter',
  'fair',
  'fairer',
  'less',
  'back',
  'rare',
]);
/** Present verbs of liking and trust: what the people served think of the result. */
const LIKING = new Set([
  'love',
  'loves',
  'like',
  'likes',
  'trust',
  'trusts',
  'enjoy',
  'enjoys',
  'appreciate',
  'appreciates',
  'praise',
  'praises',
  'rave',
  'rely',
  'relies',
]);
/** Words that keep a sentence from telling a state the work reached. */
const BLOCKERS = new Set(['still', 'would', 'should', 'could', 'might', 'may', 'will', 'if', 'i', 'we', 'was', 'were']);

export interface PresentState {
  /** The cue that tells the reached state, offsets relative to the sentence. */
  start: number;
  end: number;
}

const isTrouble = (x: string) =>
  PROBLEM_NOUNS.has(x) ||
  FALLEN_TROUBLES.has(x) ||
  PROBLEM_NOUNS.has(`${x}s`) ||
  FALLEN_TROUBLES.has(`${x}s`) ||
  TROUBLE_MODIFIERS.has(x);

/**
 * A measure told in the present as having moved the right way: a trouble that is down ("returns are
 * down", "complaints are way down") or a quality that is up ("attendance is up", "sales are up"). The
 * index of "down" or "up", or undefined; "the site is down" names no trouble that can fall.
 */
function movedMeasure(w: string[]): number | undefined {
  for (let i = 1; i < w.length; i++) {
    if (!LINKS.has(w[i]) || STATE_NEGATORS.has(w[i - 1])) continue;
    let k = i + 1;
    while (k < w.length && k - i <= 3 && DEGREE.has(w[k])) k++;
    if (w[k] !== 'down' && w[k] !== 'up') continue;
    const subject = w.slice(0, i);
    // A trouble's name split at its hyphen ("stock-outs") is read joined.
    const trouble = subject.some((x, j) => isTrouble(x) || (j + 1 < subject.length && isTrouble(x + subject[j + 1])));
    if (w[k] === 'down' ? trouble : !trouble && subject.some((x) => QUALITY_NOUNS.has(x) || RISEN_MEASURES.has(x)))
      return k;
  }
  return undefined;
}

/** Verbs of telling about the work, looked up by lemma: "guests mention it in reviews", "parents recommend it". */
const TELL_VERBS = lemmaSet('present-tell-verbs', ['mention', 'recommend', 'quote', 'cite']);
/** Words that may open the people's noun phrase: "most managers", "the new starters", "our regulars". */
const GROUP_LEADS = new Set(['the', 'our', 'my', 'most', 'all', 'many', 'both', 'new', 'other', 'every', 'some']);

/**
 * Others using or telling about the work, told in the present: "Managers use it in their Monday call",
 * "Candidates mention it in their feedback", "The night nurses rely on the sheet". In a Result this is
 * the state the work reached (RUBRIC-NOTES agreement, approval and adoption). The subject must be a
 * group at work or the people a service serves (a listed noun, in at most four words from the start)
 * and its first verb the present use or tell verb; a wish or a need ("managers want to use it") has
 * another verb first, and a complaint names no use. The index of the verb, or undefined.
 */
function othersUseAt(w: string[]): number | undefined {
  let i = 0;
  while (i < w.length && i < 3 && GROUP_LEADS.has(w[i])) i++;
  let k = i;
  while (k < w.length && k - i < 3 && !isPresentUse(w[k])) k++;
  if (k === i || k >= w.length || !isPresentUse(w[k])) return undefined;
  if (!PEOPLE_GROUPS.has(w[k - 1]) && !SERVED_PEOPLE.has(w[k - 1])) return undefined;
  return w[k + 1] === undefined ? undefined : k;
}

function isPresentUse(x: string): boolean {
  // Present forms only: "use", "uses", "mentions" (not "used", "mentioning").
  if (x.endsWith('ed') || x.endsWith('ing')) return false;
  return TELL_VERBS.has(x) || USE_VERBS.has(x);
}

/** The cue of a Result sentence told as a present state the work reached, or undefined. */
export function presentState(tokens: Token[]): PresentState | undefined {
  const words = tokens.filter((t) => t.kind !== 'symbol');
  if (words.length < 2 || words.some((t) => t.kind === 'number' || BLOCKERS.has(t.lower))) return undefined;
  const w = words.map((t) => t.lower);
  const at = (i: number): PresentState => ({ start: words[i].start, end: words[i].end });
  const moved = movedMeasure(w);
  if (moved !== undefined) return at(moved);
  if (w.some((x) => BAD_STATES.has(x))) return undefined;
  const use = othersUseAt(w);
  if (use !== undefined) return at(use);
  for (let i = 0; i < w.length; i++) {
    if (REACHED.has(w[i])) return at(i);
    if (REACHED_PAIRS.some(([a, b]) => w[i] === a && w[i + 1] === b && (a !== 'of' || w[i + 2] === 'past')))
      return at(i);
    if (w[i] === 'without' && TROUBLES.has(w[i + 1])) return at(i);
    const negated = STATE_NEGATORS.has(w[i - 1]) || STATE_NEGATORS.has(w[i - 2]);
    if (LIKING.has(w[i]) && i > 0 && !negated) return at(i);
    if (LINKS.has(w[i]) && w[i + 1] === 'that') return undefined; // "The problem is that …"
    if (LINKS.has(w[i]) && i > 0 && !negated) {
      let k = i + 1;
      while (k < w.length && k - i <= 3 && DEGREE.has(w[k]) && !GOOD_STATES.has(w[k])) k++;
      if (GOOD_STATES.has(w[k]) && !STATE_NEGATORS.has(w[k + 1])) return at(k);
    }
  }
  return undefined;
}
