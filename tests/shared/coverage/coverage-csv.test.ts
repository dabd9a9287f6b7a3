import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverageCsv } from '#shared/coverage/coverage-csv';
import { csvCell } from '#shared/coverage/csv-cell';
import { coverageMatrix } from '#shared/coverage/coverage-matrix';
import { presetFramework } from '#shared/competencies/preset-frameworks';
import { makeStory } from './make-story';
import { unprotectCell } from '#shared/interchange/csv-cells';

// A small RFC 4180 reader, to check that what we write reads back to the same fields.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(3)).toBe('3');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '=HYPERLINK("http://x","y")', '\t=1']) {
      const cell = parseCsv(csvCell(bad) + '\r\n')[0][0];
      expect(cell.startsWith("'"), bad).toBe(true);
      expect(cell.slice(1)).toBe(bad);
    }
  });

  it('round-trips any text through a CSV reader (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (fields) => {
        const parsed = parseCsv(fields.map(csvCell).join(',') + '\r\n')[0];
        // The guard is the story CSV's (shared/interchange): its own inverse gives every text back exactly.
        expect(parsed.map(unprotectCell)).toEqual(fields);
      }),
    );
  });
});

describe('coverageCsv', () => {
  const ml = presetFramework('senior-ml-engineer')!;

  it('writes a header, one line per story and the summary rows', () => {
    const stories = [
      makeStory({ title: '=cmd|calc', competencies: ['ml.ownership', 'amazon.dive-deep'] }),
      makeStory({ title: 'Latency, halved', competencies: ['ml.ownership'], status: 'draft' }),
    ];
    const rows = parseCsv(coverageCsv(coverageMatrix(stories, ml, { readiness: () => 70 })));
    const own = 3 + ml.competencies.findIndex((c) => c.id === 'ml.ownership');
    const depth = 3 + ml.competencies.findIndex((c) => c.id === 'ml.technical-depth');
    expect(rows[0].slice(0, 4)).toEqual(['Story', 'Status', 'Readiness', 'Leadership']);
    expect(rows[0]).toHaveLength(3 + ml.competencies.length);
    expect(rows[1][0]).toBe("'=cmd|calc");
    expect(rows[1][own]).toBe('x');
    expect(rows[1][depth]).toBe('(x)');
    expect(rows[2][0]).toBe('Latency, halved');
    const byLabel = Object.fromEntries(rows.slice(3).map((r) => [r[0], r]));
    expect(byLabel['Stories'][own]).toBe('2');
    expect(byLabel['Ready stories'][own]).toBe('1');
    expect(byLabel['Average readiness'][own]).toBe('70');
    expect(byLabel['Gap (fewer than 2 ready)'][own]).toBe('gap');
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
  });

  it('omits the readiness column when no readiness is known', () => {
    const rows = parseCsv(coverageCsv(coverageMatrix([makeStory({ competencies: ['ml.impact'] })], ml)));
    expect(rows[0].slice(0, 3)).toEqual(['Story', 'Status', 'Leadership']);
    expect(rows.map((r) => r[0])).not.toContain('Average readiness');
  });
});
