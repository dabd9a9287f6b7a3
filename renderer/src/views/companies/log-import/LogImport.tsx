// Importing an interview log CSV into the Companies view: choose the file, see every round it would add and
// every error by row, then import all of it or nothing. The preview and the import are made in main from the
// file's exact bytes; the log is never overwritten (an entry it holds in another version is added beside it).
import { useId, useRef, useState } from 'react';
import type { InterviewLogImportPreview } from '#shared/api/channels/interviews';
import { errorMessage } from '#shared/api/errors';
import { useBankFiles, useBankStore } from '../../../data/bank-context';
import { FilePreviewTable } from '../../../components/FilePreviewTable';
import { readPickedFile, type PickedFile } from '../../export/import/read-file';
import './log-import.css';
import { startAction } from '../../../app/start-action';

const rounds = (n: number) => `${n} ${n === 1 ? 'round' : 'rounds'}`;
const STATUS_WORDS: Record<InterviewLogImportPreview['entries'][number]['status'], string> = {
  new: 'new',
  copy: 'differs from yours: added beside it',
  same: 'already in your log',
};

/** The "Import a log…" button and, once a file is chosen, its preview with Import and Cancel. */
export function LogImport({ onImported }: { onImported: (message: string) => void }) {
  const files = useBankFiles();
  const store = useBankStore();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<InterviewLogImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setFile(null);
    setPreview(null);
    if (input.current) input.current.value = '';
  };

  const pick = async (picked: File | undefined) => {
    reset();
    setError(null);
    if (!picked) return;
    setBusy(true);
    try {
      const read = await readPickedFile(picked);
      setPreview(await files.previewInterviewLogImport({ base64: read.base64, fileName: read.name }));
      setFile(read);
    } catch (e) {
      setError(`${errorMessage(e).replace(/\s*Nothing was imported\.?$/, '')} Nothing was imported.`);
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const done = await store.importInterviewLog({ base64: file.base64, fileName: file.name });
      reset();
      const skipped =
        done.alreadyInLog > 0 ? ` ${rounds(done.alreadyInLog)} already in your log were left as they are.` : '';
      onImported(`Imported ${rounds(done.imported)} from ${file.name}.${skipped}`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="log-import-pick">
        <label htmlFor={inputId} className="button" aria-disabled={busy}>
          Import a log…
        </label>
        <input
          id={inputId}
          ref={input}
          className="log-import-input"
          type="file"
          accept=".csv,text/csv"
          disabled={busy}
          onChange={(e) => startAction(pick(e.target.files?.[0]))}
          data-testid="log-import-file"
        />
      </div>
      {(preview || error || busy) && (
        <section className="log-import panel" aria-labelledby="log-import-heading" data-testid="log-import">
          <h2 id="log-import-heading">Import an interview log{file ? `: ${file.name}` : ''}</h2>
          {busy && !preview && (
            <p className="muted" role="status">
              Reading the file…
            </p>
          )}
          {error && (
            <p className="error" role="alert" data-testid="log-import-error">
              {error}
            </p>
          )}
          {preview && (
            <>
              {preview.problems.length > 0 && (
                <div role="alert">
                  <p className="error">
                    {preview.problems.length === 1
                      ? 'One row has an error'
                      : `${preview.problems.length} rows have errors`}
                    ; nothing can be imported until {preview.problems.length === 1 ? 'it is' : 'they are'} fixed in the
                    file. Nothing has been written.
                  </p>
                  <ul className="log-import-problems" aria-label="Errors in the file">
                    {preview.problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </div>
              )}
              {preview.warnings.length > 0 && (
                <ul className="log-import-warnings" aria-label="Worth knowing">
                  {preview.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              )}
              {preview.entries.length > 0 && (
                <FilePreviewTable
                  rows={preview.entries}
                  rowKey={(e) => `${e.row}-${e.id}`}
                  caption={`${rounds(preview.entries.length)} read from the file; importing adds ${rounds(preview.toAdd)}.`}
                  captionShown
                  more={(left) => `…and ${left} more ${left === 1 ? 'round' : 'rounds'}.`}
                  columns={[
                    { header: 'Row', cell: (e) => e.row },
                    { header: 'Company', cell: (e) => e.company },
                    { header: 'Round', cell: (e) => e.roundName },
                    { header: 'Date', cell: (e) => e.date },
                    { header: 'In your log', cell: (e) => STATUS_WORDS[e.status] },
                  ]}
                />
              )}
              {preview.problems.length === 0 && preview.toAdd === 0 && (
                <p className="muted" role="status">
                  {preview.entries.length === 0
                    ? 'There are no rounds in this file.'
                    : 'Your log already has every round in this file; there is nothing to add.'}
                </p>
              )}
            </>
          )}
          <div className="log-import-actions">
            {preview?.canImport && (
              <button type="button" className="button primary" disabled={busy} onClick={() => startAction(commit())}>
                Import {rounds(preview.toAdd)}
              </button>
            )}
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                reset();
                setError(null);
              }}
            >
              {preview?.canImport ? 'Cancel' : 'Close'}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
