// Draws the next drill question: at random, for one competency, or for an interview loop (a round's
// focus competencies). The random source is a parameter so draws are reproducible in tests; recently
// asked questions are avoided while others remain.
import { equivalentCompetencyIds } from '../competencies/map-competencies';
import type { InterviewEntry, Loop, Question, Round } from '../domain/schemas';
import { askedQuestionsForPractice, type AskedForPractice } from '../interview-log/asked-questions';

export type DrillSource =
  | { kind: 'random' }
  | { kind: 'competency'; competencyId: string }
  | { kind: 'loop'; loopId: string; roundId?: string }
  /** Questions really asked in logged rounds, the ones answered worst first. */
  | { kind: 'asked' };

export interface DrawnQuestion {
  question: Question;
  /** The round the question was drawn for (loop draws only). */
  round?: Round;
  loop?: Loop;
  /** The competencies the draw targeted that this question asks about. */
  targets: string[];
  /** For 'asked' draws: where the question was asked and how the answer went. */
  asked?: AskedForPractice;
}

export interface DrawInput {
  questions: readonly Question[];
  source: DrillSource;
  loops?: readonly Loop[];
  /** Ids of questions asked recently, most recent last; avoided while any other question fits. */
  recent?: readonly string[];
  /** A number in [0, 1), like Math.random. */
  random: () => number;
  /** The interview log, for 'asked' draws. */
  interviews?: readonly InterviewEntry[];
}

/** A question from the log as a drill question: the bank's own when it was picked from the bank. */
function askedAsQuestion(asked: AskedForPractice, index: number, questions: readonly Question[]): Question {
  const known = asked.questionId === undefined ? undefined : questions.find((q) => q.id === asked.questionId);
  return known ?? { id: `asked.${index}`, text: asked.text, competencies: [] };
}

const widen = (ids: readonly string[]) => new Set(ids.flatMap((id) => [id, ...equivalentCompetencyIds(id)]));

/** Questions asking about any of the competencies (counting equivalent ids across frameworks). */
export function drillQuestionsFor(questions: readonly Question[], competencyIds: readonly string[]): Question[] {
  const wanted = widen(competencyIds);
  return questions.filter((q) => q.competencies.some((c) => wanted.has(c)));
}

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  if (items.length === 0) return undefined;
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))];
}

function pickFresh(pool: readonly Question[], recent: readonly string[], random: () => number): Question | undefined {
  const seen = new Set(recent);
  const fresh = pool.filter((q) => !seen.has(q.id));
  if (fresh.length > 0) return pick(fresh, random);
  // Everything was asked recently: take the one asked longest ago.
  const order = new Map(recent.map((id, i) => [id, i]));
  return [...pool].sort((a, b) => (order.get(a.id) ?? -1) - (order.get(b.id) ?? -1))[0];
}

function targetsOf(question: Question, competencyIds: readonly string[]): string[] {
  return competencyIds.filter((id) => {
    const w = widen([id]);
    return question.competencies.some((c) => w.has(c));
  });
}

/** The next question for the source, or undefined when no question fits it. */
export function drawQuestion({
  questions,
  source,
  loops = [],
  recent = [],
  random,
  interviews = [],
}: DrawInput): DrawnQuestion | undefined {
  if (source.kind === 'asked') {
    const asked = askedQuestionsForPractice(interviews);
    const pool = asked.map((a, i) => ({ asked: a, question: askedAsQuestion(a, i, questions) }));
    // Order matters here (worst first), so take the first one not asked recently rather than a random one.
    const seen = new Set(recent);
    const next = pool.find((p) => !seen.has(p.question.id)) ?? pool[0];
    return next && { question: next.question, targets: next.question.competencies, asked: next.asked };
  }
  if (source.kind === 'random') {
    const question = pickFresh(questions, recent, random);
    return question && { question, targets: [] };
  }
  if (source.kind === 'competency') {
    const question = pickFresh(drillQuestionsFor(questions, [source.competencyId]), recent, random);
    return question && { question, targets: [source.competencyId] };
  }
  const loop = loops.find((l) => l.id === source.loopId);
  if (!loop) return undefined;
  const rounds = loop.rounds.filter(
    (r) =>
      (source.roundId === undefined || r.id === source.roundId) && drillQuestionsFor(questions, r.focus).length > 0,
  );
  const round = pick(rounds, random);
  if (!round) return undefined;
  const question = pickFresh(drillQuestionsFor(questions, round.focus), recent, random);
  return question && { question, round, loop, targets: targetsOf(question, round.focus) };
}
