// The question bank as the screen shows it: our questions and the user's own (marked `own`), filtered
// by competency, and the stories that answer a question best. Computed from the bank wherever it is
// held (the renderer's store); main only writes the user's questions.
import type { QuestionDto, RankedStory } from '../api/channels/questions';
import { activeFramework, competencyName, equivalentCompetencyIds } from '../competencies';
import type { Framework, Question, Settings, Story } from '../domain/schemas';

type FrameworkSource = { frameworks: Framework[]; settings?: Pick<Settings, 'activeFrameworkId'> };
import { allQuestions, BUILT_IN_QUESTIONS } from './question-bank';
import { rankStoriesForQuestion } from './rank-stories';

const BUILT_IN_IDS = new Set(BUILT_IN_QUESTIONS.map((q) => q.id));

export const isBuiltInQuestion = (id: string): boolean => BUILT_IN_IDS.has(id);

/** Every question, ours first; `competencyId` keeps those tagged with it or a corresponding one in another framework. */
export function questionList(own: readonly Question[], competencyId?: string): QuestionDto[] {
  const all = allQuestions({ questions: [...own] }).map((q) => ({ ...q, own: !BUILT_IN_IDS.has(q.id) }));
  if (!competencyId) return all;
  const wanted = new Set([competencyId, ...equivalentCompetencyIds(competencyId)]);
  return all.filter((q) => q.competencies.some((c) => wanted.has(c)));
}

/** The stories that answer the question best, with readiness and the reason in words. */
export function rankedStories(
  question: Question,
  stories: readonly Story[],
  options: {
    readiness: (story: Story) => number;
    frameworks: FrameworkSource;
    limit: number;
    /** The focus of the loop the user is preparing (strongest first), if one is chosen. */
    focus?: readonly string[];
  },
): RankedStory[] {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const active = activeFramework(options.frameworks).id;
  const ranked = rankStoriesForQuestion(question, [...stories], {
    readiness: options.readiness,
    competencyName: (id) => competencyName(id, options.frameworks, active),
    limit: options.limit,
    focus: options.focus,
  });
  return ranked.map((r) => {
    const story = byId.get(r.storyId)!;
    return {
      storyId: r.storyId,
      title: story.title,
      status: story.status,
      score: r.score,
      readiness: Math.round(r.readiness),
      reason: r.reason,
    };
  });
}

/** A question with the loop-focus competencies it probes (ids from the focus, strongest first). */
export interface FocusedQuestion<Q> {
  question: Q;
  focus: string[];
}

/**
 * The questions ranked for a loop's focus: those that probe a focus competency (or a corresponding one in
 * another framework) come first, the one probing the strongest focus first, then those probing more of it;
 * the rest keep their order after them.
 */
export function questionsByFocus<Q extends Pick<Question, 'competencies'>>(
  questions: readonly Q[],
  focus: readonly string[],
): FocusedQuestion<Q>[] {
  const wanted = focus.map((id) => new Set([id, ...equivalentCompetencyIds(id)]));
  const ranked = questions.map((question, order) => {
    const matched = focus.filter((_, k) => question.competencies.some((c) => wanted[k].has(c)));
    const strongest = matched.length === 0 ? focus.length : focus.indexOf(matched[0]);
    return { question, focus: matched, strongest, order };
  });
  ranked.sort((a, b) => a.strongest - b.strongest || b.focus.length - a.focus.length || a.order - b.order);
  return ranked.map(({ question, focus: matched }) => ({ question, focus: matched }));
}
