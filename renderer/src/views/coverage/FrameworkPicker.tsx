// Which competency framework the matrix (and tagging) uses: the presets, then the user's copies.
// A preset can be copied for editing; a copy can be edited.
import { useId } from 'react';
import type { Framework } from '#shared/domain/schemas';

export interface FrameworkPickerProps {
  frameworks: readonly Framework[];
  activeId: string;
  busy: boolean;
  onChange: (id: string) => void;
  onCopy: () => void;
  onEdit: () => void;
}

export function FrameworkPicker({ frameworks, activeId, busy, onChange, onCopy, onEdit }: FrameworkPickerProps) {
  const id = useId();
  const presets = frameworks.filter((f) => f.preset);
  const copies = frameworks.filter((f) => !f.preset);
  const active = frameworks.find((f) => f.id === activeId);
  return (
    <div className="framework-picker">
      <label htmlFor={id} className="toolbar-label">
        Framework
      </label>
      <select id={id} value={activeId} disabled={busy} onChange={(e) => onChange(e.target.value)}>
        <optgroup label="Presets (read-only)">
          {presets.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </optgroup>
        {copies.length > 0 && (
          <optgroup label="Your frameworks">
            {copies.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {active?.preset ? (
        <button type="button" className="button" disabled={busy} onClick={onCopy}>
          Make an editable copy
        </button>
      ) : (
        <button type="button" className="button" disabled={busy} onClick={onEdit}>
          Edit competencies
        </button>
      )}
    </div>
  );
}
