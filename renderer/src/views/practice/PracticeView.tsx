// Practice: rehearse stories out loud against the clock (Drill), and see how it is going (Progress).
import { DrillPanel } from './drill/DrillPanel';
import { ProgressPanel } from './progress/ProgressPanel';
import { usePracticeData } from './use-practice-data';
import { useSessionState } from '../../data/session-state';
import './practice.css';

type Tab = 'drill' | 'progress';
const TABS: { id: Tab; label: string }[] = [
  { id: 'drill', label: 'Drill' },
  { id: 'progress', label: 'Progress' },
];

export function PracticeView() {
  const data = usePracticeData();
  const [tab, setTab] = useSessionState<Tab>('practice.tab', 'drill');

  if (data.status === 'error')
    return (
      <p className="error" role="alert">
        Could not load your stories: {data.error}
      </p>
    );
  if (data.status === 'loading')
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );

  const move = (from: Tab, step: number) => {
    const next = TABS[(TABS.findIndex((t) => t.id === from) + step + TABS.length) % TABS.length].id;
    setTab(next);
    document.getElementById(`practice-tab-${next}`)?.focus();
  };
  return (
    <div className="practice">
      <div role="tablist" aria-label="Practice" className="practice-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`practice-tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`practice-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            className="practice-tab"
            onClick={() => setTab(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                e.preventDefault();
                move(t.id, e.key === 'ArrowRight' ? 1 : -1);
              }
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`practice-panel-${tab}`} aria-labelledby={`practice-tab-${tab}`}>
        {tab === 'drill' ? <DrillPanel data={data} /> : <ProgressPanel data={data} />}
      </div>
    </div>
  );
}
