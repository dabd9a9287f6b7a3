// "Practice next": the spaced-repetition queue, with the reason for each place in plain words.
import type { QueueItem } from '#shared/practice/practice-queue';

interface Props {
  items: readonly QueueItem[];
  selectedId?: string;
  onPractice(item: QueueItem): void;
  disabled: boolean;
}

const SHOWN = 6;

export function PracticeQueue({ items, selectedId, onPractice, disabled }: Props) {
  return (
    <section className="practice-card practice-queue" aria-labelledby="queue-title">
      <h2 id="queue-title" className="card-title">
        Practice next
      </h2>
      {items.length === 0 ? (
        <p className="muted small">Mark a story as ready and it will show here, scheduled by how well you tell it.</p>
      ) : (
        <ol className="queue-list" data-testid="practice-queue">
          {items.slice(0, SHOWN).map((item) => (
            <li
              key={item.story.id}
              className={`queue-item due-${item.dueness}${item.story.id === selectedId ? ' selected' : ''}`}
            >
              <span className="queue-title">{item.story.title || 'Untitled story'}</span>
              <span className="queue-reason small">{item.reason}</span>
              <div className="queue-foot">
                <span className="small muted">
                  {item.memory.state === 'review'
                    ? `recall now ≈ ${Math.round(item.memory.retrievability * 100)}% · ${item.memory.reviews} rated`
                    : 'not rated yet'}
                </span>
                <button
                  type="button"
                  className="button small-button"
                  disabled={disabled}
                  onClick={() => onPractice(item)}
                  aria-label={`Practice “${item.story.title || 'Untitled story'}”`}
                >
                  Practice
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {items.length > SHOWN && <p className="muted small">and {items.length - SHOWN} more</p>}
    </section>
  );
}
