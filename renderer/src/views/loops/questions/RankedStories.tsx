// The stories that answer a question best, with the reason for each and a way to open them. Ranked
// here from the bank store (shared/questions), so the list follows edits as they are typed. When the
// question bank is ranked for a loop's job focus, stories that also cover that focus come first.
import { useMemo } from 'react';
import type { QuestionDto } from '#shared/api/channels/questions';
import { rankedStories } from '#shared/questions/question-views';
import { useBank, useBankStore } from '../../../data/bank-context';
import { storyReadiness } from '../../../data/story-analysis';
import { openStoryInWorkspace } from '../../coverage/open-story';

export function RankedStories({
  question,
  focus,
  focusLabel,
}: {
  question: QuestionDto;
  /** The focus of the loop chosen in the question bank (strongest first); none when no loop is chosen. */
  focus?: readonly string[];
  /** Which loop the focus belongs to, for the heading's note. */
  focusLabel?: string;
}) {
  const store = useBankStore();
  const stories = useBank((bank) => bank.stories);
  const frameworks = useBank((bank) => bank.frameworks);
  const settings = useBank((bank) => bank.settings);
  const ranked = useMemo(
    () =>
      rankedStories(question, stories, {
        readiness: storyReadiness,
        frameworks: { frameworks: [...frameworks], settings: settings ?? undefined },
        limit: 8,
        focus,
      }),
    [question, stories, frameworks, settings, focus],
  );

  return (
    <section className="ranked-stories" aria-labelledby="ranked-title" data-testid="ranked-stories">
      <h2 id="ranked-title" className="ranked-question">
        “{question.text}”
      </h2>
      {focus && focus.length > 0 && (
        <p className="muted small" data-testid="ranked-for-focus">
          Ranked for {focusLabel ? `the ${focusLabel} job focus` : 'the loop’s job focus'} too: a story that also covers
          what the job asks for comes first.
        </p>
      )}
      {ranked.length === 0 && (
        <p className="muted">No story answers this yet. Write one and tag the competencies this question probes.</p>
      )}
      {ranked.length > 0 && (
        <ol className="ranked-list">
          {ranked.map((r, i) => (
            <li key={r.storyId} className="ranked-item">
              <span className="ranked-rank" aria-hidden="true">
                {i + 1}
              </span>
              <div className="ranked-body">
                <div className="ranked-title-row">
                  <strong>{r.title || 'Untitled story'}</strong>
                  <span className={`status-chip is-${r.status}`}>{r.status}</span>
                </div>
                <p className="muted small">{r.reason}</p>
              </div>
              <button
                type="button"
                className="button"
                onClick={() => openStoryInWorkspace(store, r.storyId)}
                aria-label={`Open ${r.title || 'untitled story'}`}
              >
                Open
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
