// Companies: every company you have a loop with or logged a round at, where the process stands, and
// the timeline of rounds with the stories told and the questions asked. Entries are edited and deleted
// here, and the whole log is exported (CSV, which imports back, or Markdown to read) and imported (CSV).
import { useMemo, useState } from 'react';
import { errorMessage, StorybankError } from '#shared/api/errors';
import type { InterviewEntry } from '#shared/domain/schemas';
import { companyKey, companyTimelines, draftEntryFromRound, saidNumberConflicts } from '#shared/interview-log/index';
import { localIsoDate } from '#shared/practice/calendar';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { downloadBase64 } from '../../components/download-file';
import { useBank, useBankFiles, useBankStore } from '../../data/bank-context';
import { CompanyDetail } from './CompanyDetail';
import { CompanyList } from './CompanyList';
import { blankFields } from './log-entry/entry-form';
import { LogEntryDialog, type LogEntryTarget } from './log-entry/LogEntryDialog';
import { LogImport } from './log-import/LogImport';
import './companies.css';
import { startAction } from '../../app/start-action';

export function CompaniesView() {
  const files = useBankFiles();
  const store = useBankStore();
  const status = useBank((b) => b.status);
  const loadError = useBank((b) => b.loadError);
  const loops = useBank((b) => b.loops);
  const interviews = useBank((b) => b.interviews);
  const stories = useBank((b) => b.stories);
  const trash = useBank((b) => b.trash);

  const timelines = useMemo(
    () => companyTimelines({ loops: [...loops], interviews: [...interviews] }),
    [loops, interviews],
  );
  const conflicts = useMemo(
    () => saidNumberConflicts({ stories: [...stories, ...trash], interviews: [...interviews] }),
    [stories, trash, interviews],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = timelines.find((t) => (companyKey(t.company) || t.company) === chosen) ?? timelines[0] ?? undefined;

  const [target, setTarget] = useState<LogEntryTarget | null>(null);
  const [deleting, setDeleting] = useState<InterviewEntry | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [exporting, setExporting] = useState(false);

  const remove = async (entry: InterviewEntry) => {
    setDeleting(null);
    try {
      await store.deleteInterview(entry.id);
      setMessage({ text: `Deleted the ${entry.roundName} round of ${entry.date} from the log.` });
    } catch (e) {
      setMessage({ text: errorMessage(e), error: true });
    }
  };

  const exportLog = async (format: 'csv' | 'markdown') => {
    setExporting(true);
    setMessage(null);
    try {
      const { file } = await files.exportInterviewLog({ format });
      if (file.delivery === 'download') downloadBase64(file.fileName, file.base64, file.mimeType);
      const rounds = `${interviews.length} ${interviews.length === 1 ? 'round' : 'rounds'}`;
      setMessage({
        text:
          file.delivery === 'saved'
            ? `Saved the interview log (${rounds}) to ${file.path}.`
            : `Downloaded ${file.fileName} (${rounds}). Your browser put it in its downloads folder.`,
      });
    } catch (e) {
      setMessage(
        e instanceof StorybankError && e.code === 'cancelled'
          ? { text: 'Export cancelled; nothing was saved.' }
          : { text: errorMessage(e), error: true },
      );
    } finally {
      setExporting(false);
    }
  };

  const markDone = (loopId: string, roundId: string) => {
    try {
      const fields = draftEntryFromRound(
        { loops: [...loops], stories: [...stories] },
        loopId,
        roundId,
        localIsoDate(new Date()),
      );
      setTarget({ kind: 'new', fields, title: `Mark “${fields.roundName || 'Round'}” as done` });
    } catch (e) {
      setMessage({ text: errorMessage(e), error: true });
    }
  };

  if (status === 'loading') return <p className="muted">Loading your interview log…</p>;
  if (status === 'error')
    return (
      <p className="error" role="alert">
        {loadError}
      </p>
    );

  const title = (id: string) => {
    const story = stories.find((s) => s.id === id) ?? trash.find((s) => s.id === id);
    if (!story) return 'A deleted story';
    return `${story.title || 'Untitled story'}${story.deletedAt ? ' (in the trash)' : ''}`;
  };

  return (
    <div className="companies-view">
      <div className="companies-toolbar">
        <button
          type="button"
          className="button primary"
          onClick={() =>
            setTarget({
              kind: 'new',
              fields: blankFields(selected?.company ?? '', localIsoDate(new Date())),
              title: 'Log a round',
            })
          }
        >
          Log a round
        </button>
        <LogImport onImported={(text) => setMessage({ text })} />
        <span className="toolbar-spacer" />
        <span className="muted small" id="export-log-label">
          Export the log
        </span>
        <div role="group" aria-labelledby="export-log-label" className="companies-export">
          <button
            type="button"
            className="button"
            disabled={exporting || interviews.length === 0}
            onClick={() => startAction(exportLog('csv'))}
          >
            CSV
          </button>
          <button
            type="button"
            className="button"
            disabled={exporting || interviews.length === 0}
            onClick={() => startAction(exportLog('markdown'))}
          >
            Markdown
          </button>
        </div>
      </div>
      {message && (
        <p
          className={message.error ? 'error' : 'companies-message'}
          role={message.error ? 'alert' : 'status'}
          data-testid="companies-message"
        >
          {message.text}
        </p>
      )}
      {timelines.length === 0 ? (
        <div className="companies-empty">
          <h2>No companies yet</h2>
          <p className="muted">
            A company appears here once you plan a loop with it (Loops) or log a round. After each interview, press
            “Mark round as done” on the loop, or “Log a round” here, and write down which stories you told and what they
            asked: the next round at the same company will remind you.
          </p>
        </div>
      ) : (
        <div className="companies-layout">
          <CompanyList
            timelines={timelines}
            selected={selected}
            onSelect={(t) => setChosen(companyKey(t.company) || t.company)}
          />
          {selected && (
            <CompanyDetail
              timeline={selected}
              title={title}
              conflicts={conflicts}
              onEdit={(entry) => setTarget({ kind: 'edit', entry })}
              onDelete={setDeleting}
              onMarkDone={markDone}
            />
          )}
        </div>
      )}
      <LogEntryDialog
        target={target}
        onClose={() => setTarget(null)}
        onSaved={(entry) => {
          setChosen(companyKey(entry.company) || entry.company);
          setMessage({ text: `Saved the ${entry.roundName} round at ${entry.company}.` });
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the ${deleting?.roundName ?? ''} round from the log?`}
        confirmLabel="Delete entry"
        danger
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>
          What you noted for this round at {deleting?.company} ({deleting?.date}) is removed from the log, so later
          rounds no longer warn about the stories told in it. Your stories and loops are not affected.
        </p>
      </ConfirmDialog>
    </div>
  );
}
