// The companies, most recent activity first, each with where its process stands.
import type { CompanyTimeline, ProcessState } from '#shared/interview-log/index';
import { formatLoopDate } from '../loops/LoopList';
import { OUTCOME_LABEL } from './log-entry/entry-form';

export const STATE_LABEL: Record<ProcessState, string> = { ...OUTCOME_LABEL, planned: 'Planned' };

/**
 * Where the process stands, in words: the latest round's outcome, except that a passed round with rounds
 * still planned reads "Passed so far" (a bare "Passed" after the first of three rounds read as the loop's end).
 */
export function stateLabel(t: Pick<CompanyTimeline, 'state' | 'upcoming'>): string {
  return t.state === 'passed' && t.upcoming.length > 0 ? 'Passed so far' : STATE_LABEL[t.state];
}

export function CompanyList({
  timelines,
  selected,
  onSelect,
}: {
  timelines: readonly CompanyTimeline[];
  selected?: CompanyTimeline;
  onSelect: (timeline: CompanyTimeline) => void;
}) {
  return (
    <nav className="company-list" aria-label="Companies">
      <ul>
        {timelines.map((t) => {
          const rounds = t.entries.length;
          return (
            <li key={t.company}>
              <button
                type="button"
                className="company-item"
                aria-current={t === selected ? 'true' : undefined}
                onClick={() => onSelect(t)}
              >
                <span className="company-name">{t.company}</span>
                <span className="company-meta">
                  <span className={`state-badge state-${t.state}`}>{stateLabel(t)}</span>
                  <span className="muted small">
                    {rounds} {rounds === 1 ? 'round' : 'rounds'} logged
                    {t.lastDate ? ` · ${formatLoopDate(t.lastDate)}` : ''}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
