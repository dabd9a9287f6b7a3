// Importing an interview log CSV (the one "Export the log" writes, perhaps edited in a spreadsheet since):
// say what it would add and what is wrong by row, then add it in one save, or nothing when any row has an
// error. Nothing in the log is overwritten: an entry it already has is skipped, and one it has in another
// version is added beside it with a new id.
import type { InterviewLogImportPreview } from '#shared/api/channels/interviews';
import { ApiError } from '#shared/api/errors';
import { newId } from '#shared/domain/ids';
import type { Bank, InterviewEntry } from '#shared/domain/schemas';
import { readImportText, type ImportSource } from '#shared/interchange/import-input';
import { importInterviewLogCsv } from '#shared/interchange/index';
import type { BankStore } from '../bank-store';

interface Plan {
  preview: InterviewLogImportPreview;
  /** The entries to add, new ids already given to copies. */
  toAdd: InterviewEntry[];
}

const same = (a: InterviewEntry, b: InterviewEntry) => JSON.stringify(a) === JSON.stringify(b);

function plan(bank: Bank, source: ImportSource, now: Date): Plan {
  const parsed = importInterviewLogCsv(readImportText(source));
  const byId = new Map(bank.interviews.map((e) => [e.id, e]));
  const storyIds = new Set(bank.stories.map((s) => s.id)); // trashed stories included;
  const entries: InterviewLogImportPreview['entries'] = [];
  const toAdd: InterviewEntry[] = [];
  const warnings: string[] = [];
  parsed.entries.forEach((entry, i) => {
    const row = parsed.rows[i];
    const known = byId.get(entry.id);
    const status = known === undefined ? 'new' : same(known, entry) ? 'same' : 'copy';
    entries.push({ row, id: entry.id, company: entry.company, roundName: entry.roundName, date: entry.date, status });
    if (status === 'new') toAdd.push(entry);
    if (status === 'copy') {
      toAdd.push({ ...entry, id: newId('interview', now.getTime()) });
      warnings.push(
        `Row ${row}: the ${entry.roundName || 'round'} at ${entry.company} (${entry.date}) differs from the one in your log; it is added beside it, and yours is kept as it is.`,
      );
    }
    const unknown = entry.stories.filter((s) => !storyIds.has(s.storyId)).length;
    if (status !== 'same' && unknown > 0)
      warnings.push(
        `Row ${row}: ${unknown === 1 ? 'a story' : `${unknown} stories`} told at ${entry.company} ${unknown === 1 ? 'is' : 'are'} not in this bank; ${unknown === 1 ? 'it shows' : 'they show'} as “A deleted story”.`,
      );
  });
  const canImport = parsed.problems.length === 0 && toAdd.length > 0;
  return {
    preview: { entries, problems: parsed.problems, warnings, toAdd: toAdd.length, canImport },
    toAdd,
  };
}

/** What importing the file would add, and every problem by row; nothing is written. */
export function previewInterviewLogFile(bank: Bank, source: ImportSource): InterviewLogImportPreview {
  return plan(bank, source, new Date()).preview;
}

/** Adds the file's entries in one save; refuses the whole file when any row has an error. */
export async function importInterviewLogFile(
  store: BankStore,
  source: ImportSource,
): Promise<{ imported: number; alreadyInLog: number; entries: InterviewEntry[] }> {
  let added: InterviewEntry[] = [];
  let alreadyInLog = 0;
  await store.update(
    (bank, now) => {
      const { preview, toAdd } = plan(bank, source, now);
      if (preview.problems.length > 0)
        throw new ApiError(
          'invalid-request',
          `Nothing was imported: ${preview.problems.length === 1 ? 'one row has an error' : `${preview.problems.length} rows have errors`}. ${preview.problems.slice(0, 3).join(' ')}`,
        );
      added = toAdd;
      alreadyInLog = preview.entries.filter((e) => e.status === 'same').length;
      return toAdd.length > 0 ? { ...bank, interviews: [...bank.interviews, ...toAdd] } : bank;
    },
    () => undefined,
  );
  return { imported: added.length, alreadyInLog, entries: added };
}
