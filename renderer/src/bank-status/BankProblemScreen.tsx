// Shown instead of the views when no bank is open: what happened, in the store's words, and what
// to do about it — with the controls to do it right here.
import type { BankStatus } from './bank-status-context';
import { pathSegments } from '../notices/path-segments';
import { OpenBankControls } from './OpenBankControls';
import { problemAdvice } from './problem-advice';
import { RecentBanks } from './RecentBanks';
import { SwitchErrorMessage } from './SwitchErrorMessage';
import { useBankSwitch } from './use-bank-switch';
import { useRuntime } from './use-runtime';
import './bank-status.css';
import { startAction } from '../app/start-action';

export function BankProblemScreen({ problem }: { problem: Extract<BankStatus, { state: 'problem' }> }) {
  const runtime = useRuntime();
  const { run, busy, error, switchAnyway } = useBankSwitch();
  const path = problem.info?.path;
  const advice = problemAdvice(problem, Boolean(path));

  return (
    <section className="bank-problem" aria-labelledby="view-title" data-testid="bank-problem" data-code={problem.code}>
      <h1 id="view-title">{advice.title}</h1>
      <div className="bank-problem-card" role="alert">
        <p className="bank-problem-message">
          {pathSegments(problem.message, path ? [path, `${path}.lock`] : []).map((s, i) =>
            s.path ? <code key={i}>{s.text}</code> : <span key={i}>{s.text}</span>,
          )}
        </p>
        {path && (
          <p className="small">
            Bank file: <code>{path}</code>
          </p>
        )}
      </div>
      <h2>What you can do</h2>
      <ol className="bank-problem-steps">
        {advice.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <div className="bank-buttons">
        {path && (
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => startAction(run({ kind: 'open', path }))}
          >
            Try again
          </button>
        )}
      </div>
      {error && <SwitchErrorMessage error={error} onSwitchAnyway={() => startAction(switchAnyway())} />}
      {advice.offerOtherBanks && (
        <>
          <h2>Open another bank</h2>
          <OpenBankControls runtime={runtime} busy={busy} onAction={(action) => startAction(run(action))} />
          <RecentBanks busy={busy} onAction={(action) => startAction(run(action))} />
        </>
      )}
    </section>
  );
}
