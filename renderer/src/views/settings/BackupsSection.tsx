// Backups: make one now, see the list, restore one (after a confirmation; the store backs up the
// bank as it is first, so a restore can itself be undone from this list).
import { useEffect, useState } from 'react';
import type { BackupEntry } from '#shared/api/channels/bank';
import { useBankFiles } from '../../data/bank-context';
import { SwitchErrorMessage } from '../../bank-status/SwitchErrorMessage';
import { useBankSwitch } from '../../bank-status/use-bank-switch';
import { BackupList } from './BackupList';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatWhen } from './format';
import { SaveStatus } from './SaveStatus';
import { SettingsSection } from './SettingsSection';
import { useSave } from './use-save';
import { errorMessage } from '#shared/api/errors';
import { startAction } from '../../app/start-action';

export function BackupsSection() {
  const files = useBankFiles();
  const [backups, setBackups] = useState<BackupEntry[] | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const { outcome, save } = useSave();
  const restore = useBankSwitch();

  useEffect(() => {
    let live = true;
    files.listBackups().then(
      (value) => {
        if (!live) return;
        setBackups(value.backups);
        setFolder(value.folder);
      },
      (e: unknown) => live && setLoadError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [files]);

  const backUpNow = () =>
    startAction(
      save(async () => {
        const made = await files.backupNow();
        setBackups((list) => [made, ...(list ?? []).filter((b) => b.id !== made.id)]);
      }),
    );

  const confirmRestore = async () => {
    if (!restoring) return;
    // On success the whole app reloads for the restored bank, and a notice says what happened.
    if (!(await restore.run({ kind: 'restore', id: restoring.id }))) setRestoring(null);
  };

  return (
    <SettingsSection
      id="backups"
      title="Backups"
      intro="Storybank backs up your bank when it opens it and at most once an hour while you work. It keeps the newest ten, plus the newest of each of the last 30 days."
      status={<SaveStatus outcome={outcome} savedText="Backup made" />}
    >
      {folder && (
        <p className="small">
          Backups of this bank are kept in <code data-testid="backup-folder">{folder}</code>
        </p>
      )}
      <div className="bank-buttons">
        <button type="button" className="button" disabled={outcome.state === 'saving'} onClick={backUpNow}>
          Back up now
        </button>
      </div>
      {restore.error && (
        <SwitchErrorMessage error={restore.error} onSwitchAnyway={() => startAction(restore.switchAnyway())} />
      )}
      {loadError && (
        <p role="alert" className="error">
          Could not list the backups: {loadError}
        </p>
      )}
      {backups && <BackupList backups={backups} busy={restore.busy} onRestore={setRestoring} />}
      <ConfirmDialog
        open={restoring !== null}
        title="Restore this backup?"
        confirmLabel="Restore"
        busy={restore.busy}
        onConfirm={() => startAction(confirmRestore())}
        onCancel={() => setRestoring(null)}
      >
        <p>
          Your bank will be replaced by the backup of <strong>{restoring ? formatWhen(restoring.at) : ''}</strong>.
        </p>
        <p>The bank as it is now is backed up first, so you can come back to it from this list.</p>
      </ConfirmDialog>
    </SettingsSection>
  );
}
