// Where the next question comes from (random, one competency, or a loop's rounds) and the question
// itself, large, as the interviewer would ask it.
import type { Framework, Loop } from '#shared/domain/schemas';
import type { DrawnQuestion, DrillSource } from '#shared/practice/drill-questions';

interface Props {
  source: DrillSource;
  onSource(source: DrillSource): void;
  drawn?: DrawnQuestion;
  /** True when the source has no question to draw. */
  empty: boolean;
  loops: readonly Loop[];
  /** How many questions the interview log holds ("Questions you were asked"). */
  askedCount: number;
  framework: Framework;
  nameOf(id: string): string;
  onDraw(): void;
  disabled: boolean;
  /** Whether "Practice next" lists a story to pick (it is empty until a story is marked ready). */
  hasQueue: boolean;
}

/**
 * A question is tagged in several frameworks; name what the draw aimed at first (it may match only
 * through an equivalent tag), then the active framework's own tags, and every tag only without those.
 */
function competenciesShown(
  ids: readonly string[],
  framework: Framework,
  targets: readonly string[],
): readonly string[] {
  const own = ids.filter((id) => framework.competencies.some((c) => c.id === id));
  const shown = [...new Set([...targets, ...own])];
  return shown.length > 0 ? shown : ids;
}

export function QuestionCard({
  source,
  onSource,
  drawn,
  empty,
  loops,
  askedCount,
  framework,
  nameOf,
  onDraw,
  disabled,
  hasQueue,
}: Props) {
  const firstCompetency = framework.competencies[0]?.id ?? '';
  return (
    <section className="practice-card question-card" aria-labelledby="question-title">
      <div className="question-source" role="group" aria-label="Draw questions from">
        <label>
          <span>Draw from</span>
          <select
            value={source.kind}
            disabled={disabled}
            onChange={(e) => {
              const kind = e.target.value as DrillSource['kind'];
              if (kind === 'random' || kind === 'asked') onSource({ kind });
              else if (kind === 'competency') onSource({ kind, competencyId: firstCompetency });
              else if (loops[0]) onSource({ kind, loopId: loops[0].id });
            }}
          >
            <option value="random">All questions</option>
            <option value="competency">One competency</option>
            <option value="loop" disabled={loops.length === 0}>
              An interview loop
            </option>
            <option value="asked" disabled={askedCount === 0}>
              Questions you were asked (worst answers first)
            </option>
          </select>
        </label>
        {source.kind === 'competency' && (
          <label>
            <span className="sr-only">Competency</span>
            <select
              value={source.competencyId}
              disabled={disabled}
              onChange={(e) => onSource({ kind: 'competency', competencyId: e.target.value })}
            >
              {framework.competencies.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {source.kind === 'loop' && (
          <label>
            <span className="sr-only">Loop</span>
            <select
              value={source.loopId}
              disabled={disabled}
              onChange={(e) => onSource({ kind: 'loop', loopId: e.target.value })}
            >
              {loops.map((l) => (
                <option key={l.id} value={l.id}>
                  {[l.company || 'Untitled loop', l.role, l.date].filter(Boolean).join(' · ')}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button" onClick={onDraw} disabled={disabled}>
          {drawn ? 'Next question' : 'Draw a question'} <kbd>N</kbd>
        </button>
      </div>
      <h2 id="question-title" className="sr-only">
        Question
      </h2>
      {drawn ? (
        <>
          <p className="question-text" data-testid="question">
            {drawn.question.text}
          </p>
          <p className="question-meta muted small">
            {drawn.asked && (
              <span data-testid="asked-meta">
                Asked at {drawn.asked.company} on {drawn.asked.date}
                {drawn.asked.times > 1 ? ` (${drawn.asked.times} times)` : ''}
                {drawn.asked.rating !== undefined ? ` · your answer: ${drawn.asked.rating}/5` : ' · answer not rated'}
                {drawn.question.competencies.length > 0 ? ' · ' : ''}
              </span>
            )}
            {drawn.round && (
              <span>
                {drawn.loop?.company} · {drawn.round.name} round ·{' '}
              </span>
            )}
            {competenciesShown(drawn.question.competencies, framework, drawn.targets).map(nameOf).join(' · ')}
          </p>
        </>
      ) : (
        <p className="question-text placeholder muted">
          {empty
            ? source.kind === 'asked'
              ? 'No question in your interview log yet. Log a round (Loops ▸ Mark round as done) with the questions they asked.'
              : 'No question fits this choice yet. Pick another competency or loop.'
            : hasQueue
              ? 'Press N to draw a question, or pick a story from “Practice next”.'
              : 'Press N to draw a question.'}
        </p>
      )}
    </section>
  );
}
