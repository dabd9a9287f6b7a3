// Coverage: which competencies (or interview stages) the stories cover, where the gaps are, and a way
// into the stories behind every cell.
import { useCallback, useState } from 'react';
import { useBank, useBankFiles, useBankStore } from '../../data/bank-context';
import { errorMessage, StorybankError } from '#shared/api/errors';
import { CellDetail } from './CellDetail';
import { CoverageSummary } from './CoverageSummary';
import { CoverageTable } from './CoverageTable';
import { downloadText } from '../../components/download-file';
import { EditFrameworkDialog } from './EditFrameworkDialog';
import { FrameworkPicker } from './FrameworkPicker';
import { openStoryInWorkspace } from './open-story';
import { storyReadiness, useCoverage, type CoverageViewKind } from './use-coverage';
import { SignalCoverageList } from './SignalCoverageList';
import { ViewToggle, type CoverageMode } from './ViewToggle';
import './coverage.css';
import { startAction } from '../../app/start-action';

export function CoverageView() {
  const files = useBankFiles();
  const store = useBankStore();
  const bank = useBank();
  const [mode, setMode] = useState<CoverageMode>('competencies');
  // The signals view reads stories only; the matrix below keeps its own kind.
  const view: CoverageViewKind = mode === 'signals' ? 'competencies' : mode;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [editing, setEditing] = useState(false);
  const { matrix, framework, frameworks, descriptions } = useCoverage(bank, view);

  const run = useCallback(async (work: () => Promise<string | void>) => {
    setBusy(true);
    setMessage(null);
    try {
      const text = await work();
      if (text) setMessage({ text });
    } catch (error) {
      // Closing the save dialog is a choice, not an error: said plainly, not in red.
      const cancelled = error instanceof StorybankError && error.code === 'cancelled';
      setMessage({ text: errorMessage(error), error: !cancelled });
    } finally {
      setBusy(false);
    }
  }, []);

  const switchFramework = (id: string) =>
    run(async () => {
      setSelectedId(null);
      await store.updateSettings({ activeFrameworkId: id });
    });

  const copy = () =>
    run(async () => {
      const made = await store.copyFramework({ frameworkId: framework.id, activate: true });
      return `Made “${made.name}”. Edit its competencies; your stories' tags still count.`;
    });

  const exportCsv = () =>
    run(async () => {
      const result = await files.exportCoverageCsv({
        view,
        frameworkId: view === 'competencies' ? framework.id : undefined,
        saveWithDialog: true,
      });
      if (result.savedTo) return `Saved ${result.savedTo}`;
      downloadText(result.fileName, result.csv, 'text/csv;charset=utf-8');
      return `Downloaded ${result.fileName}`;
    });

  const writeStoryFor = (columnId: string) =>
    run(async () => {
      const story = await store.createStory(view === 'stages' ? { stages: [columnId] } : { competencies: [columnId] });
      openStoryInWorkspace(store, story.id);
    });

  if (bank.status === 'loading') return <p className="muted">Loading your stories…</p>;
  if (bank.status === 'error')
    return (
      <p className="error" role="alert">
        {bank.loadError}
      </p>
    );

  const selected = matrix.columns.find((c) => c.id === selectedId);
  return (
    <div className="coverage-view">
      <div className="coverage-toolbar">
        {mode === 'competencies' && (
          <FrameworkPicker
            frameworks={frameworks}
            activeId={framework.id}
            busy={busy}
            onChange={(id) => startAction(switchFramework(id))}
            onCopy={() => startAction(copy())}
            onEdit={() => setEditing(true)}
          />
        )}
        {/* The view toggle and its export stay together when the toolbar wraps. */}
        <div className="coverage-toolbar-end">
          <ViewToggle
            value={mode}
            onChange={(v) => {
              setMode(v);
              setSelectedId(null);
            }}
          />
          {mode !== 'signals' && (
            <button type="button" className="button" disabled={busy} onClick={() => startAction(exportCsv())}>
              Export CSV
            </button>
          )}
        </div>
      </div>
      {message && (
        <p className={message.error ? 'error' : 'coverage-message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {mode === 'signals' ? (
        <SignalCoverageList stories={bank.stories} onOpenStory={(id) => openStoryInWorkspace(store, id)} />
      ) : (
        <CoverageSummary matrix={matrix} label={view === 'stages' ? 'stages' : 'competencies'} />
      )}
      {mode === 'signals' ? null : matrix.rows.length === 0 ? (
        <p className="coverage-empty">
          No stories yet. Write a story in Stories and tag its competencies; this matrix fills in as you go.
        </p>
      ) : (
        <div className={`coverage-layout${selected ? ' has-detail' : ''}`}>
          <CoverageTable
            matrix={matrix}
            descriptions={descriptions}
            selectedId={selectedId}
            onOpenStory={(id) => openStoryInWorkspace(store, id)}
            onSelect={(id) => setSelectedId((current) => (current === id ? null : id))}
            rowLabel={view === 'stages' ? 'Stage' : 'Competency'}
          />
          {selected && (
            <CellDetail
              column={selected}
              description={descriptions.get(selected.id)}
              stories={bank.byId}
              readiness={storyReadiness}
              minReady={matrix.minReady}
              onOpen={(id) => openStoryInWorkspace(store, id)}
              onWriteStory={() => startAction(writeStoryFor(selected.id))}
              onClose={() => setSelectedId(null)}
            />
          )}
        </div>
      )}
      {editing && !framework.preset && <EditFrameworkDialog framework={framework} onClose={() => setEditing(false)} />}
    </div>
  );
}
