// "We" without "I": a story that says what "we" did but never what "I" did leaves the interviewer
// unable to credit the speaker. Judged once per story over the Action and Result (the setup, the goal
// and the lesson may say "we" freely); a subjectless "Rewrote the scheduler" counts as the writer's "I".
import type { Token } from '../language/tokenize';
import type { Finding } from '../../types';
import { AMBIGUOUS_PAST, isPastForm } from '../language/verbs';

const SINGULAR = new Set(['i', 'my', 'me', 'myself', 'mine', "i'm", "i've", "i'd", "i'll"]);
const PLURAL = new Set(['we', 'our', 'us', 'ourselves', 'ours', "we're", "we've", "we'd", "we'll"]);

export interface PronounCount {
  singular: number;
  plural: number;
  /** Offsets of the first plural pronoun, relative to the tokens' text. */
  firstPlural?: { start: number; end: number };
}

function pronounOf(lower: string): 0 | 1 | 2 {
  return SINGULAR.has(lower) ? 1 : PLURAL.has(lower) ? 2 : 0;
}

export function countPronouns(tokens: Token[]): PronounCount {
  const count: PronounCount = { singular: 0, plural: 0 };
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const pronoun = t.facts ? (t.facts.pronoun ??= pronounOf(t.lower)) : pronounOf(t.lower);
    if (pronoun === 1) count.singular++;
    else if (pronoun === 2 && !(t.lower === 'us' && t.text === 'US')) {
      count.plural++;
      if (!count.firstPlural) count.firstPlural = { start: t.start, end: t.end };
    }
  }
  return count;
}

/** True when a section says "we" and never "I". */
export function isWeWithoutI(count: PronounCount): boolean {
  return count.plural > 0 && count.singular === 0;
}

const NOT_OWN_VERBS = new Set(['based', 'used', 'called', 'named', 'supposed', 'located', 'needed', 'required']);

/**
 * True when a sentence opens with a past-tense verb and no subject, the resume and bullet style
 * ("Rewrote the scheduler", "**Profiled** the service"): the writer is the implied "I".
 */
export function startsWithOwnVerb(tokens: Token[]): boolean {
  const first = tokens.find((t) => t.kind !== 'symbol');
  if (!first || first.kind !== 'word') return false;
  // Capitalized (or the whole sentence is lower-case bullet text) and a past form.
  return isPastForm(first.lower) && !NOT_OWN_VERBS.has(first.lower) && !AMBIGUOUS_PAST.has(first.lower);
}

/** The "we without I" finding, anchored at the first "we". */
export function weWithoutIFinding(at: { start: number; end: number }): Finding {
  return {
    rule: 'we-without-i',
    severity: 'warning',
    start: at.start,
    end: at.end,
    message: 'Says what "we" did but never what "I" did.',
    suggestion: 'Say which part was yours: "I designed the rollout; we shipped it in two sprints."',
  };
}
