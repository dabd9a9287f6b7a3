// Progress: overall practice (sessions per week, competencies rehearsed in the last 14 days) and, for
// one story, every attempt's duration against the target.
import { useMemo, useState } from 'react';
import {
  competencyRecency,
  practiceSessions,
  RECENT_DAYS,
  sessionsPerWeek,
  storyProgress,
} from '#shared/practice/progress';
import { useClock } from '../clock';
import { clockText } from '#shared/format/duration';
import type { PracticeData } from '../use-practice-data';
import { useChartColors } from './chart-colors';
import { CompetencyRecencyList } from './CompetencyRecencyList';
import { DurationChart } from './DurationChart';
import { SessionsChart } from './SessionsChart';

const lastAttemptAt = (rehearsals: readonly { at: string }[]) => rehearsals.reduce((m, r) => (r.at > m ? r.at : m), '');

export function ProgressPanel({ data }: { data: PracticeData }) {
  const clock = useClock();
  const colors = useChartColors();
  const { stories, target, framework, nameOf } = data;
  const now = useMemo(() => new Date(clock.now()), [clock, stories]); // eslint-disable-line react-hooks/exhaustive-deps -- re-read the time when the log changes
  const weeks = useMemo(() => sessionsPerWeek(practiceSessions(stories, now), now), [stories, now]);
  const recency = useMemo(
    () =>
      competencyRecency(
        stories,
        framework.competencies.map((c) => c.id),
        now,
      ),
    [stories, framework, now],
  );
  const practiced = useMemo(
    () =>
      stories
        .filter((s) => s.rehearsals.length > 0)
        .sort((a, b) => lastAttemptAt(b.rehearsals).localeCompare(lastAttemptAt(a.rehearsals))),
    [stories],
  );
  const [chosenId, setChosenId] = useState<string | undefined>();
  const story = practiced.find((s) => s.id === chosenId) ?? practiced[0];
  const progress = useMemo(() => (story ? storyProgress(story, target, now) : undefined), [story, target, now]);

  return (
    <div className="progress-layout">
      <section className="practice-card" aria-labelledby="story-progress-title">
        <div className="card-head">
          <h2 id="story-progress-title" className="card-title">
            Attempts over time
          </h2>
          {practiced.length > 0 && (
            <label className="small">
              <span className="sr-only">Story</span>
              <select value={story?.id} onChange={(e) => setChosenId(e.target.value)}>
                {practiced.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.title || 'Untitled story'}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {story && progress ? (
          <>
            <dl className="figures">
              <div>
                <dt>Attempts</dt>
                <dd data-testid="progress-attempts">{progress.count}</dd>
              </div>
              <div>
                <dt>Median time</dt>
                <dd>{progress.medianSeconds === undefined ? '—' : clockText(progress.medianSeconds)}</dd>
              </div>
              <div>
                <dt>On target</dt>
                <dd>{progress.onTargetShare === undefined ? '—' : `${Math.round(progress.onTargetShare * 100)}%`}</dd>
              </div>
              <div>
                <dt>Average rating</dt>
                <dd>{progress.averageRating === undefined ? '—' : progress.averageRating.toFixed(1)}</dd>
              </div>
            </dl>
            <DurationChart
              attempts={progress.attempts}
              target={target}
              colors={colors}
              title={story.title || 'Untitled story'}
            />
          </>
        ) : (
          <p className="muted small">No attempts yet. Run a drill and your timings will be charted here.</p>
        )}
      </section>
      <section className="practice-card" aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="card-title">
          Sessions per week
        </h2>
        <SessionsChart weeks={weeks} colors={colors} />
      </section>
      <section className="practice-card" aria-labelledby="recency-title">
        <h2 id="recency-title" className="card-title">
          Competencies rehearsed in the last {RECENT_DAYS} days
        </h2>
        <p className="muted small">
          {framework.name}. An attempt counts for every competency its story is tagged with.
        </p>
        <CompetencyRecencyList rows={recency} nameOf={nameOf} />
      </section>
    </div>
  );
}
