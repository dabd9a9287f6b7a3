// Bulk actions for the selected stories: add a tag, set the status, clear the selection.
import { useState } from 'react';
import { STORY_STATUSES, type StoryStatus } from '#shared/domain/schemas';
import type { TagOption } from '../../../components/TagPicker';
import { STATUS_LABEL } from '../editor/StoryMetaFields';

export interface BulkBarProps {
  count: number;
  competencies: readonly TagOption[];
  stages: readonly TagOption[];
  onAddTag: (kind: 'competencies' | 'stages', id: string) => void;
  onSetStatus: (status: StoryStatus) => void;
  onClear: () => void;
}

export function BulkBar({ count, competencies, stages, onAddTag, onSetStatus, onClear }: BulkBarProps) {
  const [tag, setTag] = useState('');
  return (
    <div className="bulk-bar" role="region" aria-label="Bulk actions">
      <span className="bulk-count">{count} selected</span>
      <label className="inline-field">
        <span className="sr-only">Tag to add</span>
        <select className="select" value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">Add a tag…</option>
          <optgroup label="Competencies">
            {competencies.map((c) => (
              <option key={c.id} value={`competencies:${c.id}`}>
                {c.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Stages">
            {stages.map((s) => (
              <option key={s.id} value={`stages:${s.id}`}>
                {s.name}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <button
        type="button"
        className="button"
        disabled={!tag}
        onClick={() => {
          const [kind, id] = tag.split(/:(.*)/s) as ['competencies' | 'stages', string];
          onAddTag(kind, id);
          setTag('');
        }}
      >
        Add tag
      </button>
      <label className="inline-field">
        <span className="sr-only">Set status</span>
        <select
          className="select"
          value=""
          onChange={(e) => e.target.value && onSetStatus(e.target.value as StoryStatus)}
        >
          <option value="">Set status…</option>
          {STORY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button quiet" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
