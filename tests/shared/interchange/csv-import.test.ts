// Story matrices from spreadsheets: header aliases, separators, quoting, unknown columns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from '#shared/interchange/index';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');

describe('CSV import', () => {
  it('reads an Excel-style matrix: ; delimiter, S/T/A/R columns, quoted multi-line cells, unknown columns reported', () => {
    const { stories, problems, unknownColumns } = importCsv(fixture('matrix-excel.csv'));
    expect(unknownColumns).toEqual(['Score']);
    expect(problems).toEqual([
      expect.objectContaining({
        row: 1,
        severity: 'warning',
        message: 'Row 1: the column “Score” is not a story field and will be ignored.',
      }),
    ]);
    expect(stories.map((s) => s.fields)).toEqual([
      expect.objectContaining({
        title: 'Cutting training costs',
        situation: 'GPU spend doubled',
        action: 'Spot instances; checkpointing',
        result: '-40% spend',
        competencies: ['frugality', 'ownership'],
        companies: ['Acme'],
      }),
      expect.objectContaining({
        title: 'Multi-line "quoted" story',
        situation: 'Line one\nLine two',
        task: '',
        competencies: [],
      }),
    ]);
    expect(stories.map((s) => s.row)).toEqual([2, 3]);
  });

  it('reads a Notion export with ids in Tags and a status column', () => {
    const { stories, problems } = importCsv(fixture('matrix-notion.csv'));
    expect(problems).toEqual([]);
    expect(stories.map((s) => [s.fields.title, s.fields.status, s.fields.competencies, s.fields.notes])).toEqual([
      ['Feature store migration', 'ready', ['ml.ownership', 'ml.impact'], 'Check the number'],
      ['Retired story', 'retired', [], ''],
    ]);
    expect(stories[0].fields.result).toBe('Freshness 24h → 5 min');
  });

  it('refuses a file whose header names no story column', () => {
    const { stories, problems } = importCsv('Name of thing,Price\nWidget,3\n'.replace('Name of thing', 'Product code'));
    expect(stories).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        row: 1,
        severity: 'error',
        message: expect.stringMatching(/^Row 1 should name the columns.*“Product code”, “Price”/),
      }),
    ]);
  });

  it('reports a broken quote with its row', () => {
    const { problems } = importCsv('Title,Situation\nOk,fine\n"Broken,no end\n');
    expect(problems.some((p) => p.severity === 'error' && p.row === 3 && /quote/.test(p.message))).toBe(true);
  });

  it('reports a malformed trailing quote once', () => {
    const { problems } = importCsv('Title,Situation,Result\n"One","went "wrong" here",fine\nTwo,b,c\n');
    const quoteProblems = problems.filter((p) => /quote/i.test(p.message));
    expect(quoteProblems).toEqual([
      { row: 2, severity: 'error', message: 'Row 2: Trailing quote on quoted field is malformed.' },
    ]);
  });

  it('skips a repeated header row with a warning instead of importing it as a story', () => {
    const { stories, problems } = importCsv('Title,Situation,Result\nOne,a,b\ntitle, Situation ,RESULT\nTwo,c,d\n');
    expect(stories.map((s) => s.fields.title)).toEqual(['One', 'Two']);
    expect(problems).toEqual([
      {
        row: 3,
        severity: 'warning',
        message: 'Row 3 repeats the header row (Title, Situation, Result); it is skipped.',
      },
    ]);
  });

  it('skips empty rows and warns about rows without content', () => {
    const { stories, problems } = importCsv('Title,Situation,Status\n,,\nA,b,\n,,ready\n');
    expect(stories.map((s) => s.fields.title)).toEqual(['A']);
    expect(problems.map((p) => p.message)).toEqual(['Row 4 has no title and no story text; it is skipped.']);
  });
});
