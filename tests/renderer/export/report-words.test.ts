// The sheet report in plain words: what the preview says per story and about the whole page.
import { describe, expect, it } from 'vitest';
import type { SheetReportDto } from '#shared/api/channels/exports';
import { cutsFirst, modeSentence, storyCuts } from '../../../renderer/src/views/export/report-words';

type Story = SheetReportDto['stories'][number];
const field = (
  f: Story['fields'][number]['field'],
  status: Story['fields'][number]['status'],
  extra: Partial<Story['fields'][number]> = {},
) => ({ field: f, status, shownChars: 0, totalChars: 0, ...extra });

const whole: Story = {
  id: 'a',
  title: 'Fits',
  onSheet: true,
  fields: [field('title', 'full'), field('result', 'full')],
};
const cut: Story = {
  id: 'b',
  title: 'Long',
  onSheet: true,
  longSections: ['action'],
  fields: [
    field('action', 'shortened', { shownChars: 180, totalChars: 2400, shortening: 'clauses' }),
    field('numbers', 'shortened', { omittedValues: ['40%', '$3M'] }),
    field('tags', 'shortened'),
    field('reflection', 'omitted', { totalChars: 90 }),
    field('task', 'omitted'),
  ],
};
const report = (
  stories: Story[],
  mode: SheetReportDto['mode'] = 'full',
  omitted: SheetReportDto['omittedStories'] = [],
): SheetReportDto => ({ mode, stories, omittedStories: omitted, loopMap: 'none', summary: [] });

describe('storyCuts', () => {
  it('says how much of a shortened section is kept, which numbers are left out, and what is left out entirely', () => {
    expect(storyCuts(cut)).toEqual({
      id: 'b',
      title: 'Long',
      onSheet: true,
      shortened: [
        'Action: 180 of 2,400 characters (the clauses with numbers, outcomes and decisions kept)',
        'Key numbers: left out 40%, $3M',
        'Competency tags: a tag cut short to fit the line',
      ],
      omitted: ['Reflection', 'Task'],
      longSections: ['Action'],
    });
    expect(storyCuts(whole)).toMatchObject({ shortened: [], omitted: [], longSections: [] });
  });

  it('lists stories with cuts first', () => {
    const offSheet: Story = { id: 'c', title: 'Off', onSheet: false, fields: [] };
    expect(cutsFirst([whole, cut, offSheet].map(storyCuts)).map((c) => c.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('modeSentence', () => {
  it('tells a full page from a shortened, a compact and a titles-only one, and names stories that did not fit', () => {
    expect(modeSentence(report([whole]))).toBe('The story fits on one page in full.');
    expect(modeSentence(report([whole, cut]))).toBe(
      'All 2 stories fit on one page with every cue; some are shortened.',
    );
    expect(modeSentence(report([whole, cut], 'compact'))).toMatch(/^2 stories fit on one page; to make room/);
    expect(modeSentence(report([whole], 'titles-and-numbers'))).toMatch(/titles and key numbers only/);
    expect(
      modeSentence(report([whole, { ...cut, onSheet: false }], 'titles-and-numbers', [{ id: 'b', title: 'Long' }])),
    ).toBe('1 story fits on one page; 1 did not fit and is left out.');
  });
});
