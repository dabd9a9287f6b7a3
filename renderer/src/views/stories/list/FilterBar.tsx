// Filters by competency, stage, company, status, readiness, whether the story was told (interview
// log) and a senior signal the story lacks.
import { SIGNAL_IDS, SIGNALS, type SignalId } from '#shared/analysis/index';
import { STORY_STATUSES, type StoryStatus } from '#shared/domain/schemas';
import type { TagOption } from '../../../components/TagPicker';
import { STATUS_LABEL } from '../editor/StoryMetaFields';
import { NO_FILTERS, READINESS_BANDS, type ReadinessBand, type StoryFilters } from './story-query';

export interface FilterBarProps {
  filters: StoryFilters;
  onChange: (f: StoryFilters) => void;
  competencies: readonly TagOption[];
  stages: readonly TagOption[];
  companies: readonly string[];
}

export function FilterBar({ filters, onChange, competencies, stages, companies }: FilterBarProps) {
  const set = <K extends keyof StoryFilters>(key: K, value: StoryFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div id="story-filters" className="filter-bar" role="group" aria-label="Filters">
      <label className="filter">
        <span className="field-label">Competency</span>
        <select className="select" value={filters.competency} onChange={(e) => set('competency', e.target.value)}>
          <option value="">All competencies</option>
          {competencies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="field-label">Stage</span>
        <select className="select" value={filters.stage} onChange={(e) => set('stage', e.target.value)}>
          <option value="">All stages</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="field-label">Company</span>
        <select className="select" value={filters.company} onChange={(e) => set('company', e.target.value)}>
          <option value="">All companies</option>
          {companies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="field-label">Status</span>
        <select
          className="select"
          value={filters.status}
          onChange={(e) => set('status', e.target.value as StoryStatus | '')}
        >
          <option value="">Any status</option>
          {STORY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="field-label">Readiness</span>
        <select
          className="select"
          value={filters.readiness}
          onChange={(e) => set('readiness', e.target.value as ReadinessBand)}
        >
          {READINESS_BANDS.map((b) => (
            <option key={b.id} value={b.id}>
              {b.label}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="field-label">Told in an interview</span>
        <select
          className="select"
          value={filters.told}
          onChange={(e) => set('told', e.target.value as StoryFilters['told'])}
        >
          <option value="">Told or not</option>
          <option value="never">Never told</option>
          <option value="told">Told at least once</option>
        </select>
      </label>
      <label className="filter">
        <span className="field-label">Missing signal</span>
        <select
          className="select"
          value={filters.missingSignal}
          onChange={(e) => set('missingSignal', e.target.value as SignalId | '')}
        >
          <option value="">Any signals</option>
          {SIGNAL_IDS.map((id) => (
            <option key={id} value={id}>
              Without {SIGNALS[id].phrase}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button quiet filter-clear" onClick={() => onChange(NO_FILTERS)}>
        Clear
      </button>
    </div>
  );
}
