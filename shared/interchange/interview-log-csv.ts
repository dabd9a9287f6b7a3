// The interview log as a spreadsheet, losslessly: one row per round, followed by one row per question,
// per story told and per number said in it (the Kind column says which). Imports back into identical
// entries (see importInterviewLogCsv), so a log kept in a spreadsheet can come home.
import Papa from 'papaparse';
import type { z } from 'zod';
import { INTERVIEW_OUTCOMES, InterviewEntry, type SaidNumber } from '../domain/schemas';
import { protectCell, unprotectCell } from './csv-cells';
import { textFileSafe } from './export-text';

const COLUMNS = [
  'Entry',
  'Kind',
  'Company',
  'Role',
  'Round',
  'Stage',
  'Date',
  'Interviewer',
  'Rating',
  'Outcome',
  'Notes',
  'Loop',
  'Loop round',
  'Created',
  'Updated',
  'Story',
  'Text',
  'Question id',
  'Measure',
  'Unit',
  'Value',
  'Number',
] as const;
type Column = (typeof COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

const cells = (row: Row) => COLUMNS.map((c) => protectCell(row[c] ?? ''));

export function exportInterviewLogCsv(entries: readonly InterviewEntry[]): string {
  const rows: string[][] = [];
  for (const e of entries) {
    rows.push(
      cells({
        Entry: e.id,
        Kind: 'round',
        Company: e.company,
        Role: e.role,
        Round: e.roundName,
        Stage: e.stageId,
        Date: e.date,
        Interviewer: e.interviewer,
        Rating: e.rating?.toString(),
        Outcome: e.outcome,
        Notes: e.notes,
        Loop: e.loopId,
        'Loop round': e.roundId,
        Created: e.createdAt,
        Updated: e.updatedAt,
      }),
    );
    for (const q of e.questions)
      rows.push(
        cells({
          Entry: e.id,
          Kind: 'question',
          Text: q.text,
          'Question id': q.questionId,
          Rating: q.rating?.toString(),
        }),
      );
    for (const s of e.stories) {
      // Unit "measured" on a story row: its numbers were kept with their measures (possibly none).
      rows.push(
        cells({
          Entry: e.id,
          Kind: 'story',
          Story: s.storyId,
          Text: s.numbersSaid.join('\n'),
          Unit: s.claimsSaid ? 'measured' : '',
        }),
      );
      for (const c of s.claimsSaid ?? [])
        rows.push(
          cells({
            Entry: e.id,
            Kind: 'number',
            Story: s.storyId,
            Text: c.sentence,
            Measure: c.measure,
            Unit: c.unit,
            Value: String(c.value),
            Number: c.text,
          }),
        );
    }
  }
  return textFileSafe(`\uFEFF${Papa.unparse({ fields: [...COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`);
}

export interface ParsedInterviewLog {
  entries: InterviewEntry[];
  /** The file row of each entry's round row (parallel to `entries`), for messages about it. */
  rows: number[];
  /** Row-numbered messages; an entry with a problem is left out, never half-imported. */
  problems: string[];
}

/** How a round row's columns are named for each entry field, for messages that point at a cell. */
const FIELD_COLUMNS: Partial<Record<string, Column>> = {
  id: 'Entry',
  company: 'Company',
  role: 'Role',
  roundName: 'Round',
  stageId: 'Stage',
  date: 'Date',
  interviewer: 'Interviewer',
  rating: 'Rating',
  outcome: 'Outcome',
  notes: 'Notes',
  loopId: 'Loop',
  roundId: 'Loop round',
  createdAt: 'Created',
  updatedAt: 'Updated',
};

const HINTS: Partial<Record<string, string>> = {
  date: 'write it as YYYY-MM-DD',
  rating: 'a whole number from 1 to 5, or empty',
  outcome: `one of ${INTERVIEW_OUTCOMES.join(', ')}`,
  createdAt: 'a date and time such as 2026-01-02T09:00:00.000Z',
  updatedAt: 'a date and time such as 2026-01-02T09:00:00.000Z',
};

/** One schema problem in words that name the column (or the question/story/number) and the value found. */
function describeIssue(raw: Record<string, unknown>, issue: z.core.$ZodIssue): string {
  const [key, index, sub] = issue.path;
  const column = typeof key === 'string' ? FIELD_COLUMNS[key] : undefined;
  if (column && index === undefined) {
    const value = raw[key as string];
    const shown = value === undefined || value === '' ? 'is empty' : `“${String(value).slice(0, 60)}” is not valid`;
    const hint = HINTS[key as string];
    return hint ? `${column} ${shown} (${hint})` : `${column} ${shown}: ${issue.message}`;
  }
  if ((key === 'questions' || key === 'stories') && typeof index === 'number') {
    const what = key === 'questions' ? 'question' : 'story';
    return `its ${what} ${index + 1}${sub !== undefined ? ` (${issue.path.slice(2).join('.')})` : ''}: ${issue.message}`;
  }
  return `${issue.path.join('.') || 'the entry'}: ${issue.message}`;
}

/** Reads a file written by exportInterviewLogCsv (or edited in a spreadsheet since). */
export function importInterviewLogCsv(text: string): ParsedInterviewLog {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const problems = parsed.errors.map((e) => `Row ${(e.row ?? 0) + 1}: ${e.message}.`);
  const [header, ...data] = parsed.data;
  if (!header) return { entries: [], rows: [], problems: ['The file is empty: there is no header row.'] };
  const index = new Map(header.map((h, i) => [h.trim(), i]));
  const missing = COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0)
    return {
      entries: [],
      rows: [],
      problems: [
        `This is not an interview log: the columns ${missing.join(', ')} are missing. Import the CSV that “Export the log” wrote (stories are imported in Export ▸ Import stories).`,
      ],
    };
  const read = (cells: string[], c: Column) => unprotectCell(cells[index.get(c) ?? -1] ?? '');
  const opt = (v: string) => (v === '' ? undefined : v);
  const num = (v: string) => (v === '' ? undefined : Number(v));

  const drafts = new Map<string, { row: number; raw: Record<string, unknown>; broken: boolean }>();
  data.forEach((cells, i) => {
    const row = i + 2;
    const id = read(cells, 'Entry');
    const kind = read(cells, 'Kind');
    const draft = drafts.get(id);
    if (kind === 'round') {
      if (draft) return problems.push(`Row ${row}: entry ${id} appears twice.`);
      drafts.set(id, {
        row,
        broken: false,
        raw: {
          id,
          company: read(cells, 'Company'),
          role: read(cells, 'Role'),
          roundName: read(cells, 'Round'),
          stageId: opt(read(cells, 'Stage')),
          date: read(cells, 'Date'),
          interviewer: opt(read(cells, 'Interviewer')),
          rating: num(read(cells, 'Rating')),
          outcome: read(cells, 'Outcome'),
          notes: read(cells, 'Notes'),
          loopId: opt(read(cells, 'Loop')),
          roundId: opt(read(cells, 'Loop round')),
          createdAt: read(cells, 'Created'),
          updatedAt: read(cells, 'Updated'),
          questions: [],
          stories: [],
        },
      });
      return;
    }
    if (!draft)
      return problems.push(`Row ${row}: a ${kind || 'row'} for entry "${id}", which has no round row before it.`);
    const raw = draft.raw as { questions: unknown[]; stories: { storyId: string; claimsSaid?: SaidNumber[] }[] };
    if (kind === 'question')
      raw.questions.push({
        text: read(cells, 'Text'),
        questionId: opt(read(cells, 'Question id')),
        rating: num(read(cells, 'Rating')),
      });
    else if (kind === 'story') {
      const said = read(cells, 'Text');
      raw.stories.push({
        storyId: read(cells, 'Story'),
        numbersSaid: said === '' ? [] : said.split('\n'),
        ...(read(cells, 'Unit') === 'measured' ? { claimsSaid: [] } : {}),
      } as never);
    } else if (kind === 'number') {
      const story = raw.stories.findLast((s) => s.storyId === read(cells, 'Story'));
      if (!story) return problems.push(`Row ${row}: a number for a story not listed before it.`);
      (story.claimsSaid ??= []).push({
        measure: read(cells, 'Measure'),
        unit: read(cells, 'Unit') as SaidNumber['unit'],
        value: Number(read(cells, 'Value')),
        text: read(cells, 'Number'),
        sentence: read(cells, 'Text'),
      });
    } else {
      draft.broken = true;
      problems.push(`Row ${row}: unknown kind "${kind}" (expected round, question, story or number).`);
    }
  });

  const entries: InterviewEntry[] = [];
  const rows: number[] = [];
  for (const { row, raw, broken } of drafts.values()) {
    const checked = InterviewEntry.safeParse(JSON.parse(JSON.stringify(raw)));
    if (checked.success && !broken) {
      entries.push(checked.data);
      rows.push(row);
    } else if (!checked.success)
      problems.push(
        `Row ${row}: entry ${String(raw.id) || '(no id)'} is not valid: ${checked.error.issues
          .map((i) => describeIssue(raw, i))
          .join('; ')}.`,
      );
  }
  return { entries, rows, problems };
}
