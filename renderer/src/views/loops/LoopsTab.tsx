// The loops list beside the open loop: its details (or the form to edit them) and its plan.
import { useMemo, useState } from 'react';
import { activeFramework, allFrameworks } from '#shared/competencies/index';
import type { Loop } from '#shared/domain/schemas';
import { roundProgress, roundProgressWords } from '#shared/loops/round-progress';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useBank, useBankStore } from '../../data/bank-context';
import { errorMessage } from '#shared/api/errors';
import { LoopForm, type LoopFormValue } from './LoopForm';
import { formatLoopDate, LoopList, nextLoop } from './LoopList';
import { LoopPlanner } from './LoopPlanner';
import { JobFocusPanel } from './job-focus/JobFocusPanel';
import { localIsoDate } from '#shared/practice/calendar';
import { startAction } from '../../app/start-action';

type Mode = { kind: 'view' } | { kind: 'new' } | { kind: 'edit' };

const toRounds = (value: LoopFormValue) =>
  value.rounds.map(({ key: _key, ...r }) => ({ ...r, name: r.name.trim() || 'Round' }));

export function LoopsTab() {
  const store = useBankStore();
  const bank = useBank();
  const loops = bank.loops;
  const [chosenId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const frameworks = useMemo(() => allFrameworks({ frameworks: [...bank.frameworks] }), [bank.frameworks]);
  const defaultFrameworkId = activeFramework({
    frameworks: [...bank.frameworks],
    settings: bank.settings ?? undefined,
  }).id;
  // Until the user picks one, the next loop coming up is open (past loops stay in the list for reference).
  const selectedId = chosenId ?? nextLoop(loops, localIsoDate(new Date()))?.id ?? null;
  const selected = loops.find((l) => l.id === selectedId);

  const save = async (value: LoopFormValue) => {
    setSaving(true);
    setError(undefined);
    try {
      let loop: Loop;
      if (mode.kind === 'edit' && selected) {
        loop = await store.updateLoop({
          id: selected.id,
          fields: {
            company: value.company,
            role: value.role,
            frameworkId: value.frameworkId,
            date: value.date ?? null,
            rounds: toRounds(value),
          },
          expectedUpdatedAt: selected.updatedAt,
        });
      } else {
        loop = await store.createLoop({
          company: value.company,
          role: value.role,
          ...(value.date ? { date: value.date } : {}),
          frameworkId: value.frameworkId,
          rounds: toRounds(value),
        });
      }
      setSelectedId(loop.id);
      setMode({ kind: 'view' });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const [deleting, setDeleting] = useState<Loop | null>(null);
  const remove = async (loop: Loop) => {
    setDeleting(null);
    try {
      await store.deleteLoop(loop.id);
      setSelectedId(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (bank.status === 'loading') return <p className="muted">Loading your loops…</p>;
  if (bank.status === 'error')
    return (
      <p className="error" role="alert">
        {bank.loadError}
      </p>
    );

  const form = (initial?: Loop) => (
    <LoopForm
      key={initial?.id ?? 'new'}
      initial={initial}
      frameworks={frameworks}
      defaultFrameworkId={defaultFrameworkId}
      stages={bank.stages}
      saving={saving}
      error={error}
      onSubmit={(v) => startAction(save(v))}
      onCancel={() => {
        setMode({ kind: 'view' });
        setError(undefined);
      }}
    />
  );
  const frameworkName = (id: string) => frameworks.find((f) => f.id === id)?.name ?? 'Unknown framework';

  return (
    <div className="loops-layout">
      <LoopList
        loops={loops}
        interviews={bank.interviews}
        selectedId={mode.kind === 'new' ? null : selectedId}
        onSelect={(id) => {
          setSelectedId(id);
          setMode({ kind: 'view' });
        }}
        onNew={() => {
          setMode({ kind: 'new' });
          setError(undefined);
        }}
      />
      <section className="loop-detail" aria-label="Loop">
        {mode.kind === 'new' && form()}
        {mode.kind === 'edit' && selected && form(selected)}
        {mode.kind === 'view' && !selected && (
          <div className="loop-empty">
            <h2>Plan your next interview loop</h2>
            <p className="muted">
              Add the company, the role and the rounds the recruiter described. Storybank suggests which story to tell
              in each round, and warns you about gaps, reused stories and numbers that disagree.
            </p>
            <button type="button" className="button primary" onClick={() => setMode({ kind: 'new' })}>
              New loop
            </button>
          </div>
        )}
        {mode.kind === 'view' && selected && (
          <>
            <header className="loop-header">
              <div>
                <h2>
                  {selected.company}
                  {selected.role ? <span className="loop-role"> · {selected.role}</span> : null}
                </h2>
                <p className="muted small">
                  {formatLoopDate(selected.date)} · {frameworkName(selected.frameworkId)} ·{' '}
                  <span data-testid="loop-header-progress">
                    {roundProgressWords(roundProgress(selected, bank.interviews))}
                  </span>
                </p>
              </div>
              <div className="loop-header-actions">
                <button type="button" className="button" onClick={() => setMode({ kind: 'edit' })}>
                  Edit loop
                </button>
                <button type="button" className="button danger" onClick={() => setDeleting(selected)}>
                  Delete
                </button>
              </div>
            </header>
            {error && (
              <p className="error" role="alert">
                {error}
              </p>
            )}
            <JobFocusPanel key={`job-${selected.id}`} loop={selected} />
            <LoopPlanner key={selected.id} loop={selected} />
            <ConfirmDialog
              open={deleting !== null}
              title={`Delete the ${deleting?.company ?? ''} loop?`}
              confirmLabel="Delete loop"
              danger
              onConfirm={() => deleting && void remove(deleting)}
              onCancel={() => setDeleting(null)}
            >
              <p>Its rounds and story plan are deleted. Your stories are not affected.</p>
            </ConfirmDialog>
          </>
        )}
      </section>
    </div>
  );
}
