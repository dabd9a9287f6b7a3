// Deleting a project removes its notes and deep-dive mark; its stories stay, and can keep naming it.
import { useState } from 'react';
import { errorMessage } from '#shared/api/errors';
import type { ProjectEntry } from '#shared/projects/index';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useBankStore } from '../../data/bank-context';
import { startAction } from '../../app/start-action';

export function DeleteProjectDialog({
  project,
  open,
  onClose,
}: {
  project: ProjectEntry;
  open: boolean;
  onClose: () => void;
}) {
  const store = useBankStore();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notes = Object.keys(project.stored?.layerNotes ?? {}).length;
  const n = project.stories.length;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      // A project that only stories name would come straight back unless they let go of it.
      await store.deleteProject(project.name, true);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ConfirmDialog
      open={open}
      title={`Delete “${project.name}”?`}
      confirmLabel="Delete project"
      danger
      busy={busy}
      onConfirm={() => startAction(confirm())}
      onCancel={onClose}
    >
      <p>
        {notes
          ? `Its notes on ${notes} ${notes === 1 ? 'layer' : 'layers'} of the depth map are deleted. `
          : 'It has no notes. '}
        {n
          ? `Its ${n} ${n === 1 ? 'story stays' : 'stories stay'} in your bank, with no project.`
          : 'No story is in it.'}
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}
