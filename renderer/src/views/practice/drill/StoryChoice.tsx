// The stories that answer the question best (the app's suggestion), and any other story, to pick
// the one to tell. Picking is a radio group, so arrow keys move through it.
import type { Story } from '#shared/domain/schemas';
import type { StorySuggestion } from './suggest-stories';

interface Props {
  suggestions: readonly StorySuggestion[];
  stories: readonly Story[];
  selectedId?: string;
  onSelect(id: string): void;
  disabled: boolean;
}

const SHOWN = 4;

export function StoryChoice({ suggestions, stories, selectedId, onSelect, disabled }: Props) {
  const shown = suggestions.slice(0, SHOWN);
  const others = stories.filter((s) => s.status !== 'retired' && !shown.some((x) => x.story.id === s.id));
  const selectedIsOther = selectedId !== undefined && !shown.some((x) => x.story.id === selectedId);
  return (
    <section className="practice-card story-choice" aria-labelledby="story-choice-title">
      <h2 id="story-choice-title" className="card-title">
        Your story
      </h2>
      {shown.length > 0 ? (
        <div role="radiogroup" aria-labelledby="story-choice-title" className="suggestions">
          {shown.map((s) => (
            <label key={s.story.id} className={`suggestion${s.story.id === selectedId ? ' selected' : ''}`}>
              <input
                type="radio"
                name="drill-story"
                value={s.story.id}
                checked={s.story.id === selectedId}
                disabled={disabled}
                onChange={() => onSelect(s.story.id)}
              />
              <span className="suggestion-title">{s.story.title || 'Untitled story'}</span>
              <span className="suggestion-reason muted small">{s.reason}</span>
            </label>
          ))}
        </div>
      ) : (
        <p className="muted small">
          No story is tagged with this question’s competencies. Pick any story below, or tag one in Stories.
        </p>
      )}
      <label className="other-story">
        <span className="small muted">Or tell another story</span>
        <select
          value={selectedIsOther ? selectedId : ''}
          disabled={disabled}
          onChange={(e) => e.target.value && onSelect(e.target.value)}
        >
          <option value="">Choose a story…</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title || 'Untitled story'}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
