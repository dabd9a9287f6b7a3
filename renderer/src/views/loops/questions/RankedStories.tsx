// The stories that answer a question best, with the reason for each and a way to open them.
import { useEffect, useState } from 'react';
import type { QuestionDto, RankedStory } from '../../../../../shared/api/channels/loops-planning';
import { useApi } from '../../../api/api-context';
import { useBank, useBankStore } from '../../../data/bank-context';
import { messageOf } from '../../../data/bank-store';
import { openStoryInWorkspace } from '../../coverage/open-story';

export function RankedStories({ question }: { question: QuestionDto }) {
  const api = useApi();
  const store = useBankStore();
  const { stories } = useBank();
  const [ranked, setRanked] = useState<RankedStory[] | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    api.rankStoriesForQuestion({ questionId: question.id, limit: 8 }).then(
      (r) => {
        if (live) setRanked(r.ranked);
      },
      (e: unknown) => {
        if (live) setError(messageOf(e));
      },
    );
    return () => {
      live = false;
    };
  }, [api, question.id, stories]);

  return (
    <section className="ranked-stories" aria-labelledby="ranked-title" data-testid="ranked-stories">
      <h2 id="ranked-title" className="ranked-question">
        “{question.text}”
      </h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {ranked === null && !error && <p className="muted">Ranking your stories…</p>}
      {ranked?.length === 0 && (
        <p className="muted">No story answers this yet. Write one and tag the competencies this question probes.</p>
      )}
      {ranked && ranked.length > 0 && (
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
