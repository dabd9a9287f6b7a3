// The question bank: browse questions by competency, add your own, and see which stories answer a
// question best, and why.
import { useMemo, useState } from 'react';
import type { QuestionDto } from '#shared/api/channels/questions';
import { activeFramework } from '#shared/competencies/index';
import { questionList, questionsByFocus } from '#shared/questions/question-views';
import { localIsoDate } from '#shared/practice/calendar';
import { nextLoop } from '../LoopList';
import { useBank, useBankStore } from '../../../data/bank-context';
import { errorMessage } from '#shared/api/errors';
import { AddQuestionForm } from './AddQuestionForm';
import { QuestionList } from './QuestionList';
import { RankedStories } from './RankedStories';
import './questions.css';
import { startAction } from '../../../app/start-action';

export function QuestionBank() {
  const store = useBankStore();
  const bank = useBank();
  const framework = useMemo(
    () => activeFramework({ frameworks: [...bank.frameworks], settings: bank.settings ?? undefined }),
    [bank.frameworks, bank.settings],
  );
  const [competencyId, setCompetencyId] = useState('');
  // Loops whose job description gave them a focus: the list can be ranked for one (the next one by default).
  const focusedLoops = useMemo(() => bank.loops.filter((l) => (l.focus?.length ?? 0) > 0), [bank.loops]);
  const [chosenLoopId, setLoopId] = useState<string | null>(null);
  const loopId = chosenLoopId ?? nextLoop(focusedLoops, localIsoDate(new Date()))?.id ?? '';
  const rankLoop = focusedLoops.find((l) => l.id === loopId);
  const ranked = useMemo(
    () => questionsByFocus(questionList(bank.questions, competencyId || undefined), rankLoop?.focus ?? []),
    [bank.questions, competencyId, rankLoop],
  );
  const questions = useMemo(() => ranked.map((r) => r.question), [ranked]);
  const jobFocus = useMemo(() => new Map(ranked.map((r) => [r.question.id, r.focus])), [ranked]);
  const [selected, setSelected] = useState<QuestionDto | null>(null);
  const [error, setError] = useState<string>();

  const remove = async (q: QuestionDto) => {
    try {
      await store.deleteQuestion(q.id);
      if (selected?.id === q.id) setSelected(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="question-bank">
      <div className="question-browser">
        <label className="field question-filter">
          <span>Competency ({framework.name})</span>
          <select
            value={competencyId}
            onChange={(e) => {
              setCompetencyId(e.target.value);
              setSelected(null);
            }}
          >
            <option value="">All competencies</option>
            {framework.competencies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {focusedLoops.length > 0 && (
          <label className="field question-filter">
            <span>Rank for a loop’s job focus</span>
            <select value={loopId} onChange={(e) => setLoopId(e.target.value)}>
              <option value="">No loop</option>
              {focusedLoops.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.company}
                  {l.role ? ` · ${l.role}` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <QuestionList
          questions={questions}
          selectedId={selected?.id ?? null}
          onSelect={setSelected}
          onDelete={(q) => startAction(remove(q))}
          competencyName={(id) => framework.competencies.find((c) => c.id === id)?.name}
          jobFocus={rankLoop ? jobFocus : undefined}
        />
        <AddQuestionForm framework={framework} defaultCompetency={competencyId} onAdded={setSelected} />
      </div>
      <div className="question-answers">
        {selected ? (
          <RankedStories key={selected.id} question={selected} focus={rankLoop?.focus} focusLabel={rankLoop?.company} />
        ) : (
          <div className="question-placeholder">
            <h2>Which story answers it?</h2>
            <p className="muted">Pick a question to see your stories ranked for it, with the reason for each.</p>
          </div>
        )}
      </div>
    </div>
  );
}
