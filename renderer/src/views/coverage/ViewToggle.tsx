// Competencies, interview stages or senior signals: three views of the same stories.
import type { CoverageViewKind } from './use-coverage';

export type CoverageMode = CoverageViewKind | 'signals';

const OPTIONS: { id: CoverageMode; label: string }[] = [
  { id: 'competencies', label: 'Competencies' },
  { id: 'stages', label: 'Stages' },
  { id: 'signals', label: 'Signals' },
];

export function ViewToggle({ value, onChange }: { value: CoverageMode; onChange: (view: CoverageMode) => void }) {
  return (
    <div className="segmented" role="group" aria-label="Show coverage by">
      {OPTIONS.map((o) => (
        <button
          key={o.id}
          type="button"
          className="segmented-option"
          aria-pressed={value === o.id}
          onClick={() => onChange(o.id)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
