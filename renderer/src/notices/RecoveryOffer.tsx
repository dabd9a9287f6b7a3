// Inside the notice about a damaged bank file: see what the moved file still holds, then add it to
// the bank on confirmation. Nothing in the bank is overwritten (the store matches items by id), so
// the offer stays until the notice is dismissed; a second recovery simply finds nothing to add.
import { useState } from 'react';
import type { RecoveryReport } from '#shared/api/channels/bank';
import { errorMessage } from '#shared/api/errors';
import { useBankStore } from '../data/bank-context';
import { startAction } from '../app/start-action';

const SHOWN_TITLES = 8;

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string }
  | { kind: 'preview'; report: RecoveryReport }
  | { kind: 'done'; report: RecoveryReport }
  | { kind: 'failed'; message: string };

export function RecoveryOffer({ noticeId }: { noticeId: string }) {
  const store = useBankStore();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const run = async (apply: boolean) => {
    setStep({ kind: 'busy', label: apply ? 'Adding what could be recovered…' : 'Reading the moved file…' });
    try {
      const report = await store.recoverDamagedBank({ noticeId, apply });
      setStep({ kind: apply ? 'done' : 'preview', report });
    } catch (error) {
      setStep({ kind: 'failed', message: `Recovery did not work: ${errorMessage(error)}` });
    }
  };

  if (step.kind === 'idle' || step.kind === 'failed')
    return (
      <div className="recovery-offer">
        {step.kind === 'failed' && (
          <p role="alert" className="error small">
            {step.message}
          </p>
        )}
        <button type="button" className="button" onClick={() => startAction(run(false))}>
          See what can be recovered
        </button>
      </div>
    );
  if (step.kind === 'busy')
    return (
      <p className="recovery-offer small" role="status">
        {step.label}
      </p>
    );
  const { report } = step;
  const more = report.addedTitles.length - SHOWN_TITLES;
  return (
    <div className="recovery-offer" data-testid="recovery-report" role={step.kind === 'done' ? 'status' : undefined}>
      <p>{report.summary}</p>
      {step.kind === 'preview' && report.addedTitles.length > 0 && (
        <ul className="recovery-titles small" aria-label="Stories that would be added">
          {report.addedTitles.slice(0, SHOWN_TITLES).map((title, i) => (
            <li key={i}>{title}</li>
          ))}
          {more > 0 && <li>and {more} more</li>}
        </ul>
      )}
      {report.problems.length > 0 && (
        <ul className="recovery-problems small" aria-label="What could not be recovered as it was">
          {report.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
      {step.kind === 'preview' && (
        <div className="recovery-actions">
          {report.toAdd > 0 && (
            <button type="button" className="button primary" onClick={() => startAction(run(true))}>
              Add {report.toAdd} {report.toAdd === 1 ? 'item' : 'items'} to my bank
            </button>
          )}
          <button type="button" className="button" onClick={() => setStep({ kind: 'idle' })}>
            {report.toAdd > 0 ? 'Not now' : 'Close'}
          </button>
        </div>
      )}
    </div>
  );
}
