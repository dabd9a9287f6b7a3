/**
 * What main makes from the saved bank, for the views: exported documents, the planned story sheet,
 * an import file's preview, and backups. These are not bank data (the store holds that), so they are
 * asked for, not kept; but they are made from the bank file in main, so every export first saves the
 * story edits still waiting in the autosave queue: the file holds what was typed a moment ago.
 *
 * Views get it with `useBankFiles()` beside `useBankStore()`; none of them calls the API itself.
 */
import type { RequestOf, ResponseOf, StorybankApi } from '#shared/api/contract';
import { UnsavedEditsError } from './autosave-queue';
import type { BankStore } from './bank-store';

/** The channels that read or write files made from the bank. */
export type BankFilesApi = Pick<
  StorybankApi,
  | 'exportStorySheet'
  | 'exportStoryBook'
  | 'exportMarkdown'
  | 'exportCsv'
  | 'exportJsonBackup'
  | 'saveStorySheetPdf'
  | 'planStorySheet'
  | 'exportCoverageCsv'
  | 'exportInterviewLog'
  | 'exportDeepDive'
  | 'previewImport'
  | 'previewInterviewLogImport'
  | 'listBackups'
  | 'backupNow'
>;

type Flushable = Pick<BankStore, 'flush'>;

export class BankFiles {
  constructor(
    private readonly api: BankFilesApi,
    private readonly store: Flushable,
  ) {}

  /** Saves pending story edits, then asks main for the file; no file without them. */
  private async fresh<K extends keyof BankFilesApi>(
    channel: K,
    request: RequestOf<K>,
    refused = 'Not exported',
  ): Promise<ResponseOf<K>> {
    try {
      await this.store.flush();
    } catch (error) {
      if (!(error instanceof UnsavedEditsError)) throw error;
      throw new Error(
        `${refused}: your latest changes are not saved yet (${error.reason.replace(/\.$/, '')}), and the file would miss them. Storybank keeps trying to save them; try again once they are saved.`,
        { cause: error },
      );
    }
    return (this.api[channel] as (r: RequestOf<K>) => Promise<ResponseOf<K>>)(request);
  }

  exportStorySheet(request: RequestOf<'exportStorySheet'>) {
    return this.fresh('exportStorySheet', request);
  }

  exportStoryBook(request: RequestOf<'exportStoryBook'>) {
    return this.fresh('exportStoryBook', request);
  }

  exportMarkdown(request: RequestOf<'exportMarkdown'>) {
    return this.fresh('exportMarkdown', request);
  }

  exportCsv(request: RequestOf<'exportCsv'>) {
    return this.fresh('exportCsv', request);
  }

  exportJsonBackup() {
    return this.fresh('exportJsonBackup', {});
  }

  /** The desktop app prints the sheet to a PDF file; a browser answers that it must print itself. */
  saveStorySheetPdf(request: RequestOf<'saveStorySheetPdf'>) {
    return this.fresh('saveStorySheetPdf', request);
  }

  exportCoverageCsv(request: RequestOf<'exportCoverageCsv'>) {
    return this.fresh('exportCoverageCsv', request);
  }

  exportInterviewLog(request: RequestOf<'exportInterviewLog'>) {
    return this.fresh('exportInterviewLog', request);
  }

  exportDeepDive(request: RequestOf<'exportDeepDive'>) {
    return this.fresh('exportDeepDive', request);
  }

  /**
   * The story sheet as main would write it, without writing anything. Not flushed: the preview
   * follows saved stories (it is planned again when their `updatedAt` moves), so it never forces
   * an early save while the user types.
   */
  planStorySheet(request: RequestOf<'planStorySheet'>) {
    return this.api.planStorySheet(request);
  }

  /** What an interview log CSV would add to the log, and its problems by row; nothing is written. */
  previewInterviewLogImport(request: RequestOf<'previewInterviewLogImport'>) {
    return this.api.previewInterviewLogImport(request);
  }

  /** What an import file would create, and its problems; nothing is written. */
  previewImport(request: RequestOf<'previewImport'>) {
    return this.api.previewImport(request);
  }

  listBackups() {
    return this.api.listBackups({});
  }

  /** A backup of the bank as saved, pending edits included. */
  backupNow() {
    return this.fresh('backupNow', {}, 'No backup made');
  }
}
