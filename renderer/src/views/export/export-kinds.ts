// The five things the Export view can make, what each one is for, and the API call behind it.
import type { ExportedFile, ExportScope } from '#shared/api/channels/exports';
import type { BankFiles } from '../../data/bank-files';

export type ExportKind = 'sheet' | 'book' | 'markdown' | 'csv' | 'json';

export interface KindInfo {
  id: ExportKind;
  label: string;
  format: string;
  blurb: string;
  /** False for the backup, which is always the whole bank. */
  scoped: boolean;
}

export const KINDS: KindInfo[] = [
  {
    id: 'sheet',
    label: 'Story sheet',
    format: '.docx, one page',
    blurb: 'Cues and key numbers to read in the last half hour before an interview.',
    scoped: true,
  },
  {
    id: 'book',
    label: 'Story book',
    format: '.docx',
    blurb: 'Every field of every story, with a table of contents.',
    scoped: true,
  },
  {
    id: 'markdown',
    label: 'Markdown',
    format: '.md',
    blurb: 'For Notion, Obsidian or any text editor; imports back into Storybank.',
    scoped: true,
  },
  {
    id: 'csv',
    label: 'CSV',
    format: '.csv',
    blurb: 'A story matrix for spreadsheets; imports back into Storybank.',
    scoped: true,
  },
  {
    id: 'json',
    label: 'Full backup',
    format: '.json',
    blurb: 'The whole bank: stories, frameworks, loops and settings.',
    scoped: false,
  },
];

export interface ExportOptions {
  kind: ExportKind;
  scope: ExportScope;
  paper: 'a4' | 'letter';
  company: string;
  date: string;
  appendix: boolean;
}

/** Runs the export; the file comes back saved (desktop) or to be downloaded (web bridge). */
export async function runExport(files: BankFiles, o: ExportOptions): Promise<ExportedFile> {
  switch (o.kind) {
    case 'sheet':
      return (
        await files.exportStorySheet({
          scope: o.scope,
          paper: o.paper,
          company: o.company,
          ...(o.date ? { date: o.date } : {}),
        })
      ).file;
    case 'book':
      return (
        await files.exportStoryBook({
          scope: o.scope,
          paper: o.paper,
          appendix: o.appendix,
          ...(o.date ? { date: o.date } : {}),
        })
      ).file;
    case 'markdown':
      return (await files.exportMarkdown({ scope: o.scope })).file;
    case 'csv':
      return (await files.exportCsv({ scope: o.scope })).file;
    case 'json':
      return (await files.exportJsonBackup()).file;
  }
}
