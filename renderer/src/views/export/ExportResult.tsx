// The confirmation after an export: where the file went and what it is called.
import type { ExportedFile } from '#shared/api/channels/exports';

export type Outcome =
  { file: ExportedFile } | { cancelled: true } | { error: string } | { printDialog: true; stories: number };

export function ExportResult({ outcome }: { outcome: Outcome | null }) {
  if (!outcome) return <p className="sr-only" role="status" />;
  if ('error' in outcome)
    return (
      <p className="export-result is-error" role="alert">
        {outcome.error}
      </p>
    );
  if ('cancelled' in outcome)
    return (
      <p className="export-result" role="status">
        Export cancelled; nothing was saved.
      </p>
    );
  if ('printDialog' in outcome)
    return (
      <p className="export-result is-done" role="status" data-testid="export-result">
        The story sheet ({outcome.stories} {outcome.stories === 1 ? 'story' : 'stories'}) went to your browser’s print
        dialog: choose “Save as PDF” as the printer to keep it as a file. It prints on one page, with no headers or
        footers and margins set to “Default”.
      </p>
    );
  const { file } = outcome;
  const stories = `${file.stories} ${file.stories === 1 ? 'story' : 'stories'}`;
  return (
    <p className="export-result is-done" role="status" data-testid="export-result">
      {file.delivery === 'saved' ? (
        <>
          Saved <strong>{file.fileName}</strong> ({stories}, {kb(file.bytes)}) to <code>{file.path}</code>.
        </>
      ) : (
        <>
          Downloaded <strong>{file.fileName}</strong> ({stories}, {kb(file.bytes)}). Your browser put it in its
          downloads folder.
        </>
      )}
    </p>
  );
}

function kb(bytes: number): string {
  return bytes < 1024
    ? `${bytes} bytes`
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
