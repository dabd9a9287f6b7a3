// The interview stages stories are tagged with: rename, add, reorder (up/down buttons, so the
// keyboard can do it), delete with a confirmation. The rest of the app reloads the list after each
// change, so tag pickers show the new names at once.
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Stage } from '../../../../shared/domain/schemas';
import { useApi } from '../../api/api-context';
import { useBank, useBankStore } from '../../data/bank-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SaveStatus } from './SaveStatus';
import { SettingsSection } from './SettingsSection';
import { movedIds } from './stage-order';
import { StageRow } from './StageRow';
import { useSave } from './use-save';

export function StagesSection() {
  const api = useApi();
  const store = useBankStore();
  const { stories } = useBank();
  const id = useId();
  const [stages, setStages] = useState<Stage[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<Stage | null>(null);
  const { outcome, save } = useSave();

  useEffect(() => {
    let live = true;
    api.listStages({}).then(
      (value) => live && setStages(value.stages),
      (e: unknown) => live && setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [api]);

  /** Runs one change; on success the local list is updated and the shared bank reloaded. */
  const change = async (write: () => Promise<(list: Stage[]) => Stage[]>): Promise<boolean> => {
    setBusy(true);
    let update: ((list: Stage[]) => Stage[]) | undefined;
    const ok = await save(async () => {
      update = await write();
    });
    if (ok && update) {
      setStages((list) => (list ? update!(list) : list));
      void store.load();
    }
    setBusy(false);
    return ok;
  };

  const rename = (stage: Stage, name: string) =>
    change(async () => {
      const renamed = await api.renameStage({ id: stage.id, name });
      return (list) => list.map((s) => (s.id === renamed.id ? renamed : s));
    });

  const move = (stage: Stage, direction: -1 | 1) => {
    const ids = movedIds(stages?.map((s) => s.id) ?? [], stage.id, direction);
    if (!ids) return;
    void change(async () => {
      const { stages: next } = await api.reorderStages({ ids });
      return () => next;
    }).then((ok) => ok && focusMoveButton(stage.id, direction));
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = newName.trim();
    if (!name) return;
    void change(async () => {
      const created = await api.createStage({ name });
      return (list) => [...list, created];
    }).then((ok) => ok && setNewName(''));
  };

  const confirmDelete = () => {
    const stage = deleting;
    if (!stage) return;
    void change(async () => {
      await api.deleteStage({ id: stage.id });
      return (list) => list.filter((s) => s.id !== stage.id);
    }).then(() => setDeleting(null));
  };

  const usedBy = deleting ? stories.filter((s) => s.stages.includes(deleting.id)).length : 0;
  return (
    <SettingsSection
      id="stages"
      title="Interview stages"
      intro="The rounds you tag stories with. Rename them to match the companies you interview with."
      status={<SaveStatus outcome={outcome} />}
    >
      {loadError && (
        <p role="alert" className="error">
          Could not load the stages: {loadError}
        </p>
      )}
      {stages && (
        <ol className="stage-list" aria-label="Interview stages">
          {stages.map((s, i) => (
            <StageRow
              key={s.id}
              stage={s}
              index={i}
              count={stages.length}
              busy={busy}
              onRename={(name) => rename(s, name)}
              onMove={(d) => move(s, d)}
              onDelete={() => setDeleting(s)}
            />
          ))}
        </ol>
      )}
      {stages && stages.length === 0 && <p className="muted">No stages. Add the first one below.</p>}
      <form className="stage-add" onSubmit={add}>
        <label htmlFor={`${id}-new`}>New stage</label>
        <input
          id={`${id}-new`}
          className="text-input"
          type="text"
          maxLength={200}
          placeholder="e.g. Team match"
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy || !newName.trim()}>
          Add stage
        </button>
      </form>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete stage"
        danger
        busy={busy}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <p>
          {usedBy > 0
            ? `${usedBy} ${usedBy === 1 ? 'story is' : 'stories are'} tagged with this stage; the tag is removed from ${usedBy === 1 ? 'it' : 'them'}, and from any loop round that uses it.`
            : 'No story is tagged with this stage. Loop rounds that use it lose their stage.'}
        </p>
        <p className="muted small">Your stories themselves are not deleted.</p>
      </ConfirmDialog>
    </SettingsSection>
  );
}

// React moves rows by key, which can drop focus; put it back on the same button, or on the other
// one when the stage has reached an end of the list.
function focusMoveButton(stageId: string, direction: -1 | 1): void {
  requestAnimationFrame(() => {
    const row = document.querySelector(`.stage-row[data-stage-id="${CSS.escape(stageId)}"]`);
    const same = row?.querySelector<HTMLButtonElement>(`[data-move="${direction < 0 ? 'up' : 'down'}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${direction < 0 ? 'down' : 'up'}"]`);
    (same && !same.disabled ? same : other)?.focus();
  });
}
