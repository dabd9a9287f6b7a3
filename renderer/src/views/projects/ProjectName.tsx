// The project's name as a heading, with Rename: every story of the project follows the new name.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '#shared/api/errors';
import { cleanProjectName, projectNameProblem, type ProjectEntry } from '#shared/projects/index';
import { useBankStore } from '../../data/bank-context';
import { startAction } from '../../app/start-action';

export function ProjectName({ project, onRenamed }: { project: ProjectEntry; onRenamed: (name: string) => void }) {
  const store = useBankStore();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(project.name);
  const [error, setError] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanProjectName(draft);
    const problem = projectNameProblem(clean, 'A project needs a name.', 'save again');
    if (problem) return setError(problem);
    try {
      if (clean !== project.name) await store.updateProject({ name: project.name, changes: { name: clean } });
      setEditing(false);
      setError(null);
      onRenamed(clean);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (!editing)
    return (
      <div className="project-name">
        <h2 id="project-title">{project.name}</h2>
        <button
          type="button"
          className="button small-button"
          onClick={() => {
            setDraft(project.name);
            setEditing(true);
          }}
        >
          Rename
        </button>
      </div>
    );
  return (
    <form className="project-name" onSubmit={(e) => startAction(save(e))}>
      <h2 id="project-title" className="sr-only">
        {project.name}
      </h2>
      <label htmlFor="project-rename" className="sr-only">
        Project name
      </label>
      <input
        id="project-rename"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'project-rename-error' : undefined}
        autoFocus
      />
      <button type="submit" className="button primary">
        Save name
      </button>
      <button type="button" className="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error ? (
        <p id="project-rename-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
