// Title, project, role, status and the three tag pickers of a story.
import { STORY_STATUSES, type Story, type StoryStatus } from '#shared/domain/schemas';
import { TagPicker, type TagOption } from '../../../components/TagPicker';
import type { StoryPatch } from '../../../data/bank-store';

export const STATUS_LABEL: Record<StoryStatus, string> = { draft: 'Draft', ready: 'Ready', retired: 'Retired' };

export interface StoryMetaFieldsProps {
  story: Story;
  competencyOptions: readonly TagOption[];
  stageOptions: readonly TagOption[];
  companyOptions: readonly TagOption[];
  onChange: (patch: StoryPatch) => void;
  onBlur: () => void;
}

export function StoryMetaFields({
  story,
  competencyOptions,
  stageOptions,
  companyOptions,
  onChange,
  onBlur,
}: StoryMetaFieldsProps) {
  return (
    <div className="story-meta">
      <label className="sr-only" htmlFor="story-title">
        Title
      </label>
      {/* A one-line title that wraps and grows, so a long title is read whole rather than cut. */}
      <textarea
        id="story-title"
        className="story-title-input"
        rows={1}
        value={story.title}
        placeholder="Untitled story"
        maxLength={200}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.preventDefault();
        }}
        onChange={(e) => onChange({ title: e.target.value.replace(/\s*[\r\n]+\s*/g, ' ') })}
        onBlur={onBlur}
      />
      <div className="story-meta-row">
        <label className="field">
          <span className="field-label">Project</span>
          <input
            className="text-input"
            value={story.project}
            maxLength={200}
            placeholder="e.g. Ranking latency"
            onChange={(e) => onChange({ project: e.target.value })}
            onBlur={onBlur}
          />
        </label>
        <label className="field">
          <span className="field-label">Your role</span>
          <input
            className="text-input"
            value={story.role}
            maxLength={200}
            placeholder="e.g. Tech lead, 4 engineers"
            onChange={(e) => onChange({ role: e.target.value })}
            onBlur={onBlur}
          />
        </label>
        <fieldset className="field status-field">
          <legend className="field-label">Status</legend>
          <div className="segmented">
            {STORY_STATUSES.map((s) => (
              <label key={s} className={`segment${story.status === s ? ' on' : ''}`}>
                <input
                  type="radio"
                  name="story-status"
                  value={s}
                  checked={story.status === s}
                  onChange={() => onChange({ status: s })}
                />
                <span>{STATUS_LABEL[s]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="story-tags-row">
        <TagPicker
          label="Competencies"
          options={competencyOptions}
          value={story.competencies}
          onChange={(competencies) => onChange({ competencies })}
          placeholder="Type to add, e.g. ownership"
        />
        <TagPicker
          label="Interview stages"
          options={stageOptions}
          value={story.stages}
          onChange={(stages) => onChange({ stages })}
          placeholder="e.g. hiring manager"
        />
        <TagPicker
          label="Companies"
          options={companyOptions}
          value={story.companies}
          onChange={(companies) => onChange({ companies })}
          allowCreate
          placeholder="Where you will tell it"
        />
      </div>
    </div>
  );
}
