// What the Practice view needs, in one hook, all from the bank store: the live stories, loops,
// questions and target band, and a way to log an attempt (the store applies the server's answer, so
// every view sees the new rehearsal at once).
import { useCallback, useMemo } from 'react';
import { useBank, useBankStore } from '../../data/bank-context';
import { activeFramework, competencyName } from '#shared/competencies/frameworks';
import type { Framework, InterviewEntry, Loop, Question, Story } from '#shared/domain/schemas';
import { allQuestions } from '#shared/questions/question-bank';
import type { TargetBand } from '#shared/practice/progress';

export interface AttemptInput {
  storyId: string;
  seconds: number;
  rating?: number;
  note?: string;
  questionId?: string;
  questionText?: string;
  /** An answer in the follow-up round. */
  followUp?: boolean;
  at: string;
}

export interface PracticeData {
  status: 'loading' | 'ready' | 'error';
  error?: string;
  stories: readonly Story[];
  loops: readonly Loop[];
  questions: readonly Question[];
  /** The interview log: "Questions you were asked" draws from it. */
  interviews: readonly InterviewEntry[];
  framework: Framework;
  target: TargetBand;
  nameOf: (competencyId: string) => string;
  logAttempt(input: AttemptInput): Promise<Story>;
}

const DEFAULT_TARGET: TargetBand = { min: 90, max: 120 };

export function usePracticeData(): PracticeData {
  const store = useBankStore();
  const bank = useBank();

  const logAttempt = useCallback(
    ({ storyId, ...attempt }: AttemptInput) => store.addRehearsal({ storyId, ...attempt }),
    [store],
  );

  const frameworkSource = useMemo(
    () => ({ frameworks: [...bank.frameworks], settings: bank.settings ?? undefined }),
    [bank.frameworks, bank.settings],
  );
  const nameOf = useCallback((id: string) => competencyName(id, frameworkSource), [frameworkSource]);
  const framework = useMemo(() => activeFramework(frameworkSource), [frameworkSource]);
  // The built-in question bank and the user's own questions.
  const questions = useMemo(() => allQuestions({ questions: [...bank.questions] }), [bank.questions]);

  return {
    status: bank.status,
    error: bank.loadError,
    stories: bank.stories,
    loops: bank.loops,
    questions,
    interviews: bank.interviews,
    framework,
    target: bank.settings?.targetSeconds ?? DEFAULT_TARGET,
    nameOf,
    logAttempt,
  };
}
