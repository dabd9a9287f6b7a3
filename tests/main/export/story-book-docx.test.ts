import { beforeAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { buildStoryBookDocx, type StoryBookInput } from '../../../main/export/story-book-docx';
import { COMPETENCY_NAMES, sampleStories, unicodeStory } from '../../shared/sheet/sample-stories';
import { convertToPdf, pageCount, pdfText } from './libreoffice';

const stories = [
  ...sampleStories(4).map((s, i) => ({
    ...s,
    notes: i === 0 ? 'Bring the latency chart.\n\nMention the shadow traffic.' : '',
    companies: i === 0 ? ['Northwind'] : [],
    rehearsals: i === 0 ? [{ id: 'reh_a1', at: '2025-03-10T10:00:00.000Z', seconds: 130, rating: 4 }] : [],
  })),
  unicodeStory(9),
];
const input: StoryBookInput = {
  stories,
  profile: { name: 'Dana Whitfield', targetRole: 'Senior ML Engineer' },
  paper: 'letter',
  date: '2025-04-15',
  competencyNames: COMPETENCY_NAMES,
  stageNames: { behavioral: 'Behavioral / leadership' },
  readiness: {
    [stories[0].id]: {
      score: 86,
      findings: [
        {
          severity: 'warning',
          message: 'Say who decided: "it was decided" hides the actor.',
          field: 'action',
          excerpt: 'it was decided',
        },
      ],
    },
    [stories[1].id]: {
      score: 54,
      findings: [
        {
          severity: 'error',
          message: 'This claim has no metric, scale or outcome.',
          field: 'result',
          excerpt: 'improved reliability',
        },
      ],
    },
  },
};

let text = '';
let pdf = '';
let pages = 0;
beforeAll(async () => {
  const docx = await buildStoryBookDocx(input);
  text = (await mammoth.extractRawText({ buffer: docx })).value;
  const path = convertToPdf([{ name: 'story-book', docx }]).get('story-book')!;
  pdf = pdfText(path);
  pages = pageCount(path);
}, 120_000);

describe('story book', () => {
  it('holds every field of every story', () => {
    for (const s of stories) {
      for (const field of [
        'title',
        'project',
        'role',
        'situation',
        'task',
        'action',
        'result',
        'reflection',
      ] as const) {
        expect(text, `${s.id} ${field}`).toContain(s[field].split('\n')[0].trim());
      }
    }
    expect(text).toContain('Mention the shadow traffic.');
    expect(text).toContain('Northwind');
    expect(text).toMatch(/1 time, 2 min in all, last on 10 March 2025, average rating 4\.0 of 5/);
    expect(text).toContain('Behavioral / leadership');
    expect(text).toContain('Influence without authority'); // full competency names in the book
  });

  it('has a table of contents with page numbers, one story per page', () => {
    const contents = pdf.slice(pdf.indexOf('Contents'), pdf.indexOf('Contents') + 2000);
    const starts = stories.map((s) => {
      const title = s.title.slice(0, 25);
      const m = contents.match(new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\n]*?(\\d+)\\s*$`, 'm'));
      expect(m, title).not.toBeNull();
      return Number(m![1]);
    });
    // Title page, contents, then each story on a page of its own, in order.
    expect(starts[0]).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThan(starts[i - 1]);
    expect(pages).toBeGreaterThanOrEqual(2 + stories.length + 1); // + the appendix
  });

  it('adds the readiness appendix with scores and findings when given', () => {
    expect(text).toContain('Appendix: readiness');
    expect(text).toContain('86 / 100');
    expect(text).toContain('Fix: This claim has no metric, scale or outcome.');
    expect(text).toContain('“improved reliability”');
  });

  it('survives Unicode and markup characters through LibreOffice', () => {
    for (const fragment of ['Café « Zürich »', '東京', '<b>&amp; "quotes"', 'צוות תל אביב', '统一两个管道']) {
      expect(text, fragment).toContain(fragment);
      expect(pdf, fragment).toContain(fragment.replace(/ /g, ' '));
    }
  });

  it('omits the appendix when no readiness is given', async () => {
    const docx = await buildStoryBookDocx({ ...input, readiness: undefined });
    expect((await mammoth.extractRawText({ buffer: docx })).value).not.toContain('Appendix');
  });
});
