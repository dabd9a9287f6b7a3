// The stories behind one row of the matrix, most ready first, each with a way to open it; for a gap,
// what is missing and a one-click start on the story that would close it.
import type { CoverageColumn } from '#shared/coverage/index';
import type { Story } from '#shared/domain/schemas';

export interface CellDetailProps {
  column: CoverageColumn;
  description?: string;
  stories: ReadonlyMap<string, Story>;
  readiness: (story: Story) => number;
  minReady: number;
  onOpen: (storyId: string) => void;
  onWriteStory?: () => void;
  onClose: () => void;
}

export function CellDetail({
  column,
  description,
  stories,
  readiness,
  minReady,
  onOpen,
  onWriteStory,
  onClose,
}: CellDetailProps) {
  const covering = column.storyIds.map((id) => stories.get(id)).filter((s): s is Story => s !== undefined);
  const drafts = covering.filter((s) => s.status === 'draft');
  return (
    <section className="cell-detail" aria-labelledby="cell-detail-title" data-testid="cell-detail">
      <div className="cell-detail-head">
        <h2 id="cell-detail-title">{column.name}</h2>
        <button type="button" className="icon-button" aria-label="Close the story list" onClick={onClose}>
          ×
        </button>
      </div>
      {description && <p className="muted small">{description}</p>}
      {column.gap ? (
        <div className="gap-advice" role="note">
          <strong>Gap.</strong>{' '}
          {column.count === 0
            ? `No story shows this yet. Aim for ${minReady} ready stories so one is left for a follow-up or another round.`
            : `${column.readyCount} of the ${minReady} ready stories you want. `}
          {column.count > 0 &&
            drafts.length > 0 &&
            `Finishing ${drafts.length === 1 ? 'the draft below' : 'a draft below'} is the quickest fix.`}
          {column.count > 0 && drafts.length === 0 && 'Write another story, or tag an existing story that shows it.'}
          {onWriteStory && (
            <div>
              <button type="button" className="button" onClick={onWriteStory}>
                Write a story for {column.name}
              </button>
            </div>
          )}
        </div>
      ) : (
        <p className="covered-note">
          Covered: {column.readyCount} ready {column.readyCount === 1 ? 'story' : 'stories'}.
        </p>
      )}
      {covering.length > 0 && (
        <ul className="cell-stories">
          {covering.map((story) => (
            <li key={story.id} className="cell-story">
              <div className="cell-story-text">
                <span className="cell-story-title">{story.title || 'Untitled story'}</span>
                <span className="cell-story-meta">
                  <span className={`status-chip is-${story.status}`}>{story.status}</span>
                  {story.project && <span className="muted">{story.project}</span>}
                  <span className="muted">readiness {Math.round(readiness(story))}</span>
                </span>
              </div>
              <button
                type="button"
                className="button"
                onClick={() => onOpen(story.id)}
                aria-label={`Open ${story.title || 'untitled story'}`}
              >
                Open
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
