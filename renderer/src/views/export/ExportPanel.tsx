// The export half of the view: what, which stories, document options, the sheet's preview, then Export. The file is
// saved by main through the native dialog (desktop) or comes back to be downloaded (web bridge).
import { useMemo, useState } from 'react';
import type { ExportScope } from '#shared/api/channels/exports';
import { StorybankError } from '#shared/api/errors';
import { useBank, useBankFiles, useBankStore } from '../../data/bank-context';
import { errorMessage } from '#shared/api/errors';
import { DocumentOptions } from './DocumentOptions';
import { ExportResult, type Outcome } from './ExportResult';
import { KINDS, runExport, type ExportKind, type ExportOptions } from './export-kinds';
import { KindPicker } from './KindPicker';
import { downloadBase64 } from '../../components/download-file';
import { ScopePicker, type ScopeKind } from './ScopePicker';
import { SheetPreview } from './SheetPreview';
import { SheetPrintView } from './SheetPrintView';
import { useSheetPdf } from './use-sheet-pdf';
import { storiesVersion, useSheetPreview } from './use-sheet-preview';
import { startAction } from '../../app/start-action';

export function ExportPanel() {
  const files = useBankFiles();
  const store = useBankStore();
  const bank = useBank();
  const loops = bank.loops;
  const [kind, setKind] = useState<ExportKind>('sheet');
  const [scopeChoice, setScopeChoice] = useState<ScopeKind | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [loopChoice, setLoopChoice] = useState('');
  const [company, setCompany] = useState('');
  const [date, setDate] = useState('');
  const [appendix, setAppendix] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const readyCount = bank.stories.filter((s) => s.status === 'ready').length;
  const scopeKind: ScopeKind = scopeChoice ?? (readyCount > 0 ? 'ready' : 'all');
  const loopId = loopChoice || loops[0]?.id || '';
  const paper = bank.settings?.paperSize ?? 'a4';
  const info = KINDS.find((k) => k.id === kind)!;

  const scope = useMemo((): ExportScope | null => {
    switch (scopeKind) {
      case 'all':
        return { kind: 'all' };
      case 'ready':
        return { kind: 'ready' };
      case 'stories': {
        const storyIds = bank.stories.filter((s) => chosen.has(s.id)).map((s) => s.id);
        return storyIds.length ? { kind: 'stories', storyIds } : null;
      }
      case 'loop':
        return loopId ? { kind: 'loop', loopId } : null;
    }
  }, [scopeKind, bank.stories, chosen, loopId]);

  const options: ExportOptions | null = scope ? { kind, scope, paper, company, date, appendix } : null;
  const version = useMemo(() => storiesVersion(bank.stories), [bank.stories]);
  const preview = useSheetPreview(kind === 'sheet' ? options : null, version);
  const pdf = useSheetPdf(files);

  const changeScope = (next: ScopeKind) => {
    // Starting a hand-picked list from what was shown before saves clicks.
    if (next === 'stories' && chosen.size === 0) {
      setChosen(new Set(bank.stories.filter((s) => scopeKind === 'all' || s.status === 'ready').map((s) => s.id)));
    }
    if (next === 'loop') fillFromLoop(loopId);
    else if (scopeKind === 'loop') forgetLoop(loopId);
    setScopeChoice(next);
  };
  const fillFromLoop = (id: string) => {
    const loop = loops.find((l) => l.id === id);
    if (!loop) return;
    setCompany(loop.company);
    setDate(loop.date ?? '');
  };
  // Leaving a loop's scope drops the company and interview date it filled in (unless the user changed them), so a
  // book or sheet of all stories does not carry one loop's date on its cover.
  const forgetLoop = (id: string) => {
    const loop = loops.find((l) => l.id === id);
    if (!loop) return;
    if (company === loop.company) setCompany('');
    if (date === (loop.date ?? '')) setDate('');
  };
  const changePaper = (next: 'a4' | 'letter') => {
    // Remembered in settings, like the last export folder.
    void store
      .updateSettings({ paperSize: next })
      .catch((error: unknown) => setOutcome({ error: errorMessage(error) }));
  };

  const run = async (asPdf = false) => {
    if (!options) return;
    setBusy(true);
    setOutcome(null);
    try {
      // The PDF is planned here from the saved bank: unsaved edits go in first.
      await store.flush();
      if (asPdf) {
        const { scope, paper, company, date } = options;
        // The preview's plan is the page, unless a newer one is on its way.
        const planned = preview.loading ? undefined : preview.preview?.layout;
        const result = await pdf.save({ scope, paper, company, ...(date ? { date } : {}) }, planned);
        if ('file' in result && result.file.delivery === 'download')
          downloadBase64(result.file.fileName, result.file.base64, result.file.mimeType);
        setOutcome(result);
        return;
      }
      const file = await runExport(files, options);
      if (file.delivery === 'download') downloadBase64(file.fileName, file.base64, file.mimeType);
      setOutcome({ file });
    } catch (error) {
      setOutcome(
        error instanceof StorybankError && error.code === 'cancelled'
          ? { cancelled: true }
          : { error: errorMessage(error) },
      );
    } finally {
      setBusy(false);
    }
  };

  if (bank.status === 'loading') return <p className="muted">Loading your stories…</p>;
  if (bank.status === 'error')
    return (
      <p className="error" role="alert">
        {bank.loadError}
      </p>
    );

  return (
    <section className="export-panel panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Export your stories</h2>
      <div className={kind === 'sheet' ? 'export-layout has-preview' : 'export-layout'}>
        <div className="export-form">
          <KindPicker
            value={kind}
            onChange={(k) => {
              setKind(k);
              setOutcome(null);
            }}
          />
          {info.scoped && (
            <ScopePicker
              kind={scopeKind}
              onKind={changeScope}
              stories={bank.stories}
              chosen={chosen}
              onChosen={setChosen}
              loops={loops}
              loopId={loopId}
              onLoop={(id) => {
                setLoopChoice(id);
                fillFromLoop(id);
              }}
            />
          )}
          {!info.scoped && (
            <p className="muted">
              The backup always holds the whole bank, so it can replace it later (Import ▸ a .json file).
            </p>
          )}
          <DocumentOptions
            kind={kind}
            paper={paper}
            onPaper={changePaper}
            company={company}
            onCompany={setCompany}
            date={date}
            onDate={setDate}
            appendix={appendix}
            onAppendix={setAppendix}
          />
          <div className="export-actions">
            <button
              type="button"
              className="button primary"
              disabled={busy || (info.scoped && !scope)}
              onClick={() => startAction(run())}
            >
              {busy ? 'Exporting…' : `Export ${info.label.toLowerCase()}`}
            </button>
            {kind === 'sheet' && (
              <button type="button" className="button" disabled={busy || !scope} onClick={() => startAction(run(true))}>
                Save as PDF
              </button>
            )}
            {info.scoped && !scope && (
              <span className="muted small">
                {scopeKind === 'stories' ? 'Choose at least one story.' : 'Plan a loop first.'}
              </span>
            )}
          </div>
          <ExportResult outcome={outcome} />
        </div>
        {kind === 'sheet' && <SheetPreview state={preview} />}
      </div>
      {pdf.layout && <SheetPrintView layout={pdf.layout} />}
    </section>
  );
}
