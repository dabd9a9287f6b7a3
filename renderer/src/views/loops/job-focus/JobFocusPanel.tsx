// A loop's job description and the focus taken from it. The user pastes the description, reviews what
// Storybank found (competencies with the quoted phrases, seniority signals, technical keywords), ticks or
// adds competencies, and accepts: the loop's focus is saved through the store and Suggest plans for it.
import { useMemo, useState } from 'react';
import { allFrameworks, extractJobFocus, readableJobText } from '#shared/competencies/index';
import { errorMessage } from '#shared/api/errors';
import { LIMITS } from '#shared/domain/limits';
import type { Loop } from '#shared/domain/schemas';
import { useBank, useBankStore } from '../../../data/bank-context';
import { FocusReview } from './FocusReview';
import './job-focus.css';
import { startAction } from '../../../app/start-action';

type Mode =
  | { kind: 'show' }
  | { kind: 'paste'; text: string }
  /** `cutFrom`: the length of a paste too long to keep whole, cut to the limit. */
  | { kind: 'review'; text: string; cutFrom?: number };

export function JobFocusPanel({ loop }: { loop: Loop }) {
  const store = useBankStore();
  const userFrameworks = useBank((bank) => bank.frameworks);
  const framework = useMemo(() => {
    const all = allFrameworks({ frameworks: [...userFrameworks] });
    return all.find((f) => f.id === loop.frameworkId) ?? all[0];
  }, [userFrameworks, loop.frameworkId]);
  const [mode, setMode] = useState<Mode>({ kind: 'show' });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameOf = (id: string) => framework.competencies.find((c) => c.id === id)?.name ?? id;

  const reviewText = mode.kind === 'review' ? mode.text : '';
  const extracted = useMemo(
    () => (reviewText ? extractJobFocus(reviewText, framework) : null),
    [reviewText, framework],
  );

  const accept = async (text: string, focus: string[]) => {
    setSaving(true);
    setError(null);
    try {
      await store.updateLoop({
        id: loop.id,
        fields: { jobDescription: text, focus },
        expectedUpdatedAt: loop.updatedAt,
      });
      setMode({ kind: 'show' });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const focus = loop.focus ?? [];
  return (
    <section className="job-focus" aria-labelledby={`job-focus-${loop.id}`}>
      <div className="job-focus-head">
        <h3 id={`job-focus-${loop.id}`}>Job description</h3>
        {mode.kind === 'show' && (
          <button
            type="button"
            className="button"
            onClick={() =>
              loop.jobDescription
                ? setMode({ kind: 'review', text: loop.jobDescription })
                : setMode({ kind: 'paste', text: '' })
            }
          >
            {loop.jobDescription ? 'Review the focus' : 'Paste a job description'}
          </button>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {mode.kind === 'show' &&
        (focus.length > 0 ? (
          <div className="job-focus-summary">
            <span className="muted small">Loop focus, from the job description:</span>
            <ul className="job-focus-chips" aria-label="Loop focus">
              {focus.map((id) => (
                <li key={id} className="focus-chip">
                  {nameOf(id)}
                </li>
              ))}
            </ul>
            <p className="muted small">Rounds without a focus of their own are planned for it.</p>
          </div>
        ) : (
          <p className="muted small">
            {loop.jobDescription
              ? 'The job description is kept, with no focus chosen from it.'
              : 'Paste the job ad: Storybank finds the competencies it asks for, and Suggest plans for them.'}
          </p>
        ))}
      {mode.kind === 'paste' && (
        <form
          className="job-focus-paste"
          onSubmit={(e) => {
            e.preventDefault();
            // HTML copied from a page becomes the text it shows; a runaway paste is cut to what a loop keeps.
            const readable = readableJobText(mode.text, LIMITS.jobDescription);
            if (!/[\p{L}\p{N}]/u.test(readable.text)) setError('The pasted text has no words to read.');
            else {
              setError(null);
              setMode({ kind: 'review', text: readable.text, cutFrom: readable.cutFrom });
            }
          }}
        >
          <label className="field">
            <span>The job description, as the company wrote it</span>
            <textarea
              rows={10}
              value={mode.text}
              onChange={(e) => setMode({ kind: 'paste', text: e.target.value })}
              placeholder="Paste the whole ad: the role, what you will do, what they are looking for…"
            />
          </label>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setMode({ kind: 'show' })}>
              Cancel
            </button>
            <button type="submit" className="button primary" disabled={mode.text.trim() === ''}>
              Find the focus
            </button>
          </div>
        </form>
      )}
      {mode.kind === 'review' && mode.cutFrom !== undefined && (
        <p className="muted small" role="status">
          The pasted text was {mode.cutFrom.toLocaleString('en-US')} characters long; Storybank keeps and reads the
          first {LIMITS.jobDescription.toLocaleString('en-US')}.
        </p>
      )}
      {mode.kind === 'review' && extracted && (
        <FocusReview
          key={mode.text}
          text={mode.text}
          extracted={extracted}
          framework={framework}
          initialFocus={loop.jobDescription === mode.text && loop.focus ? loop.focus : undefined}
          saving={saving}
          onAccept={(chosen) => startAction(accept(mode.text, chosen))}
          onEditText={() => setMode({ kind: 'paste', text: mode.text })}
          onCancel={() => setMode({ kind: 'show' })}
        />
      )}
    </section>
  );
}
