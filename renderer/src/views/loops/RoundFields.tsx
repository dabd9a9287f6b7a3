// One round in the loop form: name, stage, focus competencies, and controls to reorder or remove it.
import type { Round, Stage } from '#shared/domain/schemas';
import { TagPicker, type TagOption } from '../../components/TagPicker';

export type RoundDraft = Omit<Round, 'id'> & { id?: string; key: string };

export interface RoundFieldsProps {
  index: number;
  count: number;
  round: RoundDraft;
  stages: readonly Stage[];
  competencyOptions: readonly TagOption[];
  onChange: (patch: Partial<RoundDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function RoundFields({
  index,
  count,
  round,
  stages,
  competencyOptions,
  onChange,
  onMove,
  onRemove,
}: RoundFieldsProps) {
  const n = index + 1;
  return (
    <li className="round-fields">
      <div className="round-fields-head">
        <span className="round-number" aria-hidden="true">
          {n}
        </span>
        <label className="field grow">
          <span>Round {n} name</span>
          <input value={round.name} maxLength={200} onChange={(e) => onChange({ name: e.target.value })} />
        </label>
        <label className="field">
          <span>Stage</span>
          <select value={round.stageId ?? ''} onChange={(e) => onChange({ stageId: e.target.value || undefined })}>
            <option value="">No stage</option>
            {stages.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <div className="round-fields-tools">
          <button
            type="button"
            className="icon-button"
            aria-label={`Move round ${n} up`}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={`Move round ${n} down`}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
          <button type="button" className="icon-button" aria-label={`Remove round ${n}`} onClick={onRemove}>
            ×
          </button>
        </div>
      </div>
      <TagPicker
        label={`Round ${n} focus competencies`}
        options={competencyOptions}
        value={round.focus}
        onChange={(focus) => onChange({ focus })}
        placeholder="Type to add a competency"
      />
    </li>
  );
}
