// The stories in a project, and the others to add: a story joins a project by naming it in its
// Project field (the same field the story editor shows), saved at once.
import { useMemo, useState } from 'react';
import { errorMessage } from '#shared/api/errors';
import { projectKey, type ProjectEntry } from '#shared/projects/index';
import { useBank, useBankStore } from '../../data/bank-context';
import { openStoryInWorkspace } from '../coverage/open-story';
import { startAction } from '../../app/start-action';

const titleOf = (title: string) => title.trim() || 'Untitled story';

export function StoryLinks({ project }: { project: ProjectEntry }) {
  const store = useBankStore();
  const stories = useBank((b) => b.stories);
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const others = useMemo(() => {
    const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    return stories.filter(
      (s) =>
        projectKey(s.project) !== project.key &&
        words.every((w) => `${s.title} ${s.project}`.toLocaleLowerCase().includes(w)),
    );
  }, [stories, project.key, filter]);

  const move = async (id: string, name: string) => {
    setError(null);
    try {
      await store.updateMany([id], () => ({ project: name }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="project-card" aria-labelledby="project-stories-title">
      <h3 id="project-stories-title">Stories in this project</h3>
      {project.stories.length === 0 ? (
        <p className="muted">No story is linked yet. Add the stories about this project below.</p>
      ) : (
        <ul className="linked-stories" data-testid="linked-stories">
          {project.stories.map((s) => (
            <li key={s.id}>
              <button type="button" className="link-button" onClick={() => openStoryInWorkspace(store, s.id)}>
                {titleOf(s.title)}
              </button>
              <button
                type="button"
                className="button small-button"
                aria-label={`Remove “${titleOf(s.title)}” from the project`}
                onClick={() => startAction(move(s.id, ''))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <details className="add-stories">
        <summary>Add stories</summary>
        <label htmlFor="project-story-filter" className="sr-only">
          Find a story
        </label>
        <input
          id="project-story-filter"
          type="search"
          placeholder="Find a story by title"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        {others.length === 0 ? (
          <p className="muted small">{filter ? 'No other story matches.' : 'Every story is in this project.'}</p>
        ) : (
          <ul className="other-stories" data-testid="other-stories">
            {others.slice(0, 50).map((s) => (
              <li key={s.id}>
                <span>
                  {titleOf(s.title)}
                  {s.project.trim() ? <span className="muted small"> · now in {s.project}</span> : null}
                </span>
                <button
                  type="button"
                  className="button small-button"
                  aria-label={`Add “${titleOf(s.title)}” to the project`}
                  onClick={() => startAction(move(s.id, project.name))}
                >
                  Add
                </button>
              </li>
            ))}
            {others.length > 50 ? (
              <li className="muted small">{others.length - 50} more: type to narrow the list.</li>
            ) : null}
          </ul>
        )}
      </details>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
