// The trash: stories deleted in the last 30 days, each restorable, or deleted for good after a confirmation.
import { useState } from 'react';
import type { Story } from '#shared/domain/schemas';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Dialog } from '../../../components/Dialog';
import { useBank, useBankStore } from '../../../data/bank-context';
import { errorMessage } from '#shared/api/errors';
import { startAction } from '../../../app/start-action';

export function TrashDialog({
  open,
  onOpenChange,
  onRestored,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onRestored: (story: Story) => void;
}) {
  const store = useBankStore();
  const items = useBank((bank) => bank.trash);
  const [error, setError] = useState<string | null>(null);
  const [purging, setPurging] = useState<Story | null>(null);
  const [busy, setBusy] = useState(false);

  const restore = async (story: Story) => {
    try {
      setError(null);
      const restored = await store.restoreStory(story.id);
      onRestored(restored);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const purge = async (story: Story) => {
    setBusy(true);
    try {
      await store.purgeStories([story.id]);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      setPurging(null);
    }
  };

  return (
    <>
      <Dialog
        open={open}
        onOpenChange={onOpenChange}
        title="Trash"
        description="Deleted stories stay here for 30 days, then they are removed for good."
        size="medium"
      >
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {items.length === 0 && <p className="muted">The trash is empty.</p>}
        {items.length > 0 && (
          <ul className="trash-list">
            {items.map((s) => (
              <li key={s.id} className="trash-item">
                <span className="trash-title">{s.title || 'Untitled story'}</span>
                <span className="trash-when muted small">
                  {s.deletedAt ? `Deleted ${new Date(s.deletedAt).toLocaleDateString()}` : ''}
                </span>
                <button
                  type="button"
                  className="button"
                  onClick={() => startAction(restore(s))}
                  aria-label={`Restore ${s.title || 'Untitled story'}`}
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="button danger"
                  onClick={() => setPurging(s)}
                  aria-label={`Delete ${s.title || 'Untitled story'} forever`}
                >
                  Delete forever
                </button>
              </li>
            ))}
          </ul>
        )}
      </Dialog>
      <ConfirmDialog
        open={purging !== null}
        title="Delete this story forever?"
        confirmLabel="Delete forever"
        danger
        busy={busy}
        onConfirm={() => purging && void purge(purging)}
        onCancel={() => setPurging(null)}
      >
        <p>
          “{purging?.title || 'Untitled story'}” and its rehearsal log are removed from the bank and cannot be restored
          from the Trash. (Earlier backups of the bank still hold it.)
        </p>
      </ConfirmDialog>
    </>
  );
}
