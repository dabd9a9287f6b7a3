// Handlers for Suggest, applying a plan, loop warnings and the question bank.
import type { QuestionDto } from '../../../shared/api/channels/loops-planning';
import { ApiError } from '../../../shared/api/errors';
import { competencyMatcher, competencyName, equivalentCompetencyIds, findFramework, activeFramework, allFrameworks } from '../../../shared/competencies';
import { newId } from '../../../shared/domain/ids';
import { LIMITS } from '../../../shared/domain/limits';
import type { Bank, Loop, Question } from '../../../shared/domain/schemas';
import { STARTER_QUESTIONS } from '../../../shared/practice/starter-questions';
import { suggestStories } from '../../../shared/practice/story-suggestions';
import type { HandlersFor } from '../handler-table';
import { suggestPlan } from './loop-plan-problem';
import { loopWarnings } from './loop-warnings';
import { bankStore, currentBank, readinessOf } from './planning-bank';

function requireLoop(bank: Bank, id: string): Loop {
  const loop = bank.loops.find((l) => l.id === id);
  if (!loop) throw new ApiError('not-found', 'This loop no longer exists. Reload the list of loops.');
  return loop;
}

// The built-in questions. Interim: the drill's starter set until shared/questions (the full bank) lands.
const BUILT_IN: readonly Question[] = STARTER_QUESTIONS;

function allQuestions(bank: Bank): QuestionDto[] {
  return [...BUILT_IN.map((q) => ({ ...q, own: false })), ...bank.questions.map((q) => ({ ...q, own: true }))];
}

function findQuestion(bank: Bank, id: string): QuestionDto {
  const q = allQuestions(bank).find((x) => x.id === id);
  if (!q) throw new ApiError('not-found', 'This question no longer exists.');
  return q;
}

export const loopPlanningHandlers: HandlersFor<
  'suggestLoopPlan' | 'applyLoopPlan' | 'loopWarnings' | 'listQuestions' | 'addQuestion' | 'deleteQuestion' | 'rankStoriesForQuestion'
> = {
  suggestLoopPlan: ({ loopId, keepAssigned }, context) => {
    const bank = currentBank(context);
    return suggestPlan(bank, requireLoop(bank, loopId), readinessOf, keepAssigned);
  },

  applyLoopPlan: async ({ loopId, rounds, expectedUpdatedAt }, context) => {
    const store = bankStore(context);
    const loop = await store.update(
      (bank, now) => {
        const current = requireLoop(bank, loopId);
        if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== current.updatedAt) {
          throw new ApiError('conflict', `The ${current.company} loop was changed elsewhere. Reload it to see the latest plan.`);
        }
        const live = new Set(bank.stories.filter((s) => !s.deletedAt).map((s) => s.id));
        const plan = new Map(rounds.map((r) => [r.roundId, r.storyIds.filter((id) => live.has(id))]));
        const unknown = rounds.find((r) => !current.rounds.some((x) => x.id === r.roundId));
        if (unknown) throw new ApiError('conflict', 'A round of this loop was removed meanwhile. Reload the loop.');
        const at = now.toISOString();
        const next: Loop = {
          ...current,
          rounds: current.rounds.map((r) => ({ ...r, storyIds: plan.get(r.id) ?? r.storyIds })),
          updatedAt: at > current.updatedAt ? at : new Date(Date.parse(current.updatedAt) + 1).toISOString(),
        };
        // "Last used" points at the round a story was newly placed in, so practice knows what is coming up.
        const placedIn = new Map<string, string>();
        for (const r of next.rounds) for (const id of r.storyIds) if (!placedIn.has(id)) placedIn.set(id, r.id);
        const before = new Set(current.rounds.flatMap((r) => r.storyIds));
        const stories = bank.stories.map((s) => (placedIn.has(s.id) && !before.has(s.id)
          ? { ...s, lastUsed: { loopId, roundId: placedIn.get(s.id)!, at } } : s));
        return { ...bank, stories, loops: bank.loops.map((l) => (l.id === loopId ? next : l)) };
      },
      (bank) => requireLoop(bank, loopId),
    );
    return { loop, warnings: loopWarnings(store.bank, loop) };
  },

  loopWarnings: ({ loopId }, context) => {
    const bank = currentBank(context);
    return { warnings: loopWarnings(bank, requireLoop(bank, loopId)) };
  },

  listQuestions: ({ competencyId }, context) => {
    const bank = currentBank(context);
    const all = allQuestions(bank);
    if (!competencyId) return { questions: all };
    // A question counts for a competency when tagged with it or with a corresponding one in another framework.
    const wanted = new Set([competencyId, ...equivalentCompetencyIds(competencyId)]);
    return { questions: all.filter((q) => q.competencies.some((c) => wanted.has(c))) };
  },

  addQuestion: ({ text, competencies }, context) => {
    const store = bankStore(context);
    const question: Question = { id: newId('question'), text, competencies };
    return store.update(
      (bank) => {
        if (bank.questions.length >= LIMITS.questions) throw new ApiError('too-large', `A bank can hold at most ${LIMITS.questions} questions of your own.`);
        return { ...bank, questions: [...bank.questions, question] };
      },
      () => ({ ...question, own: true }),
    );
  },

  deleteQuestion: async ({ id }, context) => {
    const store = bankStore(context);
    await store.update(
      (bank) => {
        if (!bank.questions.some((q) => q.id === id)) {
          throw new ApiError(BUILT_IN.some((q) => q.id === id) ? 'invalid-request' : 'not-found',
            BUILT_IN.some((q) => q.id === id) ? 'Built-in questions cannot be deleted.' : 'This question no longer exists.');
        }
        return { ...bank, questions: bank.questions.filter((q) => q.id !== id) };
      },
      () => undefined,
    );
    return { deleted: true as const };
  },

  rankStoriesForQuestion: (request, context) => {
    const bank = currentBank(context);
    const question = 'questionId' in request ? findQuestion(bank, request.questionId) : { text: request.text, competencies: request.competencies };
    const framework = activeFramework(bank);
    // Map the question's tags onto the active framework too, so stories tagged in it are found.
    const mapped = [...competencyMatcher(framework, allFrameworks(bank))(question.competencies).keys()];
    const tags = [...new Set([...question.competencies, ...mapped])];
    const ranked = suggestStories({ competencies: tags }, bank.stories, (id) => competencyName(id, bank, findFramework(framework.id, bank)?.id))
      .sort((a, b) => b.matched.length - a.matched.length || readinessOf(b.story) - readinessOf(a.story))
      .slice(0, request.limit);
    return {
      ranked: ranked.map((r) => ({
        storyId: r.story.id, title: r.story.title, status: r.story.status, score: r.matched.length,
        reason: r.reason.charAt(0).toUpperCase() + r.reason.slice(1),
      })),
    };
  },
};
