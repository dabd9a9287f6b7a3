// The companies, most recent activity first, each with where its process stands.
import type { CompanyTimeline, ProcessState } from '#shared/interview-log/index';
import { formatLoopDate } from '../loops/LoopList';
import { OUTCOME_LABEL } from './log-entry/entry-form';

export const STATE_LABEL: Record<ProcessState, string> = { ...OUTCOME_LABEL, planned: 'Planned' };

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
                  <span className={`state-badge state-${t.state}`}>{STATE_LABEL[t.state]}</span>
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
