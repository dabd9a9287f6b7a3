// Competencies or interview stages: two views of the same stories.
import type { CoverageViewKind } from './use-coverage';

const OPTIONS: { id: CoverageViewKind; label: string }[] = [
  { id: 'competencies', label: 'Competencies' },
  { id: 'stages', label: 'Stages' },
];

export function ViewToggle({
  value,
  onChange,
}: {
  value: CoverageViewKind;
  onChange: (view: CoverageViewKind) => void;
}) {
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
