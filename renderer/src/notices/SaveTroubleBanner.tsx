// When story edits cannot be saved (the web bridge was stopped, the disk refused the write), a banner
// at the top of every view says so plainly and what to do. The text stays in the page and in this
// browser's storage (edit-journal.ts), and the save queue keeps trying, so the banner goes away by
// itself once a save goes through. An edit the server refuses as it is (a section over its limit)
// needs the user to change it, and the banner says that instead.
import { useBank, useBankStore } from '../data/bank-context';
import { useBankStatus } from '../bank-status/bank-status-context';

export function SaveTroubleBanner() {
  const save = useBank((bank) => bank.save);
  const store = useBankStore();
  const { app } = useBankStatus();
  if (save.state !== 'error') return null;
  const web = app.info?.runtime !== 'desktop';
  return (
    <section className="bank-notices save-trouble" aria-label="Saving problem">
      <div className="bank-notice severity-error" role="alert" data-testid="save-trouble">
        <div className="bank-notice-body">
          <p className="bank-notice-message">
            <strong>Your latest changes are not saved yet.</strong> {save.error}
          </p>
          <p>
            {save.refused
              ? 'Storybank cannot save this text as it is: change what the message names, and it is saved as soon as it fits. Until then your text is kept here.'
              : web
                ? 'Keep this tab open: your text is kept in this browser, and Storybank keeps trying, so it is saved as soon as Storybank can take it.'
                : 'Your text is kept, and Storybank keeps trying to save it. If this goes on, check that the disk has space and that the bank’s folder can be written.'}
          </p>
        </div>
        <button type="button" className="button" onClick={() => void store.flush().catch(() => undefined)}>
          Try again now
        </button>
      </div>
    </section>
  );
}
