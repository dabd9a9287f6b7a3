// Edits typed on an earlier visit that the server never acknowledged (the tab was closed or
// reloaded while Storybank was stopped) are offered back when the bank loads: Restore puts them
// into their stories and project notes and saves them; Discard keeps the saved text.
import { useState } from 'react';
import { errorMessage } from '#shared/api/errors';
import { useBank, useBankStore } from '../data/bank-context';
import { formatLocalDateTime } from '#shared/format/date-time';
import { isLayerId, LAYERS_BY_ID } from '#shared/projects/index';
import { startAction } from '../app/start-action';

const FIELD_WORDS: Record<string, string> = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
};

export function UnsavedEditsOffer() {
  const unsaved = useBank((bank) => bank.unsaved);
  const store = useBankStore();
  const [error, setError] = useState<string | null>(null);
  if (unsaved.length === 0) return null;
  const restore = async () => {
    setError(null);
    try {
      await store.restoreUnsaved();
    } catch (e) {
      setError(`The edits are back in their stories but could not be saved yet: ${errorMessage(e)}`);
    }
  };
  return (
    <section className="bank-notices" aria-label="Unsaved edits">
      <div className="bank-notice severity-warning" role="alert" data-testid="unsaved-edits">
        <div className="bank-notice-body">
          <p className="bank-notice-message">
            This browser kept changes that were never saved (Storybank was not reachable when they were typed):
          </p>
          <ul className="recovery-titles small">
            {unsaved.map((u) => (
              <li key={`${u.kind}:${u.id}`}>
                {u.kind === 'project' ? 'Project ' : ''}“{u.title}”:{' '}
                {u.fields
                  .map((f) =>
                    u.kind === 'project' ? `${isLayerId(f) ? LAYERS_BY_ID[f].label : f} notes` : (FIELD_WORDS[f] ?? f),
                  )
                  .join(', ')}
                , typed {formatLocalDateTime(new Date(u.at))}
              </li>
            ))}
          </ul>
          {error && (
            <p role="alert" className="error small">
              {error}
            </p>
          )}
          <div className="recovery-actions">
            <button type="button" className="button primary" onClick={() => startAction(restore())}>
              Restore and save them
            </button>
            <button type="button" className="button" onClick={() => store.discardUnsaved()}>
              Discard
            </button>
          </div>
        </div>
      </div>
    </section>
  );
}
