// What Storybank found in a job description, for the user to accept or edit: each competency with the
// phrases that ask for it (ticked when asked for, unticked when only mentioned in passing), competencies
// the user adds by hand, and the seniority signals and technical keywords, quoted.
import { useMemo, useState } from 'react';
import type { FocusCompetency, JobFocus } from '#shared/competencies/index';
import type { Framework } from '#shared/domain/schemas';
import { EvidenceQuotes } from './EvidenceQuote';

export interface FocusReviewProps {
  text: string;
  extracted: JobFocus;
  framework: Framework;
  /** The focus saved before, when the same text is reviewed again. */
  initialFocus?: readonly string[];
  saving: boolean;
  onAccept: (focus: string[]) => void;
  onEditText: () => void;
  onCancel: () => void;
}

const MAX_QUOTES = 3;

export function FocusReview({
  text,
  extracted,
  framework,
  initialFocus,
  saving,
  onAccept,
  onEditText,
  onCancel,
}: FocusReviewProps) {
  const found = useMemo(() => [...extracted.competencies, ...extracted.mentioned], [extracted]);
  const foundIds = useMemo(() => new Set(found.map((c) => c.id)), [found]);
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(initialFocus ?? extracted.competencies.map((c) => c.id)),
  );
  const [added, setAdded] = useState<string[]>(() => (initialFocus ?? []).filter((id) => !foundIds.has(id)));
  const nameOf = (id: string) => framework.competencies.find((c) => c.id === id)?.name ?? id;
  const toggle = (id: string) =>
    setChosen((all) => {
      const next = new Set(all);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const addable = framework.competencies.filter((c) => !foundIds.has(c.id) && !added.includes(c.id));
  // Strongest first: asked for, then mentioned, then added by hand.
  const focus = [...found.map((c) => c.id), ...added].filter((id) => chosen.has(id));

  const row = (c: FocusCompetency, asked: boolean) => (
    <li key={c.id} className="focus-review-item">
      <label className="focus-review-choice">
        <input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} />
        <span className="focus-review-name">{nameOf(c.id)}</span>
        <span className="muted small">
          {asked
            ? `asked for · ${c.evidence.length} ${c.evidence.length === 1 ? 'phrase' : 'phrases'}`
            : 'mentioned in passing'}
        </span>
      </label>
      <EvidenceQuotes text={text} spans={c.evidence} label={`Why ${nameOf(c.id)}`} max={MAX_QUOTES} />
    </li>
  );

  return (
    <form
      className="focus-review"
      aria-label="Focus from the job description"
      onSubmit={(e) => {
        e.preventDefault();
        onAccept(focus);
      }}
    >
      <div className="focus-review-columns">
        <fieldset className="focus-review-competencies">
          <legend>Competencies it asks for ({framework.name})</legend>
          {found.length === 0 && added.length === 0 && (
            <p className="muted small">
              No competency of this framework was found in the text. Add the ones you know it asks for.
            </p>
          )}
          <ul className="focus-review-list">
            {extracted.competencies.map((c) => row(c, true))}
            {extracted.mentioned.map((c) => row(c, false))}
            {added.map((id) => (
              <li key={id} className="focus-review-item">
                <label className="focus-review-choice">
                  <input type="checkbox" checked={chosen.has(id)} onChange={() => toggle(id)} />
                  <span className="focus-review-name">{nameOf(id)}</span>
                  <span className="muted small">added by you</span>
                </label>
              </li>
            ))}
          </ul>
          {addable.length > 0 && (
            <label className="field focus-review-add">
              <span>Add a competency</span>
              <select
                value=""
                onChange={(e) => {
                  const id = e.target.value;
                  if (!id) return;
                  setAdded((all) => [...all, id]);
                  setChosen((all) => new Set([...all, id]));
                }}
              >
                <option value="">Choose…</option>
                {addable.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>
        <div className="focus-review-side">
          <section aria-labelledby="job-signals-title">
            <h4 id="job-signals-title">What the level looks like</h4>
            {extracted.signals.length === 0 ? (
              <p className="muted small">No seniority signal stands out.</p>
            ) : (
              <ul className="job-signals">
                {extracted.signals.map((s) => (
                  <li key={s.id}>
                    <strong>{s.label}</strong>
                    <EvidenceQuotes
                      text={text}
                      spans={s.evidence}
                      label={`Where it says ${s.label.toLowerCase()}`}
                      radius={40}
                      max={2}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="job-keywords-title">
            <h4 id="job-keywords-title">Technical keywords</h4>
            {extracted.keywords.length === 0 ? (
              <p className="muted small">None found.</p>
            ) : (
              <ul className="job-keywords" aria-label="Technical keywords">
                {extracted.keywords.map((k) => (
                  <li key={k.start}>{k.text}</li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button" onClick={onEditText}>
          Edit the text
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {focus.length === 0 ? 'Keep the text, no focus' : `Use ${focus.length} as the loop’s focus`}
        </button>
      </div>
    </form>
  );
}
