// Editing one of the user's frameworks: its name and its competencies (name, one-line description, and
// the phrases a job description uses for it).
// Competency ids are kept for existing rows, so stories tagged with them keep counting.
import { useState } from 'react';
import type { Competency, Framework } from '#shared/domain/schemas';
import { useBankStore } from '../../data/bank-context';
import { Dialog } from '../../components/Dialog';
import { errorMessage } from '#shared/api/errors';
import { competencyLexicon } from '#shared/competencies/index';
import { LexiconField, parseLexicon } from './LexiconField';
import { startAction } from '../../app/start-action';

type Row = Omit<Competency, 'id' | 'lexicon'> & { id?: string; key: string; phrases: string };

let nextKey = 0;
const keyed = ({ lexicon, ...c }: Omit<Competency, 'id'> & { id?: string }): Row => ({
  ...c,
  // A copy carries its phrases; an older copy without them shows the built-in ones to start from.
  phrases: (lexicon ?? (c.id ? competencyLexicon({ ...c, id: c.id }) : [])).join('\n'),
  key: `row-${nextKey++}`,
});

export function EditFrameworkDialog({ framework, onClose }: { framework: Framework; onClose: () => void }) {
  const store = useBankStore();
  const [name, setName] = useState(framework.name);
  const [rows, setRows] = useState<Row[]>(() => framework.competencies.map(keyed));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const change = (key: string, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = async () => {
    const competencies = rows
      .filter((r) => r.name.trim() !== '')
      .map(({ key: _key, phrases, ...c }) => {
        const lexicon = parseLexicon(phrases);
        return { ...c, name: c.name.trim(), description: c.description.trim(), ...(lexicon ? { lexicon } : {}) };
      });
    setSaving(true);
    setError(null);
    try {
      await store.updateFramework({ id: framework.id, name: name.trim() || framework.name, competencies });
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Edit “${framework.name}”`}
      size="large"
      description="Removing a competency keeps the tag on your stories; it just stops counting here."
    >
      <form
        className="framework-form"
        onSubmit={(e) => {
          e.preventDefault();
          startAction(save());
        }}
      >
        <label className="field">
          <span>Framework name</span>
          <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <ol className="competency-rows">
          {rows.map((row, i) => (
            <li key={row.key} className="competency-row">
              <input
                aria-label={`Competency ${i + 1} name`}
                value={row.name}
                maxLength={200}
                placeholder="Name"
                onChange={(e) => change(row.key, { name: e.target.value })}
              />
              <input
                aria-label={`Competency ${i + 1} description`}
                value={row.description}
                maxLength={1000}
                placeholder="What a story must show"
                onChange={(e) => change(row.key, { description: e.target.value })}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${row.name || `competency ${i + 1}`}`}
                onClick={() => setRows((all) => all.filter((r) => r.key !== row.key))}
              >
                ×
              </button>
              <LexiconField name={row.name} text={row.phrases} onChange={(phrases) => change(row.key, { phrases })} />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button"
          onClick={() => setRows((all) => [...all, keyed({ name: '', description: '' })])}
        >
          Add a competency
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
