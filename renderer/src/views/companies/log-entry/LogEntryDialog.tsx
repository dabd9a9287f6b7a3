// One interview round as it happened: the dialog behind "Mark round as done" (filled from the plan)
// and behind "Edit" in the Companies view. The user corrects what really happened and saves; nothing
// is written until Save, and a refused save keeps everything typed.
import { useMemo, useState } from 'react';
import { errorMessage } from '#shared/api/errors';
import { INTERVIEW_OUTCOMES, type InterviewEntry, type InterviewOutcome } from '#shared/domain/schemas';
import type { InterviewEntryFields } from '#shared/interview-log/index';
import { localIsoDate } from '#shared/practice/calendar';
import { allQuestions } from '#shared/questions/question-bank';
import { Dialog } from '../../../components/Dialog';
import { TagPicker, type TagOption } from '../../../components/TagPicker';
import { useBank, useBankStore } from '../../../data/bank-context';
import { AskedQuestions } from './AskedQuestions';
import {
  checkDraft,
  draftFromFields,
  OUTCOME_LABEL,
  RATING_LABEL,
  type DraftErrors,
  type EntryDraft,
} from './entry-form';
import './log-entry.css';
import { startAction } from '../../../app/start-action';

export type LogEntryTarget =
  { kind: 'new'; fields: InterviewEntryFields; title?: string } | { kind: 'edit'; entry: InterviewEntry };

export interface LogEntryDialogProps {
  target: LogEntryTarget | null;
  onClose: () => void;
  onSaved?: (entry: InterviewEntry) => void;
}

/** Open when `target` is set; a new target starts a fresh form. */
export function LogEntryDialog({ target, onClose, onSaved }: LogEntryDialogProps) {
  const title =
    target?.kind === 'edit'
      ? `Edit the ${target.entry.company} round`
      : (target?.title ?? `Log the ${target?.fields.company || 'interview'} round`);
  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => !open && onClose()}
      title={title}
      description="Write down what really happened: the questions, the stories you told and how it went. A later round at this company will remind you of it."
      size="large"
    >
      {target && (
        <LogEntryForm
          key={target.kind === 'edit' ? target.entry.id : `${target.fields.loopId}:${target.fields.roundId}`}
          target={target}
          onCancel={onClose}
          onSaved={(entry) => {
            onSaved?.(entry);
            onClose();
          }}
        />
      )}
    </Dialog>
  );
}

function fieldsOf(target: LogEntryTarget): InterviewEntryFields {
  if (target.kind === 'new') return target.fields;
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = target.entry;
  return fields;
}

