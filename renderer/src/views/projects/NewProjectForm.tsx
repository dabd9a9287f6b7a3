// "New project": a name, checked here so a long or duplicate name is explained before anything is sent.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '#shared/api/errors';
import { cleanProjectName, projectNameProblem } from '#shared/projects/index';
import { useBankStore } from '../../data/bank-context';
import { startAction } from '../../app/start-action';

export function NewProjectForm({ onCreated }: { onCreated: (name: string) => void }) {
  const store = useBankStore();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanProjectName(name);
    const problem = projectNameProblem(clean, 'Type a name for the project first.', 'try again');
    if (problem) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      await store.createProject(clean);
      setName('');
      onCreated(clean);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="new-project" onSubmit={(e) => startAction(submit(e))}>
      <label htmlFor="new-project-name">New project</label>
      <div className="new-project-row">
        <input
          id="new-project-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Search ranking"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-project-error' : undefined}
        />
        <button type="submit" className="button" disabled={busy}>
          Create
        </button>
      </div>
      {error ? (
        <p id="new-project-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
