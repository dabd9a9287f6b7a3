// The questions asked in a round: picked from the question bank or written out, each with how the
// answer went (1–5). Low-rated ones come back first in Practice ▸ "Questions you were asked".
import { useMemo, useState } from 'react';
import type { Question } from '#shared/domain/schemas';
import { TagPicker } from '../../../components/TagPicker';
import { newRowKey, RATING_LABEL, type QuestionRow } from './entry-form';

export interface AskedQuestionsProps {
  rows: readonly QuestionRow[];
  onChange: (rows: QuestionRow[]) => void;
  questionBank: readonly Question[];
  error?: string;
}

export function AskedQuestions({ rows, onChange, questionBank, error }: AskedQuestionsProps) {
  const [typed, setTyped] = useState('');
  const picked = useMemo(() => new Set(rows.map((r) => r.questionId).filter(Boolean)), [rows]);
  // Questions already in the list are not offered again; the list itself shows them.
  const options = useMemo(
    () => questionBank.filter((q) => !picked.has(q.id)).map((q) => ({ id: q.id, name: q.text })),
    [questionBank, picked],
  );
  const addTyped = () => {
    const text = typed.trim();
    if (!text) return;
    const known = questionBank.find((q) => q.text.trim().toLowerCase() === text.toLowerCase());
    onChange([...rows, { key: newRowKey(), text, ...(known ? { questionId: known.id } : {}) }]);
    setTyped('');
  };
  const update = (key: string, change: Partial<QuestionRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  return (
    <fieldset
      className="log-questions"
      id="log-questions"
      tabIndex={-1}
      aria-describedby={error ? 'log-questions-error' : undefined}
    >
      <legend>Questions they asked</legend>
      {rows.length > 0 ? (
        <ol className="log-question-list">
          {rows.map((row, i) => (
            <li key={row.key} className="log-question-row">
              <label className="log-field grow">
                <span className="sr-only">Question {i + 1}</span>
                <input
                  className="log-input"
                  value={row.text}
                  aria-invalid={error && !row.text.trim() ? true : undefined}
                  onChange={(e) => {
                    // Edited text is the user's own question, no longer the bank's.
                    const { questionId: _q, ...rest } = row;
                    onChange(rows.map((r) => (r.key === row.key ? { ...rest, text: e.target.value } : r)));
                  }}
                />
              </label>
              <label className="log-field">
                <span className="sr-only">How your answer to question {i + 1} went</span>
                <select
                  className="log-input"
                  value={row.rating ?? ''}
                  onChange={(e) =>
                    e.target.value
                      ? update(row.key, { rating: Number(e.target.value) })
                      : onChange(
                          rows.map((r) =>
                            r.key === row.key
                              ? { key: r.key, text: r.text, ...(r.questionId ? { questionId: r.questionId } : {}) }
                              : r,
                          ),
                        )
                  }
                >
                  <option value="">Answer not rated</option>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={n}>
                      {n} · {RATING_LABEL[n]}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="button quiet"
                aria-label={`Remove question ${i + 1}`}
                onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted small">
          No questions yet. Pick them from the question bank or write them as they were asked.
        </p>
      )}
      {error && (
        <p id="log-questions-error" className="log-field-error">
          {error}
        </p>
      )}
      <div className="log-question-add">
        <TagPicker
          label="From the question bank"
          options={options}
          value={[]}
          onChange={(ids) => {
            const added = ids
              .map((id) => questionBank.find((q) => q.id === id))
              .filter((q) => q !== undefined)
              .map((q) => ({ key: newRowKey(), text: q.text, questionId: q.id }));
            onChange([...rows, ...added]);
          }}
          placeholder="Type a few words of the question"
          limit={20}
        />
        <div className="log-field">
          <label htmlFor="log-question-text">Or write it as it was asked</label>
          <div className="log-inline">
            <input
              id="log-question-text"
              className="log-input"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addTyped();
                }
              }}
            />
            <button type="button" className="button" onClick={addTyped} disabled={!typed.trim()}>
              Add question
            </button>
          </div>
        </div>
      </div>
    </fieldset>
  );
}
