// A hand-picked list of stories: checkboxes, a filter for big banks, and quick selections. The order on the sheet is
// the order of this list.
import { useId, useMemo, useState } from 'react';
import type { Story } from '#shared/domain/schemas';

interface Props {
  stories: readonly Story[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}

const STATUS: Record<Story['status'], string> = { ready: 'Ready', draft: 'Draft', retired: 'Retired' };

export function StoryChecklist({ stories, chosen, onChange }: Props) {
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return q ? stories.filter((s) => s.title.toLowerCase().includes(q)) : stories;
  }, [stories, filter]);
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(next);
  };

  return (
    <div className="story-checklist">
      <div className="checklist-tools">
        {stories.length > 8 && (
          <>
            <label htmlFor={filterId} className="sr-only">
              Filter stories by title
            </label>
            <input
              id={filterId}
              type="search"
              className="export-input"
              placeholder="Filter by title"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </>
        )}
        <button
          type="button"
          className="button small-button"
          onClick={() => onChange(new Set(stories.map((s) => s.id)))}
        >
          All
        </button>
        <button
          type="button"
          className="button small-button"
          onClick={() => onChange(new Set(stories.filter((s) => s.status === 'ready').map((s) => s.id)))}
        >
          Ready ones
        </button>
        <button type="button" className="button small-button" onClick={() => onChange(new Set())}>
          None
        </button>
        <span className="muted small" aria-live="polite">
          {chosen.size} of {stories.length} chosen
        </span>
      </div>
      <ul className="export-checklist" aria-label="Stories to export">
        {shown.map((s) => (
          <li key={s.id}>
            <label className="checklist-row">
              <input type="checkbox" checked={chosen.has(s.id)} onChange={() => toggle(s.id)} />
              <span className="checklist-title">{s.title.trim() || 'Untitled story'}</span>
              <span className={`export-status is-${s.status}`}>{STATUS[s.status]}</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="muted small">No story matches “{filter}”.</li>}
      </ul>
    </div>
  );
}
