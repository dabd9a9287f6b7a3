// The sheet through a real reader: LibreOffice renders it, poppler counts pages and draws page 1.
import { beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { exportStorySheet } from '../../../main/export/export-story-sheet';
import { ELLIPSIS } from '#shared/sheet/text-fit';
import type { SheetInput, SheetPlan } from '#shared/sheet/sheet-types';
import type { Story } from '#shared/domain/schemas';
import {
  COMPETENCY_NAMES,
  maxStories,
  sampleLoop,
  sampleStories,
  unicodeStory,
} from '../../shared/sheet/sample-stories';
import { keyNumberCount, keyNumbersLost, normalizePageText } from '../../shared/sheet/sheet-page-checks';
import { convertToPdf, pageCount, pageImage, pdfText } from './libreoffice';

interface Case {
  name: string;
  input: SheetInput;
  plan?: SheetPlan;
  docx?: Buffer;
  pdf?: string;
  text?: string;
}

const base = {
  profile: { name: 'Dana Whitfield', targetRole: 'Senior ML Engineer' },
  company: 'Northwind Robotics',
  date: '2025-04-15',
  competencyNames: COMPETENCY_NAMES,
};
const cases: Case[] = [];
for (const n of [1, 5, 12, 16, 30]) {
  for (const paper of ['a4', 'letter'] as const)
    cases.push({ name: `sheet-max-${n}-${paper}`, input: { ...base, stories: maxStories(n), paper } });
}
const six = sampleStories(6);
for (const paper of ['a4', 'letter'] as const) {
  cases.push({ name: `sheet-6-${paper}`, input: { ...base, stories: six, paper } });
  cases.push({ name: `sheet-16-${paper}`, input: { ...base, stories: sampleStories(16), paper } });
}
cases.push({
  name: 'sheet-loop-6-letter',
  input: { ...base, stories: six, loop: sampleLoop(six, 3), paper: 'letter', company: undefined },
});
cases.push({
  name: 'sheet-unicode-a4',
  input: {
    ...base,
    stories: [unicodeStory(), ...sampleStories(3).map((s, i) => ({ ...s, id: `story_extra${i}` }))],
    paper: 'a4',
  },
});
const byName = (name: string) => cases.find((c) => c.name === name)!;

beforeAll(async () => {
  for (const c of cases) {
    const { docx, plan } = await exportStorySheet(c.input);
    c.docx = docx;
    c.plan = plan;
    c.text = (await mammoth.extractRawText({ buffer: docx })).value;
  }
  const pdfs = convertToPdf(cases.map((c) => ({ name: c.name, docx: c.docx! })));
  for (const c of cases) {
    c.pdf = pdfs.get(c.name)!;
    pageImage(c.pdf, c.name);
  }
}, 180_000);

describe('story sheet through LibreOffice', () => {
  it.each(cases.map((c) => c.name))('%s is exactly one page', (name) => {
    expect(pageCount(byName(name).pdf!)).toBe(1);
  });

  it.each(cases.filter((c) => c.name.startsWith('sheet-max')).map((c) => c.name))(
    '%s: every title and key number is on the sheet, or reported as cut',
    (name) => {
      const c = byName(name);
      // What LibreOffice drew, not only what the file holds (key numbers use the no-break hyphen, U+2011).
      const text = normalizePageText(pdfText(c.pdf!));
      for (const story of c.input.stories as Story[]) {
        const report = c.plan!.report.stories.find((s) => s.id === story.id)!;
        expect(report.onSheet).toBe(true);
        const title = report.fields.find((f) => f.field === 'title')!;
        const printed = c.plan!.stories.find((s) => s.id === story.id)!.title;
        if (title.status === 'full') expect(text).toContain(story.title);
        else {
          expect(title.status).toBe('shortened');
          const kept = printed.slice(0, -ELLIPSIS.length);
          expect(story.title.startsWith(kept)).toBe(true);
          expect(kept.length).toBeGreaterThan(20);
          expect(text).toContain(printed.replace(/\s+/g, ' '));
        }
        expect(keyNumberCount(story)).toBeGreaterThan(3);
        expect(keyNumbersLost(story, c.plan!, text), story.id).toEqual([]);
      }
    },
  );

  it('the rendered PDF holds what the plan holds (LibreOffice lost nothing)', () => {
    const c = byName('sheet-max-30-letter');
    const pdf = pdfText(c.pdf!).replace(/\s+/g, ' ');
    for (const s of c.plan!.stories) {
      expect(pdf).toContain(s.numbers[0]);
      expect(pdf).toContain(s.title.split(' ').slice(0, 4).join(' '));
    }
  });

  it('the loop sheet maps rounds to story numbers and gives the Action and Result of six stories two lines', () => {
    const c = byName('sheet-loop-6-letter');
    expect(c.text).toContain('Hiring manager');
    expect(c.text).toMatch(/ML system design\s*3, 4/);
    for (const story of c.plan!.stories) {
      expect(story.cues.map((x) => x.label)).toEqual(expect.arrayContaining(['A', 'R']));
      const report = c.plan!.report.stories.find((s) => s.id === story.id)!;
      for (const field of ['action', 'result'] as const) {
        const cue = story.cues.find((x) => x.field === field)!;
        const whole = report.fields.find((f) => f.field === field)!.status === 'full';
        expect(whole || cue.lines >= 2, `${story.id} ${field}`).toBe(true);
      }
    }
    expect(pdfText(c.pdf!)).toContain('Northwind Robotics');
  });

  it('keeps accents, CJK, emoji, right-to-left text, markup characters and long words', async () => {
    const c = byName('sheet-unicode-a4');
    const story = c.input.stories[0];
    for (const fragment of [
      'Café « Zürich »',
      '東京',
      '🚀',
      '<b>&amp; "quotes"',
      'צוות תל אביב',
      'العربية',
      '统一两个管道',
      'señor García',
      '🎯',
      'Donaudampfschiff',
    ]) {
      expect(c.text, fragment).toContain(fragment);
    }
    const pdf = pdfText(c.pdf!);
    for (const fragment of ['Café', '東京', '<b>&amp;', 'García', '统一两个管道'])
      expect(pdf, fragment).toContain(fragment);
    // The 300-character word is cut inside the word rather than dropping the whole Action cue.
    const action = c.plan!.stories[0].cues.find((x) => x.field === 'action')!;
    expect(action.text.length).toBeGreaterThan(60);
    for (const piece of action.text
      .replaceAll('\u00a0', ' ')
      .split(ELLIPSIS)
      .map((p) => p.trim())
      .filter(Boolean))
      expect(story.action).toContain(piece);
  });
});
