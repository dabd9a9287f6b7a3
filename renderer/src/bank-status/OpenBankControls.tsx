// New bank… / Open bank…: native dialogs on the desktop; the web bridge cannot show them, so it
// takes a typed path.
import { useId, useState, type FormEvent } from 'react';
import type { BankAction } from './use-bank-switch';
import type { Runtime } from './use-runtime';

export interface OpenBankControlsProps {
  runtime: Runtime;
  busy: boolean;
  onAction: (action: BankAction) => void;
}

export function OpenBankControls({ runtime, busy, onAction }: OpenBankControlsProps) {
  if (runtime === 'desktop') {
    return (
      <div className="bank-buttons">
        <button type="button" className="button" disabled={busy} onClick={() => onAction({ kind: 'new' })}>
          New bank…
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => onAction({ kind: 'open' })}>
          Open bank…
        </button>
      </div>
    );
  }
  return <BankPathForm busy={busy || runtime === 'unknown'} onAction={onAction} />;
}

function BankPathForm({ busy, onAction }: { busy: boolean; onAction: (action: BankAction) => void }) {
  const id = useId();
  const [path, setPath] = useState('');
  const trimmed = path.trim();
  const submit = (kind: 'open' | 'new') => (event?: FormEvent) => {
    event?.preventDefault();
    if (trimmed) onAction({ kind, path: trimmed });
  };
  return (
    <form className="bank-path-form" onSubmit={submit('open')}>
      <label htmlFor={`${id}-path`}>Bank file path</label>
      <p id={`${id}-hint`} className="muted small">
        This browser window cannot show a file dialog: type the full path of a <code>.json</code> bank file.
      </p>
      <div className="bank-path-row">
        <input
          id={`${id}-path`}
          className="text-input bank-path-input"
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder="/home/you/Documents/interviews.json"
          aria-describedby={`${id}-hint`}
          value={path}
          onChange={(e) => setPath(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy || !trimmed}>
          Open bank
        </button>
        <button type="button" className="button" disabled={busy || !trimmed} onClick={submit('new')}>
          New bank
        </button>
      </div>
    </form>
  );
}