function LogEntryForm({
  target,
  onCancel,
  onSaved,
}: {
  target: LogEntryTarget;
  onCancel: () => void;
  onSaved: (entry: InterviewEntry) => void;
}) {
  const store = useBankStore();
  const stories = useBank((b) => b.stories);
  const trash = useBank((b) => b.trash);
  const ownQuestions = useBank((b) => b.questions);
  const base = useMemo(() => fieldsOf(target), [target]);
  const [draft, setDraft] = useState<EntryDraft>(() => draftFromFields(base));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saveError, setSaveError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof EntryDraft>(key: K, value: EntryDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const questionBank = useMemo(() => allQuestions({ questions: [...ownQuestions] }), [ownQuestions]);
  const storyOptions = useMemo<TagOption[]>(() => {
    const live = stories.map((s) => ({ id: s.id, name: s.title || 'Untitled story', hint: s.project || undefined }));
    const trashed = trash
      .filter((s) => draft.storyIds.includes(s.id))
      .map((s) => ({ id: s.id, name: `${s.title || 'Untitled story'} (in the trash)` }));
    return [...live, ...trashed];
  }, [stories, trash, draft.storyIds]);

  const save = async () => {
    const checked = checkDraft({
      draft,
      base,
      story: (id) => stories.find((s) => s.id === id) ?? trash.find((s) => s.id === id),
      today: localIsoDate(new Date()),
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      setSaveError(undefined);
      // Take the user to the first thing to fix.
      const first = Object.keys(checked.errors)[0];
      document.getElementById(`log-${first}`)?.focus();
      return;
    }
    setErrors({});
    setSaving(true);
    setSaveError(undefined);
    try {
      const entry =
        target.kind === 'edit'
          ? await store.updateInterview({
              id: target.entry.id,
              fields: {
                ...checked.fields,
                interviewer: checked.fields.interviewer ?? null,
                rating: checked.fields.rating ?? null,
              },
              expectedUpdatedAt: target.entry.updatedAt,
            })
          : await store.createInterview(checked.fields);
      onSaved(entry);
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const errorId = (field: keyof DraftErrors) => (errors[field] ? `log-${field}-error` : undefined);
  const fieldError = (field: keyof DraftErrors) =>
    errors[field] ? (
      <span id={`log-${field}-error`} className="log-field-error">
        {errors[field]}
      </span>
    ) : null;
  const text = (field: 'company' | 'role' | 'roundName' | 'interviewer', label: string, placeholder?: string) => (
    <label className="log-field">
      <span>{label}</span>
      <input
        id={`log-${field}`}
        className="log-input"
        value={draft[field]}
        placeholder={placeholder}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errorId(field)}
        onChange={(e) => set(field, e.target.value)}
      />
      {fieldError(field)}
    </label>
  );

  return (
    <form
      className="log-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        startAction(save());
      }}
    >
      <div className="log-grid">
        {text('company', 'Company')}
        {text('role', 'Role')}
        {text('roundName', 'Round', 'e.g. Hiring manager')}
        <label className="log-field">
          <span>Date</span>
          <input
            id="log-date"
            className="log-input"
            type="date"
            value={draft.date}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={errorId('date')}
            onChange={(e) => set('date', e.target.value)}
          />
          {fieldError('date')}
        </label>
        {text('interviewer', 'Interviewer (optional)', 'Name and title')}
        <label className="log-field">
          <span>Outcome</span>
          <select
            id="log-outcome"
            className="log-input"
            value={draft.outcome}
            onChange={(e) => set('outcome', e.target.value as InterviewOutcome)}
          >
            {INTERVIEW_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABEL[o]}
              </option>
            ))}
          </select>
        </label>
      </div>

      <fieldset className="log-rating">
        <legend>How it went</legend>
        <div className="log-rating-options">
          {[undefined, 1, 2, 3, 4, 5].map((n) => (
            <label key={n ?? 0} className={`log-rating-option${draft.rating === n ? ' on' : ''}`}>
              <input
                type="radio"
                name="log-rating"
                checked={draft.rating === n}
                onChange={() => setDraft(({ rating: _r, ...d }) => (n === undefined ? d : { ...d, rating: n }))}
              />
              <span>{n === undefined ? 'Not rated' : `${n} · ${RATING_LABEL[n]}`}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <AskedQuestions
        rows={draft.questions}
        onChange={(questions) => set('questions', questions)}
        questionBank={questionBank}
        error={errors.questions}
      />

      <div className="log-stories" id="log-stories" tabIndex={-1}>
        <TagPicker
          label="Stories you told"
          options={storyOptions}
          value={draft.storyIds}
          onChange={(ids) => set('storyIds', ids)}
          placeholder="Type a story title"
        />
        <p className="muted small">
          The numbers each story gives are kept with this entry, so a later round can show what you said then.
        </p>
        {fieldError('stories')}
      </div>

      <label className="log-field">
        <span>Notes</span>
        <textarea
          id="log-notes"
          className="log-input"
          rows={4}
          value={draft.notes}
          placeholder="Follow-ups they pushed on, what to tell differently next time, next steps…"
          aria-invalid={errors.notes ? true : undefined}
          aria-describedby={errorId('notes')}
          onChange={(e) => set('notes', e.target.value)}
        />
        {fieldError('notes')}
      </label>

      {(saveError || errors.form) && (
        <p className="error" role="alert">
          {saveError ?? errors.form}
        </p>
      )}
      {Object.keys(errors).length > 0 && !errors.form && (
        <p className="error" role="alert">
          Fix the {Object.keys(errors).length === 1 ? 'field' : 'fields'} marked above, then save again.
        </p>
      )}
      <div className="log-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : target.kind === 'edit' ? 'Save changes' : 'Save to the log'}
        </button>
      </div>
    </form>
  );
}
