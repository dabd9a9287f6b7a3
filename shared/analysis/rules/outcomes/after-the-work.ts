// WHEN of an outcome told as a thing's state or change (RUBRIC.md: "an effect beyond the action itself"): the
// change must come AFTER the writer's work, or it is the setting, the problem or a cost. The definition, as where the
// sentence stands:
// - the sentence itself tells the writer's act before the change ("Rewrote the letter; appeals fell away", "I've run
//   the club, which now …") or after it behind "after", "since", "once", "following" ("… fell away after my letter");
// - the sentence stands in a story's Result;
// - the sentence comes after the writer's act in the same story field (the story's order: an earlier sentence of the
//   field is the writer's claim) and is not context — a Situation, Task or Reflection is refused by the caller, a
//   plan, hope or question is vetoed before any reader runs, a state before the story (a past perfect) by the reader;
// - the sentence is a free line (a résumé or portfolio line, read with no section): a line a writer lists stands for
//   their work by its kind ("Our Ridgeway Blue is now on the cheese counter at eleven delis").
// Refused by meaning, wherever it stands: the writer's act told after the change in the same sentence ("The
// requirements grew, so I coordinated …": the problem the act answered), another party's act told before it ("The
// council resurfaced the car park, and the puddles have gone": their result). How strong the change must be follows from
// how weakly the place anchors it: with the act in the sentence any change or state is after the work; in a Result,
// after the act or on a free line a fall must be a trouble's (a good thing that fell is a cost or a choice:
// "Attendance went down"); after a claim the next sentence points back to ("This …") only a plainly good change.
import type { Token } from '../language/tokenize';
import type { StorySection } from '../../domain-types';
import { writerActsBefore, type ClauseActor } from '../voices/clause-actors';

/** Where the sentence stands: its section and the story's order before it. */
export interface WorkOrder {
  section: StorySection | undefined;
  /** The sentence before it in the same section is the writer's claim and points back at it ("This cut …"). */
  afterClaim: boolean;
  /** An earlier sentence of the same field is the writer's claim: the act came before this sentence. */
  afterAct: boolean;
}

/** How good the change is: 'good' a gain or a trouble gone, 'fall' a good or neutral thing less, 'other' the rest. */
export type ChangeWorth = 'good' | 'fall' | 'other';

/** Links behind which the writer's act, told after the change, came first: "… fell away after I rewrote the letter". */
const AFTER_LINKS = new Set(['after', 'since', 'once', 'following']);
/** Openers of the writer's clause that put the act in no order before the change ("before I arrived", "when we …"). */
export const NOT_BEFORE_OPENERS: ReadonlySet<string> = new Set([
  'before',
  'until',
  'till',
  'when',
  'whenever',
  'while',
  'whilst',
  'if',
  'unless',
]);
/** The writer's possessives: "after my new letter", "since our change", "Our Ridgeway Blue …". */
const WRITER_POSSESSIVES = new Set(['my', 'our']);

/** A clause of the writer's: "I"/"we" (or the writer in a joint subject) with a finite or progressive verb. */
export function isWriterAct(w: ClauseActor): boolean {
  return (w.kind === 'writer' || w.kind === 'group') && w.verb >= 0 && (w.form === 'finite' || w.form === 'gerund');
}

/** A clause of another party's ("the council resurfaced …"): an active finite verb, its subject no thing. */
function isOthersAct(w: ClauseActor): boolean {
  return w.kind === 'other' && w.verb >= 0 && w.form === 'finite' && !w.passive && !w.relative;
}

/**
 * Whether the sentence tells the writer's act before the change of clause `c`: a clause of the writer's (or a line's
 * lead act) before it, not opened by "before", "when" or "if"; or, after it, a writer's clause or the writer's work
 * ("my new letter") behind "after", "since", "once", "following".
 */
export function writerActFirst(words: Token[], clauses: readonly ClauseActor[], c: ClauseActor): boolean {
  const act = clauses.find((w) => w !== c && w.end < c.start && isWriterAct(w));
  if (act !== undefined) return !NOT_BEFORE_OPENERS.has(words[act.start].lower);
  if (c.subject !== undefined && writerActsBefore(words, c.subject.from)) return true;
  if (workNamedAfter(words, c.end + 1)) return true;
  // "Since the new rota, the nurses have …": a phrase before the clause that dates it from the work.
  const lead = clauses.find((w) => w.end < c.start && w.verb < 0);
  return lead !== undefined && workNamedAfter(words, lead.start);
}

/**
 * Whether an after-link at or just after `from` names the writer's work: "after I …", "since my letter", "once we
 * …", or a new thing of the work ("since the new rota", "after the new sizing chart").
 */
function workNamedAfter(words: Token[], from: number): boolean {
  for (let k = from; k < words.length && k <= from + 3; k++) {
    if (!AFTER_LINKS.has(words[k].lower)) continue;
    for (let j = k + 1; j < words.length && j <= k + 4; j++) {
      const l = words[j].lower;
      if (WRITER_POSSESSIVES.has(l) || l === 'i' || l === 'we' || l === 'me') return true;
      if (l === 'new' && j <= k + 2) return true;
    }
  }
  return false;
}

/** Whether the clause's subject is the writer's own thing: "our"/"my" among its first words, to its head. */
function ownSubject(words: Token[], c: ClauseActor): boolean {
  if (c.subject === undefined) return false;
  for (let k = c.subject.from; k <= c.subject.to && k <= c.subject.from + 4; k++)
    if (WRITER_POSSESSIVES.has(words[k].lower)) return true;
  return false;
}

/**
 * Whether clause `c`'s change or state, of the worth given, stands after the writer's work (see the head of this
 * file): by the act in the sentence, the Result section, the story's order, or a free line's kind.
 */
export function standsAfterWork(
  words: Token[],
  clauses: readonly ClauseActor[],
  c: ClauseActor,
  order: WorkOrder,
  worth: ChangeWorth,
): boolean {
  if (writerActFirst(words, clauses, c)) return true;
  if (order.section === 'result') return worth !== 'fall';
  if (order.afterClaim && worth === 'good') return true;
  // The writer's act told after the change ("The requirements grew, so I coordinated …", "Sales fell before I
  // joined"): the change was the problem the act answered, context before the work wherever the sentence stands.
  if (clauses.some((w) => w.start > c.end && isWriterAct(w))) return false;
  // Another party's act told before the change ("The council resurfaced the car park, and the puddles have gone"):
  // the change is that party's result, not the writer's.
  if (clauses.some((w) => w.end < c.start && isOthersAct(w))) return false;
  if (order.afterAct) return worth !== 'fall';
  // A free line lists the writer's work by its kind ("Our Ridgeway Blue is now on the cheese counter at eleven
  // delis"): any change or state but a fall of a thing that is no trouble, which is as often the market or a cost.
  if (order.section !== undefined || worth === 'fall') return false;
  return worth === 'good' || ownSubject(words, c);
}
