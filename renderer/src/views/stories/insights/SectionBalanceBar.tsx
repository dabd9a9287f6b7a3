import { STORY_SECTIONS, type StorySection } from '#shared/domain/schemas';
import { SECTION_META } from '../editor/sections';

const SPOKEN: StorySection[] = STORY_SECTIONS.filter((s) => s !== 'reflection');

/** How the spoken answer splits across Situation, Task, Action and Result; Action should be about half. */
export function SectionBalanceBar({ balance }: { balance: Record<StorySection, number> }) {
  const total = SPOKEN.reduce((sum, s) => sum + (balance[s] ?? 0), 0);
  const action = total ? (balance.action ?? 0) / total : 0;
  const caption =
    total === 0
      ? 'Action should be about half of the answer.'
      : action >= 0.4 && action <= 0.65
        ? 'Well balanced: Action carries the story.'
        : action < 0.4
          ? 'Action is thin: say more about what you did.'
          : 'Action crowds out the rest: keep Situation and Result.';
  const summary = SPOKEN.map(
    (s) => `${SECTION_META[s].label} ${Math.round(total ? ((balance[s] ?? 0) / total) * 100 : 0)}%`,
  ).join(', ');
  return (
    <div className="balance">
      <div className="meter-head">
        <span className="meter-label">Section balance</span>
        <span className="meter-value">Action {Math.round(action * 100)}%</span>
      </div>
      <div className="balance-bar" role="img" aria-label={`Section balance: ${summary}`}>
        {total > 0 &&
          SPOKEN.map((s) => (
            <div
              key={s}
              className={`balance-part balance-${s}`}
              style={{ flexGrow: balance[s] ?? 0 }}
              title={`${SECTION_META[s].label}: ${Math.round(((balance[s] ?? 0) / total) * 100)}%`}
            />
          ))}
      </div>
      <ul className="balance-legend" aria-hidden="true">
        {SPOKEN.map((s) => (
          <li key={s}>
            <span className={`balance-dot balance-${s}`} />
            {SECTION_META[s].short}
          </li>
        ))}
      </ul>
      <p className="meter-caption">{caption}</p>
    </div>
  );
}
