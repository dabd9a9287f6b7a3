// One interview stage: its name (renamed when you leave the field), move up/down, delete.
import { useState } from 'react';
import type { Stage } from '#shared/domain/schemas';
import { startAction } from '../../app/start-action';

export interface StageRowProps {
  stage: Stage;
  index: number;
  count: number;
  /** While a change is being saved; moves are ignored rather than disabled, so focus stays on the button. */
  busy: boolean;
  onRename: (name: string) => Promise<boolean>;
  onMove: (direction: -1 | 1) => void;
  onDelete: () => void;
}

export function StageRow({ stage, index, count, busy, onRename, onMove, onDelete }: StageRowProps) {
  const [name, setName] = useState(stage.name);
  const [prevName, setPrevName] = useState(stage.name);
  // A rename saved (or another window's) replaces the draft.
  if (stage.name !== prevName) {
    setPrevName(stage.name);
    setName(stage.name);
  }

  const commit = async () => {
    const trimmed = name.trim();
    if (trimmed === stage.name) return setName(stage.name);
    if (!trimmed) return setName(stage.name); // An empty name would be refused; keep the old one.
    if (!(await onRename(trimmed))) setName(stage.name);
  };

  const label = stage.name || 'stage';
  return (
    <li className="stage-row" data-stage-id={stage.id}>
      <span className="stage-number muted" aria-hidden="true">
        {index + 1}
      </span>
      <input
        className="text-input stage-name"
        type="text"
        aria-label={`Stage ${index + 1} name`}
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => startAction(commit())}
        onKeyDown={(e) => {
          if (e.key === 'Enter') startAction(commit());
          if (e.key === 'Escape') setName(stage.name);
        }}
      />
      <button
        type="button"
        className="button icon-button stage-move"
        data-move="up"
        disabled={index === 0}
        aria-label={`Move ${label} up`}
        onClick={() => !busy && onMove(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="button icon-button stage-move"
        data-move="down"
        disabled={index === count - 1}
        aria-label={`Move ${label} down`}
        onClick={() => !busy && onMove(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <button
        type="button"
        className="button stage-delete"
        disabled={busy}
        aria-label={`Delete ${label}`}
        onClick={onDelete}
      >
        Delete
      </button>
    </li>
  );
}
