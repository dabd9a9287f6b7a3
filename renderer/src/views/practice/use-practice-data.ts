// What the Practice view needs, in one hook: the live stories from the shared bank store, plus the
// loops, questions and target band read once from the API (the bank store does not hold them), and
// a way to log an attempt. A logged attempt shows at once (the API answers with the updated story),
// then the bank store re-reads the list so every view sees it.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from '../../api/api-context';
import { useBank, useBankStore } from '../../data/bank-context';
import { messageOf } from '../../data/bank-store';
import { activeFramework, competencyName } from '../../../../shared/competencies/frameworks';
import type { Framework, Loop, Question, Story } from '../../../../shared/domain/schemas';
import { allQuestions } from '../../../../shared/questions/question-bank';
import type { TargetBand } from '../../../../shared/practice/progress';

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
  framework: Framework;
  target: TargetBand;
  nameOf: (competencyId: string) => string;
  logAttempt(input: AttemptInput): Promise<Story>;
}

const DEFAULT_TARGET: TargetBand = { min: 90, max: 120 };

export function usePracticeData(): PracticeData {
  const api = useApi();
  const store = useBankStore();
  const bank = useBank();
  const [extra, setExtra] = useState<{ loops: Loop[]; questions: Question[] } | null>(null);
  const [error, setError] = useState<string | undefined>();
  // Stories as the API returned them after logging, until the bank store has caught up.
  const [logged, setLogged] = useState<ReadonlyMap<string, Story>>(new Map());

  useEffect(() => {
    let live = true;
    api.getBank({}).then(
      (b) => live && setExtra({ loops: b.loops, questions: b.questions }),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const stories = useMemo(
    () =>
      bank.stories.map((s) => {
        const fresh = logged.get(s.id);
        return fresh && fresh.rehearsals.length > s.rehearsals.length ? { ...s, rehearsals: fresh.rehearsals } : s;
      }),
    [bank.stories, logged],
  );

  const logAttempt = useCallback(
    async ({ storyId, ...attempt }: AttemptInput) => {
      const story = await api.addRehearsal({ storyId, ...attempt });
      setLogged((m) => new Map(m).set(story.id, story));
      void store.refresh().catch(() => undefined);
      return story;
    },
    [api, store],
  );

  const frameworkSource = useMemo(
    () => ({ frameworks: [...bank.frameworks], settings: bank.settings ?? undefined }),
    [bank.frameworks, bank.settings],
  );
  const nameOf = useCallback((id: string) => competencyName(id, frameworkSource), [frameworkSource]);
  const framework = useMemo(() => activeFramework(frameworkSource), [frameworkSource]);
  // The built-in question bank and the user's own questions.
  const questions = useMemo(() => allQuestions({ questions: extra?.questions ?? [] }), [extra]);

  const status = error || bank.status === 'error' ? 'error' : bank.status === 'ready' && extra ? 'ready' : 'loading';
  return {
    status,
    error: error ?? bank.loadError,
    stories,
    loops: extra?.loops ?? [],
    questions,
    framework,
    target: bank.settings?.targetSeconds ?? DEFAULT_TARGET,
    nameOf,
    logAttempt,
  };
}
