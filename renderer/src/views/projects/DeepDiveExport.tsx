// The one-page deep-dive sheet: what will be on it (planned here, as main will plan it), then the
// .docx, saved through the dialog (desktop) or downloaded (browser).
import { useMemo, useState } from 'react';
import { errorMessage, StorybankError } from '#shared/api/errors';
import { localIsoDate } from '#shared/practice/calendar';
import { planDeepDive, type ProjectEntry } from '#shared/projects/index';
import type { PaperSize } from '#shared/sheet/index';
import { downloadBase64 } from '../../components/download-file';
import { useBank, useBankFiles } from '../../data/bank-context';
import { ExportResult, type Outcome } from '../export/ExportResult';
import { startAction } from '../../app/start-action';

export function DeepDiveExport({ project }: { project: ProjectEntry }) {
  const files = useBankFiles();
  const person = useBank((b) => b.profile?.name ?? '');
  const defaultPaper = useBank((b) => b.settings?.paperSize ?? 'a4');
  const [paper, setPaper] = useState<PaperSize>(defaultPaper);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const date = localIsoDate(new Date());
  const notes = project.stored?.layerNotes;
  const report = useMemo(
    () => planDeepDive({ name: project.name, stories: project.stories, layerNotes: notes, person, paper, date }).report,
    [project.name, project.stories, notes, person, paper, date],
  );

  const exportSheet = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const { file } = await files.exportDeepDive({ name: project.name, paper, date });
      if (file.delivery === 'download') downloadBase64(file.fileName, file.base64, file.mimeType);
      setOutcome({ file });
    } catch (e) {
      setOutcome(
        e instanceof StorybankError && e.code === 'cancelled' ? { cancelled: true } : { error: errorMessage(e) },
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="project-card deep-dive-export" aria-labelledby="deep-dive-title">
      <h3 id="deep-dive-title">One-page deep-dive sheet</h3>
      <p className="muted small">
        The project on one page to read before the interview: key numbers, signals, and per layer your notes, the lines
        from your stories and the questions still open.
      </p>
      <fieldset className="deep-dive-paper">
        <legend className="small">Paper</legend>
        {(['a4', 'letter'] as const).map((p) => (
          <label key={p}>
            <input type="radio" name="deep-dive-paper" checked={paper === p} onChange={() => setPaper(p)} />{' '}
            {p === 'a4' ? 'A4' : 'US Letter'}
          </label>
        ))}
      </fieldset>
      <ul className={`deep-dive-report${report.complete ? '' : ' is-warning'}`} data-testid="deep-dive-report">
        {report.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" className="button primary" disabled={busy} onClick={() => startAction(exportSheet())}>
        {busy ? 'Exporting…' : 'Export deep-dive sheet (.docx)'}
      </button>
      <ExportResult outcome={outcome} />
    </section>
  );
}
