// Title, project, role, status and the three tag pickers of a story.
import { memo } from 'react';
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
      <StoryTags
        competencies={story.competencies}
        stages={story.stages}
        companies={story.companies}
        competencyOptions={competencyOptions}
        stageOptions={stageOptions}
        companyOptions={companyOptions}
        onChange={onChange}
      />
    </div>
  );
}

interface StoryTagsProps {
  competencies: readonly string[];
  stages: readonly string[];
  companies: readonly string[];
  competencyOptions: readonly TagOption[];
  stageOptions: readonly TagOption[];
  companyOptions: readonly TagOption[];
  onChange: (patch: StoryPatch) => void;
}

/**
 * The three tag pickers. Memoised: typing in a section replaces the story object but keeps its tag
 * arrays, so the pickers (downshift comboboxes) are not rendered again on every keystroke.
 */
const StoryTags = memo(function StoryTags({
  competencies,
  stages,
  companies,
  competencyOptions,
  stageOptions,
  companyOptions,
  onChange,
}: StoryTagsProps) {
  return (
    <div className="story-tags-row">
      <TagPicker
        label="Competencies"
        options={competencyOptions}
        value={competencies}
        onChange={(ids) => onChange({ competencies: ids })}
        placeholder="Type to add, e.g. ownership"
      />
      <TagPicker
        label="Interview stages"
        options={stageOptions}
        value={stages}
        onChange={(ids) => onChange({ stages: ids })}
        placeholder="e.g. hiring manager"
      />
      <TagPicker
        label="Companies"
        options={companyOptions}
        value={companies}
        onChange={(ids) => onChange({ companies: ids })}
        allowCreate
        placeholder="Where you will tell it"
      />
    </div>
  );
});
