// The import half of the view: pick a file, see what it would create and every problem by row and field, then import
// all of it or nothing. A JSON backup can also replace the whole bank (main backs the current one up first).
import { useId, useRef, useState } from 'react';
import type { ImportPreviewDto } from '#shared/api/channels/import';
import { competencyName } from '#shared/competencies/index';
import { useBank, useBankFiles, useBankStore } from '../../../data/bank-context';
import { errorMessage } from '#shared/api/errors';
import { ImportPreview } from './ImportPreview';
import { readPickedFile, type PickedFile } from './read-file';
import { startAction } from '../../../app/start-action';

type Result = { imported: number; replacedBank: boolean } | { error: string };

export function ImportPanel() {
  const files = useBankFiles();
  const store = useBankStore();
  const bank = useBank();
  const nameOf = (id: string) =>
    competencyName(id, { frameworks: [...bank.frameworks], ...(bank.settings ? { settings: bank.settings } : {}) });
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<PickedFile | null>(null);
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [mode, setMode] = useState<'add' | 'replace'>('add');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  const pick = async (picked: File | undefined) => {
    setFile(null);
    setPreview(null);
    setReadError(null);
    setResult(null);
    setMode('add');
    if (!picked) return;
    setBusy(true);
    try {
      const read = await readPickedFile(picked);
      setFile(read);
      setPreview(await files.previewImport({ base64: read.base64, fileName: read.name }));
    } catch (error) {
      setReadError(`${errorMessage(error).replace(/\s*Nothing was imported\.?$/, '')} Nothing was imported.`);
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!file || !preview) return;
    setBusy(true);
    try {
      // The store adds the imported stories from the answer (or re-reads a bank the backup replaced).
      const done = await store.commitImport({ base64: file.base64, fileName: file.name, mode });
      setResult({ imported: done.imported, replacedBank: done.replacedBank });
      setFile(null);
      setPreview(null);
      if (input.current) input.current.value = '';
    } catch (error) {
      setResult({ error: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const count = preview?.stories.length ?? 0;
  return (
    <section className="import-panel panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Import stories</h2>
      <p className="muted">
        Markdown (a heading per story, with Situation, Task, Action, Result and Reflection as headings, bold labels or
        S:/T: prefixes), a CSV story matrix with a header row, or a Storybank backup (.json). You see everything before
        anything is written.
      </p>
      <div className="file-pick">
        <label htmlFor={inputId} className="button">
          Choose a file…
        </label>
        <input
          id={inputId}
          ref={input}
          className="file-input"
          type="file"
          accept=".md,.markdown,.txt,.csv,.tsv,.json,text/markdown,text/csv,application/json"
          disabled={busy}
          onChange={(e) => startAction(pick(e.target.files?.[0]))}
          data-testid="import-file"
        />
        <span className="muted small">
          {file ? `${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB)` : 'No file chosen'}
        </span>
      </div>
      {busy && !preview && (
        <p className="muted" role="status">
          Reading the file…
        </p>
      )}
      {readError && (
        <p className="import-result is-error" role="alert" data-testid="import-error">
          {readError}
        </p>
      )}
      {preview && file && <ImportPreview preview={preview} fileName={file.name} competencyName={nameOf} />}
      {preview && file && (
        <div className="import-actions">
          {preview.canReplaceBank && (
            <fieldset className="export-fieldset">
              <legend>This is a full backup</legend>
              <label className="scope-option">
                <input type="radio" name="import-mode" checked={mode === 'add'} onChange={() => setMode('add')} /> Add
                its {count} stories to this bank
              </label>
              <label className="scope-option">
                <input
                  type="radio"
                  name="import-mode"
                  checked={mode === 'replace'}
                  onChange={() => setMode('replace')}
                />{' '}
                Replace the whole bank with it (the current bank is backed up first)
              </label>
            </fieldset>
          )}
          <button
            type="button"
            className="button primary"
            disabled={busy || !preview.canImport}
            onClick={() => startAction(commit())}
          >
            {mode === 'replace' ? 'Replace the bank' : `Import ${count} ${count === 1 ? 'story' : 'stories'}`}
          </button>
          {!preview.canImport && (
            <p className="import-blocked" role="alert">
              {count === 0 && preview.problems.length === 0
                ? 'There are no stories in this file.'
                : 'Nothing can be imported until the errors above are fixed in the file; then choose it again.'}{' '}
              Nothing has been written.
            </p>
          )}
        </div>
      )}
      {result &&
        ('error' in result ? (
          <p className="import-result is-error" role="alert">
            {result.error}
          </p>
        ) : (
          <p className="import-result is-done" role="status" data-testid="import-result">
            {result.replacedBank
              ? 'The bank was replaced by the backup; the previous bank was backed up first.'
              : `Imported ${result.imported} ${result.imported === 1 ? 'story' : 'stories'}. They are in Stories now.`}
          </p>
        ))}
    </section>
  );
}
