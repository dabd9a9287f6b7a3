// Creating or editing a loop: company, role, date, framework, and the ordered rounds (name, stage,
// focus competencies). Stories already placed in a round stay with it when rounds are renamed or moved.
import { useMemo, useState } from 'react';
import type { Framework, Loop, Stage } from '#shared/domain/schemas';
import type { TagOption } from '../../components/TagPicker';
import { RoundFields, type RoundDraft } from './RoundFields';
import { loopTemplate } from './loop-template';

export interface LoopFormValue {
  company: string;
  role: string;
  date?: string;
  frameworkId: string;
  rounds: RoundDraft[];
}

export interface LoopFormProps {
  initial?: Loop;
  frameworks: readonly Framework[];
  defaultFrameworkId: string;
  stages: readonly Stage[];
  saving: boolean;
  error?: string;
  onSubmit: (value: LoopFormValue) => void;
  onCancel: () => void;
}

let nextKey = 0;
const newKey = () => `round-${nextKey++}`;

export function LoopForm({
  initial,
  frameworks,
  defaultFrameworkId,
  stages,
  saving,
  error,
  onSubmit,
  onCancel,
}: LoopFormProps) {
  const [company, setCompany] = useState(initial?.company ?? '');
  const [role, setRole] = useState(initial?.role ?? '');
  const [date, setDate] = useState(initial?.date ?? '');
  const [frameworkId, setFrameworkId] = useState(initial?.frameworkId ?? defaultFrameworkId);
  const [rounds, setRounds] = useState<RoundDraft[]>(() =>
    initial ? initial.rounds.map((r) => ({ ...r, key: r.id })) : [],
  );

  const framework = frameworks.find((f) => f.id === frameworkId) ?? frameworks[0];
  const competencyOptions = useMemo<TagOption[]>(
    () => framework.competencies.map((c) => ({ id: c.id, name: c.name, hint: c.description })),
    [framework],
  );

  const update = (key: string, patch: Partial<RoundDraft>) =>
    setRounds((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (index: number, by: -1 | 1) =>
    setRounds((all) => {
      const next = [...all];
      const [round] = next.splice(index, 1);
      next.splice(index + by, 0, round);
      return next;
    });
  const addRound = () =>
    setRounds((all) => [...all, { key: newKey(), name: `Round ${all.length + 1}`, focus: [], storyIds: [] }]);
  const useTemplate = () => setRounds(loopTemplate(framework).map((r) => ({ ...r, key: newKey(), storyIds: [] })));

  const submit = () =>
    onSubmit({ company: company.trim(), role: role.trim(), date: date || undefined, frameworkId, rounds });

  return (
    <form
      className="loop-form"
      aria-label={initial ? 'Edit loop' : 'New loop'}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="loop-form-grid">
        <label className="field">
          <span>Company</span>
          <input
            value={company}
            required
            maxLength={200}
            onChange={(e) => setCompany(e.target.value)}
            placeholder="e.g. Acme AI"
          />
        </label>
        <label className="field">
          <span>Role</span>
          <input
            value={role}
            maxLength={200}
            onChange={(e) => setRole(e.target.value)}
            placeholder="e.g. Senior ML engineer"
          />
        </label>
        <label className="field">
          <span>Date</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label className="field">
          <span>Framework</span>
          <select value={frameworkId} onChange={(e) => setFrameworkId(e.target.value)}>
            {frameworks.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="rounds-fieldset">
        <legend>Rounds</legend>
        {rounds.length === 0 && (
          <p className="muted small">
            Add the rounds as the recruiter described them, in order.{' '}
            <button type="button" className="link-button" onClick={useTemplate}>
              Start from a typical five-round loop
            </button>
          </p>
        )}
        <ol className="round-fields-list">
          {rounds.map((round, index) => (
            <RoundFields
              key={round.key}
              index={index}
              count={rounds.length}
              round={round}
              stages={stages}
              competencyOptions={competencyOptions}
              onChange={(patch) => update(round.key, patch)}
              onMove={(by) => move(index, by)}
              onRemove={() => setRounds((all) => all.filter((r) => r.key !== round.key))}
            />
          ))}
        </ol>
        <button type="button" className="button" onClick={addRound} disabled={rounds.length >= 30}>
          Add a round
        </button>
      </fieldset>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={saving || company.trim() === ''}>
          {initial ? 'Save loop' : 'Create loop'}
        </button>
      </div>
    </form>
  );
}
