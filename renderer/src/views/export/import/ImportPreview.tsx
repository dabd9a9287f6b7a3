// What an import would create, before anything is written: the stories row by row, and every problem with its row and
// field. Errors block the whole import; warnings say what will be adjusted.
import type { ImportPreviewDto } from '#shared/api/channels/import';
import { FIELD_LABELS } from '#shared/interchange/field-names';
import { FilePreviewTable, SHOWN_ROWS } from '../../../components/FilePreviewTable';

const FORMAT: Record<ImportPreviewDto['format'], string> = {
  json: 'Storybank backup (JSON)',
  markdown: 'Markdown',
  csv: 'CSV',
};
const STATUS = { draft: 'Draft', ready: 'Ready', retired: 'Retired' } as const;

export function ImportPreview({
  preview,
  fileName,
  competencyName,
}: {
  preview: ImportPreviewDto;
  fileName: string;
  competencyName: (id: string) => string;
}) {
  const errors = preview.problems.filter((p) => p.severity === 'error');
  const warnings = preview.problems.filter((p) => p.severity === 'warning');
  const problemRows = new Set(errors.map((p) => p.row));
  const n = preview.stories.length;
  return (
    <div className="import-preview" data-testid="import-preview">
      <p className="import-headline">
        <strong>{fileName}</strong> · {FORMAT[preview.format]} · {n} {n === 1 ? 'story' : 'stories'} read
        {errors.length > 0 && (
          <>
            ,{' '}
            <span className="problem-count is-error">
              {errors.length} {errors.length === 1 ? 'error' : 'errors'}
            </span>
          </>
        )}
        {warnings.length > 0 && (
          <>
            ,{' '}
            <span className="problem-count is-warning">
              {warnings.length} {warnings.length === 1 ? 'warning' : 'warnings'}
            </span>
          </>
        )}
      </p>
      {preview.problems.length > 0 && (
        // Focusable because it scrolls when the file has many problems: keyboard users must reach them all.
        <ul className="problem-list" aria-label="Problems in the file" data-testid="import-problems" tabIndex={0}>
          {preview.problems.slice(0, SHOWN_ROWS).map((p, i) => (
            <li key={i} className={`import-problem is-${p.severity}`}>
              <span className="problem-where">
                {p.severity === 'error' ? 'Error' : 'Warning'} · {preview.format === 'csv' ? 'Row' : 'Story'} {p.row}
                {p.field ? ` · ${fieldLabel(p.field)}` : ''}
              </span>
              <span className="problem-message">{p.message}</span>
            </li>
          ))}
          {preview.problems.length > SHOWN_ROWS && (
            <li className="muted small">…and {preview.problems.length - SHOWN_ROWS} more.</li>
          )}
        </ul>
      )}
      {n > 0 && (
        <FilePreviewTable
          rows={preview.stories}
          rowKey={(s) => s.row}
          rowClassName={(s) => (problemRows.has(s.row) ? 'has-error' : undefined)}
          caption="Stories to be imported"
          more={(left) => `…and ${left} more stories.`}
          columns={[
            { header: preview.format === 'csv' ? 'Row' : '#', cell: (s) => s.row },
            {
              header: 'Title',
              className: 'import-title',
              cell: (s) => s.fields.title || <span className="muted">Untitled</span>,
            },
            { header: 'Status', cell: (s) => STATUS[s.fields.status] },
            {
              header: 'Competencies',
              cell: (s) =>
                s.fields.competencies.length ? (
                  s.fields.competencies.map(competencyName).join(', ')
                ) : (
                  <span className="muted">none</span>
                ),
            },
            { header: 'Words', cell: (s) => words(s.fields) },
          ]}
        />
      )}
    </div>
  );
}

function fieldLabel(field: string): string {
  return (FIELD_LABELS as Record<string, string>)[field] ?? field;
}

function words(f: ImportPreviewDto['stories'][number]['fields']): number {
  const text = [f.situation, f.task, f.action, f.result, f.reflection].join(' ').trim();
  return text ? text.split(/\s+/).length : 0;
}
