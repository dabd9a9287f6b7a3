// One row of the story list: selection checkbox, then a button that opens the story.
import { memo } from 'react';
import type { Story } from '#shared/domain/schemas';
import { speakingSeconds, storyReport } from '../../../data/story-analysis';
import { Highlighted } from '../../../search/Highlighted';
import { snippetAround } from '../../../search/highlight';
import type { StoryMatch } from '../../../search/story-index';
import { readinessTone } from '../insights/ReadinessCard';
import { STATUS_LABEL } from '../editor/StoryMetaFields';
import { clockText } from '#shared/format/duration';

/** Fixed for the virtual list: room for a title of two lines, the tags and the status line. */
export const ROW_HEIGHT = 104;
const NO_TERMS: string[] = [];
const SNIPPET_FIELDS = ['situation', 'task', 'action', 'result', 'reflection', 'project', 'role', 'notes'] as const;

export interface StoryRowProps {
  story: Story;
  index: number;
  open: boolean;
  selected: boolean;
  /** False while the list's first rows wait for their reports: score and speaking time follow. */
  scored: boolean;
  match?: StoryMatch;
  tagName: (id: string) => string;
  onOpen: (id: string) => void;
  onToggle: (id: string, index: number, shiftKey: boolean) => void;
  onKeyNav: (index: number, key: string) => void;
}

export const StoryRow = memo(function StoryRow({
  story,
  index,
  open,
  selected,
  scored,
  match,
  tagName,
  onOpen,
  onToggle,
  onKeyNav,
}: StoryRowProps) {
  const report = scored ? storyReport(story) : undefined;
  const terms = match?.terms ?? NO_TERMS;
  const tags = [...story.competencies, ...story.stages].map(tagName);
  const snippetField = match ? SNIPPET_FIELDS.find((f) => match.fields.includes(f)) : undefined;
  const snippet = snippetField ? snippetAround(story[snippetField], terms, 110) : null;
  const title = story.title || 'Untitled story';
  return (
    <div className={`story-row${open ? ' open' : ''}${selected ? ' selected' : ''}`} data-story-id={story.id}>
      <input
        type="checkbox"
        className="row-check"
        checked={selected}
        aria-label={`Select ${title}`}
        onChange={(e) => onToggle(story.id, index, (e.nativeEvent as MouseEvent).shiftKey === true)}
      />
      <button
        type="button"
        className="row-open"
        // The list cuts titles past two lines; the full one shows on hover (here) and on keyboard focus (CSS).
        title={title}
        aria-current={open ? 'true' : undefined}
        data-row-index={index}
        onClick={() => onOpen(story.id)}
        onKeyDown={(e) => {
          if (['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) {
            e.preventDefault();
            onKeyNav(index, e.key);
          }
        }}
      >
        <span className="row-top">
          <span className={`row-title${story.title ? '' : ' untitled'}`}>
            <Highlighted text={title} terms={terms} />
          </span>
          {report ? (
            <span className={`row-score tone-${readinessTone(report.score.total)}`} title="Readiness score">
              {report.score.total}
            </span>
          ) : (
            <span className="row-score" title="Readiness score" data-pending="" />
          )}
        </span>
        {snippet ? (
          <span className="row-snippet">
            <Highlighted text={snippet} terms={terms} />
          </span>
        ) : (
          <span className="row-tags">
            {tags.length
              ? tags.slice(0, 4).join(' · ') + (tags.length > 4 ? ` +${tags.length - 4}` : '')
              : 'No tags yet'}
          </span>
        )}
        <span className="row-bottom">
          <span className={`status-pill status-${story.status}`}>{STATUS_LABEL[story.status]}</span>
          {story.sample && <span className="status-pill sample">Sample</span>}
          <span className="row-time" title="Speaking time">
            {report && clockText(speakingSeconds(report))}
          </span>
        </span>
      </button>
    </div>
  );
});
