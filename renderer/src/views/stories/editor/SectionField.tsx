import type { Ref } from 'react';
import type { StorySection } from '#shared/domain/schemas';
import { FieldEditor, type FieldEditorHandle } from '../../../editor/FieldEditor';
import type { AnalyzeFn, EditorFinding } from '../../../editor/finding-types';
import { SECTION_META } from './sections';

export interface SectionFieldProps {
  section: StorySection;
  value: string;
  words: number;
  findingCount: number;
  /** The section's marks as part of the whole story (see storyAnalyzers). */
  analyze: AnalyzeFn;
  onChange: (section: StorySection, text: string) => void;
  onBlur: () => void;
  onNavigate: (section: StorySection, finding: EditorFinding) => void;
  onBoundary: (section: StorySection, direction: 'next' | 'previous') => void;
  handleRef: Ref<FieldEditorHandle>;
}

/** One STAR section: its label, what belongs in it, and the editor. */
export function SectionField({
  section,
  value,
  words,
  findingCount,
  analyze,
  onChange,
  onBlur,
  onNavigate,
  onBoundary,
  handleRef,
}: SectionFieldProps) {
  const meta = SECTION_META[section];
  const labelId = `section-${section}-label`;
  const hintId = `section-${section}-hint`;
  return (
    <div className={`section-field section-${section}`}>
      <div className="section-head">
        <span className={`section-letter balance-${section}`} aria-hidden="true">
          {meta.short}
        </span>
        <span id={labelId} className="section-label">
          {meta.label}
        </span>
        <span className="section-count">
          {words} {words === 1 ? 'word' : 'words'}
          {findingCount > 0 && (
            <>
              {' '}
              ·{' '}
              <span className="section-issues">
                {findingCount} {findingCount === 1 ? 'issue' : 'issues'}
              </span>
            </>
          )}
        </span>
      </div>
      <p id={hintId} className="section-hint">
        {meta.hint}
      </p>
      <div className="section-editor">
        <FieldEditor
          value={value}
          analyze={analyze}
          labelledBy={labelId}
          describedBy={hintId}
          placeholder={meta.placeholder}
          onChange={(text) => onChange(section, text)}
          onBlur={onBlur}
          onNavigate={(f) => onNavigate(section, f)}
          onBoundary={(d) => onBoundary(section, d)}
          handleRef={handleRef}
          testId={`editor-${section}`}
        />
      </div>
    </div>
  );
}
