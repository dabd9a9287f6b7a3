// The STAR section a question heading asks for, read from the question's shape rather than from a list of
// questions: who it is asked of (the writer — "you", "I", "we" — or the work itself — "it", "things", "this"),
// which auxiliary carries it (a past "did", a progressive "was … -ing", a hypothetical "would"), and the
// kind of verb or noun it asks about:
//   Situation — the scene in the progressive or a state of trouble ("What was going on?", "What were you
//     up against?", "What was at stake?", "Where did things stand?"), or what made it matter ("Why did
//     it matter?", "Why was this urgent?": the stakes at the top of a story, its impact after the Action);
//   Task — the writer's obligation or aim ("What did you need to do?", "What were you asked to do?");
//   Action — any other act the writer did ("What did you do?", "How did you handle it?");
//   Result — what came of the work ("What happened in the end?", "How did it turn out?", "What changed?",
//     "Did it work?", "What did you achieve?");
//   Reflection — what the writer learned or would do otherwise ("What did you learn?", "What would you do
//     differently?", "What would I change?");
//   and a question about a section's own noun ("What was the impact?", "What steps did you take?", "And the
//     result?") takes that noun's section (SECTION_HEADING_WORDS).
// A question about someone or something else ("Why did the model drift?", "What did the auditors want?") names
// no section: it is the story's own text. Whether the question stands where a heading stands (alone on its
// line, marked up, before a colon) is section-headings.ts's call.
import type { StorySection } from './domain-types';
import {
  QUESTION_ACHIEVE_VERBS,
  QUESTION_AIM_VERBS,
  QUESTION_LESSON_VERBS,
  QUESTION_OUTCOME_VERBS,
} from './rules/language/lexicon';

export interface QuestionSection {
  section: StorySection;
  /** The section the question names once the Action has been told (the stakes become the impact). */
  afterAction?: StorySection;
}

/** Words that may open a heading's question without asking anything ("Q: And the result?", "So, what changed?"). */
const LEADS = new Set(['q', 'question', 'and', 'so', 'then', 'ok', 'okay', 'finally', 'lastly', 'now', 'well']);
/** The writer as the one asked, alone or with their team. */
const WRITER = new Set(['you', 'i', 'we']);
/** The work itself as the subject: "How did it go?", "Why did this matter?", "Where did things end up?". */
const WORK = new Set(['it', 'this', 'that', 'things', 'everything', 'all']);
const PAST_DO = new Set(['did', 'do', 'does']);
const BE = new Set(['was', 'were', 'is', 'are']);
/** Auxiliaries of a hypothetical: asked of the writer, the answer is what they would do otherwise. */
const HYPOTHETICAL = new Set(['would', 'could', 'should', 'might', "'d"]);

/** Past verbs of change, asked with "what" as their subject: "What changed?", "What improved?". */
const CHANGED = new Set(['changed', 'improved']);
/** Verbs and predicates of what made the work matter: "Why did it matter?", "Why was this urgent?". */
const STAKES = new Set(['matter', 'mattered', 'matters', 'count', 'important', 'urgent', 'critical', 'needed']);
/** Predicates of a scene in trouble: "What was wrong?", "What was broken?", "What was at stake?". */
const TROUBLE = new Set(['wrong', 'broken', 'failing', 'stake', 'happening']);
/** The other words of a time phrase after "What happened": "in the end", "as a result", "after that". */
const TIME_WORDS = new Set(['in', 'the', 'as', 'a', 'result', 'that']);
/** States the writer was in, after the copula: "What were you up against?", "What were you stuck on?". */
const SCENE_STATES = new Set(['up', 'stuck', 'against']);
/** After "What happened", words that put it after the work: "What happened next / in the end / afterwards?". */
const LATER = new Set(['next', 'then', 'after', 'afterwards', 'afterward', 'end', 'later', 'eventually', 'finally']);

/**
 * The section a question asks for (see the file comment), from its words (lower case, apostrophes kept) and
 * a reader of section nouns (section-headings.ts's phrase table: the phrase after up to two qualifiers, and
 * nothing after it when `whole`), or undefined when it is no heading's question.
 */
