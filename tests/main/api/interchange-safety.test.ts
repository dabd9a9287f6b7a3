// @vitest-environment jsdom
// Issue #17 items 9–12 through the API, as the app calls it: exports that a spreadsheet cannot turn
// into formulas, a story book whose properties are well-formed XML, exports with a zero character
// that import back, and an import preview that agrees with its commit.
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStoryBookDocx } from '../../../main/export/story-book-docx';
import { coverageCsv } from '#shared/coverage/coverage-csv';
import { coverageMatrix } from '#shared/coverage/coverage-matrix';
import { newStory } from '#shared/domain/defaults';
import { exportCsv, exportMarkdown, importCsv, importMarkdown } from '#shared/interchange/index';
import { closeApis, openApi } from '../api-harness';

afterEach(closeApis);

/** The cells Excel sees when its list separator is ";": it splits every line at every ";". */
const semicolonCells = (csv: string) => csv.split(/\r?\n/).flatMap((line) => line.split(';'));
const FORMULA = /^[=+\-@\t\r]/;

describe('#17.9 the CSV formula guard in semicolon locales', () => {
  const titles = ['Q3 wins;=1+1', 'a;+SUM(A1)', 'b;-2', 'c;@x', "d;'=kept"];

  it('story CSV: no cell starts a formula when split at ";", and the text imports back exactly', () => {
    const stories = titles.map((title) => ({ ...newStory({ title, situation: `Text ${title}` }) }));
    const csv = exportCsv(stories);
    for (const cell of semicolonCells(csv)) expect(cell.replace(/^"/, '')).not.toMatch(FORMULA);
    const back = importCsv(csv).stories.map((s) => [s.fields.title, s.fields.situation]);
    expect(back).toEqual(titles.map((t) => [t, `Text ${t}`]));
  });

  it('coverage CSV: no cell starts a formula when split at ";"', () => {
    const framework = { id: 'f', name: 'F', preset: false, competencies: [{ id: 'c', name: 'C', description: '' }] };
    const stories = titles.map((title) => ({ ...newStory({ title, competencies: ['c'] }), status: 'ready' as const }));
    for (const cell of semicolonCells(coverageCsv(coverageMatrix(stories, framework))))
      expect(cell.replace(/^"/, '')).not.toMatch(FORMULA);
  });
});

describe('#17.10 the story book properties', () => {
  it('are well-formed XML when the profile name holds U+FFFE or U+FFFF', async () => {
    const docx = await buildStoryBookDocx({
      stories: [{ ...newStory({ title: 'One story', situation: 'Some text.' }) }],
      profile: { name: 'Dana\uFFFE Whit\uFFFFfield', targetRole: '' },
      paper: 'a4',
      date: '2026-12-01',
      competencyNames: {},
      stageNames: {},
    });
    const core = await (await JSZip.loadAsync(docx)).file('docProps/core.xml')!.async('string');
    const parsed = new DOMParser().parseFromString(core, 'application/xml'); // jsdom's: a strict XML parser.
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(core).toContain('Story book — Dana Whitfield');
  });
});

describe('#17.11 a story with a zero character', () => {
  it('exports to Markdown and CSV files that import back through the API', async () => {
    const { call } = await openApi();
    const story = await call('createStory', {
      fields: { title: 'Pasted\u0000 from a PDF', situation: 'Line one\u0000\u0001 and more.' },
    });
    const bank = await call('getBank', {});
    for (const [format, text] of [
      ['markdown', exportMarkdown(bank.stories)],
      ['csv', exportCsv(bank.stories)],
    ] as const) {
      const preview = await call('previewImport', { format, text });
      expect(preview.canImport).toBe(true);
      expect(preview.stories[0].fields.title).toBe('Pasted\u2400 from a PDF');
      expect(preview.stories[0].fields.situation).toBe('Line one\u2400\u2401 and more.');
    }
    expect(story.title).toBe('Pasted\u0000 from a PDF'); // The bank itself keeps the text as typed.
    expect(importMarkdown(exportMarkdown(bank.stories)).problems).toEqual([]);
  });
});

describe('#17.12 import preview and commit agree', () => {
  it('a JSON backup with a repeated story id previews with a warning and commits, in both modes', async () => {
    const { call } = await openApi();
    await call('createStory', { fields: { title: 'First' } });
    await call('createStory', { fields: { title: 'Second' } });
    const bank = await call('getBank', {});
    const text = JSON.stringify({
      ...bank,
      stories: [bank.stories[0], { ...bank.stories[1], id: bank.stories[0].id }],
    });

    const preview = await call('previewImport', { format: 'json', text });
    expect(preview.canImport).toBe(true);
    expect(preview.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/Story 2 \(“Second”\) has the same id as story 1; it is imported with a new id/),
    );
    const added = await call('commitImport', { format: 'json', text, mode: 'add' });
    expect(added.imported).toBe(2);
    const replaced = await call('commitImport', { format: 'json', text, mode: 'replace' });
    expect(replaced.imported).toBe(2);
    const titles = (await call('getBank', {})).stories.filter((s) => !s.deletedAt).map((s) => s.title);
    expect(titles).toEqual(['First', 'Second']);
  });

  it('bad versions get a plain message, in preview and commit alike', async () => {
    const { call } = await openApi();
    for (const [schemaVersion, words] of [
      [0.5, /bank format 0\.5, which no Storybank writes/],
      [-1, /bank format -1, which no Storybank writes/],
      ['2', /bank format "2", which no Storybank writes/],
    ] as const) {
      const text = JSON.stringify({ schemaVersion, stories: [] });
      const preview = await call('previewImport', { format: 'json', text });
      expect(preview.canImport).toBe(false);
      expect(preview.problems[0].message).toMatch(words);
      await expect(call('commitImport', { format: 'json', text })).rejects.toMatchObject({
        code: 'invalid-request',
        message: expect.stringMatching(words),
      });
    }
    // A v1 backup too broken to upgrade: said plainly, not as an exception's text.
    const text = JSON.stringify({ schemaVersion: 1, stories: 'not a list' });
    const preview = await call('previewImport', { format: 'json', text });
    expect(preview.problems[0].message).not.toMatch(/No migration|TypeError|Cannot read/);
  });
});
