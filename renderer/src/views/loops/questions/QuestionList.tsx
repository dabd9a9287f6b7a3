// Questions as a list of buttons; the user's own can be deleted.
import type { QuestionDto } from '#shared/api/channels/questions';

export interface QuestionListProps {
  questions: readonly QuestionDto[];
  selectedId: string | null;
  onSelect: (question: QuestionDto) => void;
  onDelete: (question: QuestionDto) => void;
  competencyName: (id: string) => string | undefined;
  /** Per question id, the loop-focus competencies it probes (when the list is ranked for a loop). */
  jobFocus?: ReadonlyMap<string, readonly string[]>;
}

export function QuestionList({
  questions,
  selectedId,
  onSelect,
  onDelete,
  competencyName,
  jobFocus,
}: QuestionListProps) {
  if (questions.length === 0)
    return <p className="muted small">No questions for this competency yet. Add one below.</p>;
  return (
    <ul className="question-list" aria-label="Questions">
      {questions.map((q) => {
        const names = q.competencies.map(competencyName).filter((n): n is string => n !== undefined);
        const onFocus = (jobFocus?.get(q.id)?.length ?? 0) > 0;
        return (
          <li key={q.id} className="question-item">
            <button
              type="button"
              className="question-button"
              aria-pressed={q.id === selectedId}
              onClick={() => onSelect(q)}
            >
              <span className="qb-question-text">{q.text}</span>
              <span className="qb-question-meta">
                {onFocus && <span className="job-focus-chip">job focus</span>}
                {q.own && <span className="own-chip">yours</span>}
                {names.slice(0, 3).join(' · ')}
              </span>
            </button>
            {q.own && (
              <button
                type="button"
                className="icon-button"
                aria-label={`Delete your question “${q.text}”`}
                onClick={() => onDelete(q)}
              >
                ×
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