export function questionSection(
  words: readonly string[],
  sectionOf: (words: readonly string[], whole: boolean) => StorySection | undefined,
  bare = false,
): QuestionSection | undefined {
  let at = 0;
  while (at < 2 && LEADS.has(words[at])) at++;
  const w = words.slice(at);
  if (w.length === 0 || w.length > 12) return undefined;
  const [first] = w;
  // "And the result?", "Your takeaways?": a section's noun asked on its own.
  const named = first === 'what' || first === 'how' ? undefined : sectionOf(w, true);
  if (named) return { section: named };
  if (first === 'did' || first === 'does' || HYPOTHETICAL.has(first)) return yesNoQuestion(w);
  if (!['what', 'how', 'why', 'where', 'which'].includes(first)) return undefined;
  // The subject and the verb: after the auxiliary ("what did you do", "how did it go", "what were you
  // facing"), or the question word itself asks for the subject ("what happened", "what changed").
  let k = 1;
  // "What steps did you take?", "What lessons do you draw?": the noun after the question word names it.
  if (!isAuxiliary(w[k]) && w[k] !== undefined) {
    const noun = sectionOf(w.slice(k, k + 1), true);
    if (noun && isAuxiliary(w[k + 1])) return { section: noun };
  }
  const aux = w[k];
  if (aux === undefined) return undefined;
  if (!isAuxiliary(aux)) return subjectQuestion(first, w.slice(1), bare);
  k++;
  // Typed without its mark, a question holds one verb group: "What happened was simple" is a sentence.
  if (bare && w.slice(k + 2).some(isAuxiliary)) return undefined;
  const subject = w[k];
  // "What was the impact?", "What were your key learnings?": the copula and a section noun.
  if (BE.has(aux)) {
    const phrase = sectionOf(w.slice(k), false);
    if (phrase) return { section: phrase };
  }
  if (first === 'why') return stakes(w.slice(k)) ? { section: 'situation', afterAction: 'result' } : undefined;
  if (HYPOTHETICAL.has(aux)) return WRITER.has(subject) ? { section: 'reflection' } : undefined;
  const writer = WRITER.has(subject);
  const work = WORK.has(subject);
  const verb = w[k + 1];
  if (BE.has(aux)) {
    // "What were you asked to do?", "What were you trying to fix?": the writer's obligation or aim.
    if (writer && QUESTION_AIM_VERBS.has(verb) && (w[k + 2] === 'to' || w[k + 2] === 'of')) return { section: 'task' };
    // "What was going on?", "What were you facing?", "What was wrong?", "What was at stake?": the scene.
    if (first === 'what' && (TROUBLE.has(subject) || (subject === 'at' && w[k + 1] === 'stake')))
      return { section: 'situation' };
    if (first === 'what' && subject === 'going' && w[k + 1] === 'on') return { section: 'situation' };
    if ((writer || work) && (verb?.endsWith('ing') || SCENE_STATES.has(verb))) return { section: 'situation' };
    return undefined;
  }
  if (!PAST_DO.has(aux)) return undefined;
  if (first === 'where') {
    // "Where did things stand?" is the scene; "Where did you end up?", "Where did it land?" what came of it.
    if ((writer || work) && verb === 'stand') return { section: 'situation' };
    if ((writer || work) && (verb === 'land' || (verb === 'end' && w[k + 2] === 'up'))) return { section: 'result' };
    return undefined;
  }
  if (writer) {
    // "take" is a lesson only taken away or from the story ("What did you take from it?").
    if (QUESTION_LESSON_VERBS.has(verb) && (verb !== 'take' || w[k + 2] === 'away' || w[k + 2] === 'from'))
      return { section: 'reflection' };
    if (QUESTION_AIM_VERBS.has(verb) && w[k + 2] === 'to') return { section: 'task' };
    if (QUESTION_ACHIEVE_VERBS.has(verb)) return { section: 'result' };
    if (verb === 'end' && w[k + 2] === 'up') return { section: 'result' };
    return verb === undefined ? undefined : { section: 'action' };
  }
  if (work) {
    // "What did it teach you?"; "How did it go?", "What did this change?", "What did it lead to?".
    if (QUESTION_LESSON_VERBS.has(verb)) return { section: 'reflection' };
    if (QUESTION_OUTCOME_VERBS.has(verb)) return { section: 'result' };
  }
  return undefined;
}

const isAuxiliary = (word: string | undefined) =>
  word !== undefined && (PAST_DO.has(word) || BE.has(word) || HYPOTHETICAL.has(word));

/**
 * A question whose subject is its question word: "What happened?" (the setup, or what came of the work
 * after the Action), "What happened in the end?", "What changed?", "What came of it?", "What helped?".
 */
function subjectQuestion(first: string, rest: readonly string[], bare: boolean): QuestionSection | undefined {
  if (first !== 'what') return undefined;
  const [verb] = rest;
  // Typed without its mark, only the time after it may follow ("What happened in the end"): "What happened
  // next surprised everyone" is a sentence.
  if (bare && !rest.slice(1).every((x) => LATER.has(x) || TIME_WORDS.has(x))) return undefined;
  if (verb === 'happened') {
    if (rest.slice(1).some((x) => LATER.has(x))) return { section: 'result' };
    return { section: 'situation', afterAction: 'result' };
  }
  // "What changed?", "What improved for the team?", "What came of it?".
  if (rest.length <= 4 && CHANGED.has(verb)) return { section: 'result' };
  if (rest.length <= 3 && verb === 'came' && rest[1] === 'of') return { section: 'result' };
  return undefined;
}

/** "Did it work?", "Did it pay off?" (what came of it); "Would you do it again?" (the lesson). */
function yesNoQuestion(w: readonly string[]): QuestionSection | undefined {
  const [aux, subject, verb] = w;
  if (HYPOTHETICAL.has(aux)) return WRITER.has(subject) ? { section: 'reflection' } : undefined;
  if (WORK.has(subject) && QUESTION_OUTCOME_VERBS.has(verb)) return { section: 'result' };
  return undefined;
}

/** After "why" and its auxiliary: the work and what made it matter ("it matter", "this so urgent"). */
function stakes(w: readonly string[]): boolean {
  if (!WORK.has(w[0])) return false;
  return w.slice(1, 4).some((x) => STAKES.has(x));
}
