// The interview stages stories are tagged with: rename, add, reorder (up/down buttons, so the
// keyboard can do it), delete with a confirmation. The stages live in the bank store, so tag pickers
// everywhere show the new names at once.
import { useId, useState, type FormEvent } from 'react';
import type { Stage } from '#shared/domain/schemas';
import { useBank, useBankStore } from '../../data/bank-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SaveStatus } from './SaveStatus';
import { SettingsSection } from './SettingsSection';
import { movedIds } from './stage-order';
import { StageRow } from './StageRow';
import { useSave } from './use-save';
import { startAction } from '../../app/start-action';

export function StagesSection() {
  const store = useBankStore();
  const stories = useBank((bank) => bank.stories);
  const stages = useBank((bank) => bank.stages);
  const id = useId();
  const [newName, setNewName] = useState('');
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<Stage | null>(null);
  const { outcome, save } = useSave();

  /** Runs one change through the store, which applies the server's answer. */
  const change = async (write: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    const ok = await save(async () => {
      await write();
    });
    setBusy(false);
    return ok;
  };

  const rename = (stage: Stage, name: string) => change(() => store.renameStage(stage.id, name));

  const move = (stage: Stage, direction: -1 | 1) => {
    const ids = movedIds(
      stages.map((s) => s.id),
      stage.id,
      direction,
    );
    if (!ids) return;
    startAction(change(() => store.reorderStages(ids)).then((ok) => ok && focusMoveButton(stage.id, direction)));
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = newName.trim();
    if (!name) return;
    startAction(change(() => store.createStage(name)).then((ok) => ok && setNewName('')));
  };

  const confirmDelete = () => {
    const stage = deleting;
    if (!stage) return;
    startAction(change(() => store.deleteStage(stage.id)).then(() => setDeleting(null)));
  };

  const usedBy = deleting ? stories.filter((s) => s.stages.includes(deleting.id)).length : 0;
  return (
    <SettingsSection
      id="stages"
      title="Interview stages"
      intro="The rounds you tag stories with. Rename them to match the companies you interview with."
      status={<SaveStatus outcome={outcome} />}
    >
      {stages.length > 0 && (
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
      {stages.length === 0 && <p className="muted">No stages. Add the first one below.</p>}
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
