// "What to export": five choices as radio cards, each saying what it is for and what file it makes.
import { KINDS, type ExportKind } from './export-kinds';

export function KindPicker({ value, onChange }: { value: ExportKind; onChange: (kind: ExportKind) => void }) {
  return (
    <fieldset className="export-fieldset">
      <legend>What to export</legend>
      <div className="kind-grid">
        {KINDS.map((k) => (
          <label key={k.id} className="kind-card" data-checked={k.id === value}>
            <input
              type="radio"
              name="export-kind"
              value={k.id}
              checked={k.id === value}
              onChange={() => onChange(k.id)}
            />
            <span className="kind-text">
              <span className="kind-label">
                {k.label} <span className="kind-format">{k.format}</span>
              </span>
              <span className="kind-blurb">{k.blurb}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
