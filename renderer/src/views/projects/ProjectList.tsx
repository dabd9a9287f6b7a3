// The list of projects: the deep dive first (starred), each with its story count.
import type { ProjectEntry } from '#shared/projects/index';

export function ProjectList({
  projects,
  selectedKey,
  onSelect,
}: {
  projects: readonly ProjectEntry[];
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
}) {
  if (projects.length === 0)
    return <p className="muted small">No projects yet. A story’s Project field also makes one.</p>;
  return (
    <ul className="project-list" data-testid="project-list">
      {projects.map((p) => (
        <li key={p.key}>
          <button
            type="button"
            className="project-item"
            aria-current={p.key === selectedKey ? 'true' : undefined}
            onClick={() => onSelect(p.key)}
          >
            <span className="project-item-name">
              {p.stored?.deepDive ? (
                <span className="deep-dive-star" aria-label="Your deep dive" title="Your deep dive">
                  ★
                </span>
              ) : null}
              {p.name}
            </span>
            <span className="project-item-count">
              {p.stories.length} {p.stories.length === 1 ? 'story' : 'stories'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
