// Every finding of the story in reading order; click or Enter jumps to it in its editor.
import { countClaimMarks } from '#shared/analysis/claim-tally';
import type { StoryFinding } from '#shared/analysis/types';
import type { StorySection } from '#shared/domain/schemas';
import { SEVERITY_LABEL } from '../../../editor/finding-types';
import { SECTION_META } from '../editor/sections';

export interface PanelFinding extends StoryFinding {
  /** The quoted words the finding is about (empty for story-level findings). */
  quote: string;
}

export function IssuesPanel({
  findings,
  onSelect,
}: {
  findings: readonly PanelFinding[];
  onSelect: (f: PanelFinding) => void;
}) {
  return (
    <section className="insight-card issues" aria-labelledby="issues-heading">
      <div className="issues-head">
        <h2 id="issues-heading" className="insight-title">
          Issues
        </h2>
        <span className="issues-counts">{issuesCount(findings.length, countClaimMarks(findings))}</span>
      </div>
      {findings.length === 0 ? (
        <p className="muted small issues-empty">Nothing to fix. Read it out loud once with a timer.</p>
      ) : (
        <ol className="issues-list" data-testid="issues-list">
          {findings.map((f, i) => (
            <li key={`${f.section ?? 'story'}-${f.rule}-${f.start}-${i}`}>
              <button
                type="button"
                className={`issue issue-${f.severity}`}
                onClick={() => onSelect(f)}
                disabled={!f.section || f.end <= f.start}
              >
                <span className="issue-meta">
                  <span className={`issue-badge badge-${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
                  <span className="issue-where">
                    {f.section ? SECTION_META[f.section as StorySection].label : 'Whole story'}
                  </span>
                </span>
                {f.quote && <q className="issue-quote">{f.quote}</q>}
                <span className="issue-message">{f.message}</span>
                {f.suggestion && <span className="issue-suggestion">{f.suggestion}</span>}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * "3 issues", or "5 issues · 2 claims marked" when some are claim marks (vague, or an outcome with no
 * number): the same count the readiness Specificity part gives as "marked" (claim-tally.ts).
 * "0 claims marked" read like a problem, so it is left out.
 */
function issuesCount(total: number, claimMarks: number): string {
  if (total === 0) return 'none';
  const marked = claimMarks > 0 ? ` · ${claimMarks} ${claimMarks === 1 ? 'claim' : 'claims'} marked` : '';
  return `${total} ${total === 1 ? 'issue' : 'issues'}${marked}`;
}
