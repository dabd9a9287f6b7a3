// Coverage by senior signal: "1 of 8 stories shows ownership after launch", and the stories whose
// own competencies need a signal they do not show yet, each a way into the story.
import { useMemo } from 'react';
import type { Story } from '#shared/domain/schemas';
import { SIGNALS } from '#shared/analysis/index';
import { signalCoverage } from '#shared/coverage/index';

export function SignalCoverageList({
  stories,
  onOpenStory,
}: {
  stories: readonly Story[];
  onOpenStory: (id: string) => void;
}) {
  const coverage = useMemo(() => signalCoverage(stories), [stories]);
  const titleOf = useMemo(() => new Map(stories.map((s) => [s.id, s.title || 'Untitled story'])), [stories]);
  if (stories.length === 0)
    return (
      <p className="coverage-empty" data-testid="signal-coverage-empty">
        No stories yet. Write a story in Stories; this view then shows which senior signals your stories show (a
        trade-off, ownership after launch…) and which stories lack one their competencies need.
      </p>
    );
  return (
    <ul className="signal-coverage" data-testid="signal-coverage" aria-label="Senior signals across your stories">
      {coverage.rows.map((row) => (
        <li key={row.id} className="signal-coverage-row" data-signal={row.id}>
          <div className="signal-coverage-head">
            <span className="signal-coverage-label" title={SIGNALS[row.id].description}>
              {SIGNALS[row.id].label}
            </span>
            <span className="signal-coverage-bar" aria-hidden="true">
              <span style={{ width: `${coverage.total ? (row.showing.length / coverage.total) * 100 : 0}%` }} />
            </span>
          </div>
          <p className="signal-coverage-sentence">{row.sentence}.</p>
          <StoryLinks
            label="Needed by their competencies but missing in"
            ids={row.neededMissing}
            titleOf={titleOf}
            onOpenStory={onOpenStory}
          />
          <StoryLinks
            label="Needed, and not clearly shown in"
            ids={row.neededUnsure}
            titleOf={titleOf}
            onOpenStory={onOpenStory}
          />
        </li>
      ))}
    </ul>
  );
}

/** The stories of one list as links into them, after its label; nothing when the list is empty. */
function StoryLinks({
  label,
  ids,
  titleOf,
  onOpenStory,
}: {
  label: string;
  ids: readonly string[];
  titleOf: ReadonlyMap<string, string>;
  onOpenStory: (id: string) => void;
}) {
  if (ids.length === 0) return null;
  return (
    <p className="signal-coverage-missing small">
      {label}:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <button type="button" className="link-button" onClick={() => onOpenStory(id)}>
            {titleOf.get(id)}
          </button>
        </span>
      ))}
    </p>
  );
}
