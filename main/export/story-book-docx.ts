// The full story book: every field of every chosen story, one story per section starting on its own page, a table
// of contents with page numbers (worked out by docx's own layout, so it is filled in without Word updating fields),
// and, when asked, an appendix with each story's readiness score and remaining findings.
import {
  BorderStyle,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TableOfContents,
  type ParagraphChild,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { Profile, Story } from '#shared/domain/schemas';
import { PAPER, formatSheetDate, type PaperSize } from '#shared/sheet/index';
import { COLOR, FONT, halfPoints, runs, twips, xmlSafe } from './docx-styles';
import { SECTION_LABELS, STORY_SECTIONS } from '#shared/domain/sections';

export interface ReadinessFinding {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The section it is in, e.g. 'result'. */
  field?: string;
  /** The words it is about. */
  excerpt?: string;
}

export interface StoryReadiness {
  /** 0–100. */
  score: number;
  findings: ReadinessFinding[];
}

export interface StoryBookInput {
  stories: Story[];
  profile: Profile;
  paper: PaperSize;
  /** Competency id → name and stage id → name; unknown ids print as the id. */
  competencyNames: Record<string, string>;
  stageNames: Record<string, string>;
  /** YYYY-MM-DD, printed on the title page. */
  date?: string;
  /** Story id → readiness, from the analyzer. Given: an appendix is added. */
  readiness?: Record<string, StoryReadiness>;
  /**
   * Work out the contents' page numbers while writing, with docx's own page layout (~30 ms a story). Default: for
   * books of up to 60 stories. Without it the contents list the titles and Word fills the numbers in on opening.
   */
  pageNumbers?: boolean;
}

const SECTIONS = STORY_SECTIONS.map((field) => ({ field, label: SECTION_LABELS[field] }));
const STATUS_LABEL: Record<Story['status'], string> = { draft: 'Draft', ready: 'Ready', retired: 'Retired' };
const BODY_PT = 10.5;
export const PAGE_NUMBERS_UP_TO = 60;

function para(
  text: string,
  options: { bold?: boolean; color?: string; size?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    spacing: { after: twips(options.after ?? 6), line: 288 },
    children: runs(text, {
      bold: options.bold,
      color: options.color ?? COLOR.ink,
      size: halfPoints(options.size ?? BODY_PT),
    }),
  });
}

/** A "Label: value" line of the story's facts. */
function fact(label: string, value: string): Paragraph | null {
  if (!value.trim()) return null;
  const children: ParagraphChild[] = [
    ...runs(`${label}  `, { bold: true, color: COLOR.muted, size: halfPoints(9) }),
    ...runs(value, { color: COLOR.ink, size: halfPoints(9.5) }),
  ];
  return new Paragraph({ spacing: { after: twips(2) }, children });
}

/** Paragraphs of a section as the user wrote them: blank lines separate paragraphs, single line breaks are kept. */
function prose(text: string): Paragraph[] {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  return blocks.map(
    (block) =>
      new Paragraph({
        spacing: { after: twips(6), line: 288 },
        children: block
          .split('\n')
          .flatMap((lineText, i) => [
            ...(i > 0 ? runs('', { break: 1 }) : []),
            ...runs(lineText, { size: halfPoints(BODY_PT), color: COLOR.ink }),
          ]),
      }),
  );
}

function rehearsalSummary(story: Story): string {
  const list = story.rehearsals;
  if (list.length === 0) return 'Not rehearsed yet';
  const last = [...list].sort((a, b) => b.at.localeCompare(a.at))[0];
  const rated = list.filter((r) => r.rating !== undefined);
  const avg = rated.length
    ? `, average rating ${(rated.reduce((s, r) => s + (r.rating ?? 0), 0) / rated.length).toFixed(1)} of 5`
    : '';
  const minutes = list.reduce((s, r) => s + r.seconds, 0) / 60;
  return `${list.length} time${list.length === 1 ? '' : 's'}, ${minutes.toFixed(0)} min in all, last on ${formatSheetDate(last.at.slice(0, 10))}${avg}`;
}

function storySection(story: Story, input: StoryBookInput): Paragraph[] {
  const names = (ids: string[], table: Record<string, string>) => ids.map((id) => table[id] ?? id).join(' · ');
  const out: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: runs(story.title.trim() || 'Untitled story'),
    }),
  ];
  const facts = [
    fact('Project', story.project),
    fact('Role', story.role),
    fact('Status', STATUS_LABEL[story.status]),
    fact('Competencies', names(story.competencies, input.competencyNames)),
    fact('Stages', names(story.stages, input.stageNames)),
    fact('Companies', story.companies.join(' · ')),
    fact('Rehearsed', rehearsalSummary(story)),
    fact('Last used', story.lastUsed ? `in a loop on ${formatSheetDate(story.lastUsed.at.slice(0, 10))}` : ''),
    fact(
      'Written',
      `${formatSheetDate(story.createdAt.slice(0, 10))}, last changed ${formatSheetDate(story.updatedAt.slice(0, 10))}`,
    ),
  ].filter((p): p is Paragraph => p !== null);
  out.push(...facts);
  for (const { field, label } of SECTIONS) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(label) }));
    out.push(...(story[field].trim() ? prose(story[field]) : [para('(empty)', { color: COLOR.faint })]));
  }
  if (story.notes.trim()) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs('Notes') }));
    out.push(...prose(story.notes));
  }
  return out;
}

function appendix(input: StoryBookInput, readiness: Record<string, StoryReadiness>): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: runs('Appendix: readiness') }),
    para("Each story's readiness score and the findings still open when this book was made, most serious first.", {
      color: COLOR.muted,
    }),
  ];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  for (const story of input.stories) {
    const r = readiness[story.id];
    if (!r) continue;
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: [
          ...runs(story.title.trim() || 'Untitled story'),
          ...runs(`   ${Math.round(r.score)} / 100`, { color: COLOR.accent }),
        ],
      }),
    );
    if (r.findings.length === 0) out.push(para('No open findings.', { color: COLOR.muted }));
    for (const f of [...r.findings].sort((a, b) => rank[a.severity] - rank[b.severity])) {
      const where = [f.field, f.excerpt ? `“${f.excerpt}”` : ''].filter(Boolean).join(': ');
      out.push(
        new Paragraph({
          numbering: { reference: 'findings', level: 0 },
          spacing: { after: twips(3) },
          children: [
            ...runs(`${f.severity === 'error' ? 'Fix' : f.severity === 'warning' ? 'Improve' : 'Note'}: `, {
              bold: true,
              size: halfPoints(9.5),
              color: f.severity === 'error' ? 'A12C2C' : COLOR.muted,
            }),
            ...runs(f.message, { size: halfPoints(9.5) }),
            ...(where ? runs(`  (${where})`, { size: halfPoints(9), color: COLOR.faint }) : []),
          ],
        }),
      );
    }
  }
  return out;
}

export async function buildStoryBookDocx(input: StoryBookInput): Promise<Buffer> {
  const { widthPt, heightPt } = PAPER[input.paper];
  const margin = twips(64.8); // 0.9 in: a book to read, with room to write in
  const name = input.profile.name.trim();
  const titlePage: Paragraph[] = [
    new Paragraph({
      spacing: { before: twips(160), after: twips(8) },
      children: runs('Story book', { size: halfPoints(30), bold: true, color: COLOR.ink }),
    }),
    para([name, input.profile.targetRole.trim()].filter(Boolean).join(' — ') || 'Storybank', {
      size: 13,
      color: COLOR.muted,
    }),
    para(
      [formatSheetDate(input.date), `${input.stories.length} ${input.stories.length === 1 ? 'story' : 'stories'}`]
        .filter(Boolean)
        .join('  ·  '),
      { size: 11, color: COLOR.faint },
    ),
    new Paragraph({ pageBreakBefore: true, heading: HeadingLevel.TITLE, children: runs('Contents') }),
  ];
  const doc = new Document({
    creator: 'Storybank',
    // docProps/core.xml is XML too: the title must be as XML-safe as the body text.
    title: xmlSafe(name ? `Story book — ${name}` : 'Story book'),
    ...((input.pageNumbers ?? input.stories.length <= PAGE_NUMBERS_UP_TO)
      ? { pageNumbers: estimatePageNumbers }
      : { features: { updateFields: true } }),
    numbering: {
      config: [
        {
          reference: 'findings',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              style: { paragraph: { indent: { left: 360, hanging: 240 } } },
            },
          ],
        },
      ],
    },
    styles: {
      default: {
        document: { run: { font: FONT, size: halfPoints(BODY_PT), color: COLOR.ink } },
        heading1: {
          run: { font: FONT, size: halfPoints(18), bold: true, color: COLOR.ink },
          paragraph: { spacing: { after: twips(8) } },
        },
        heading2: {
          run: { font: FONT, size: halfPoints(11.5), bold: true, color: COLOR.accent },
          paragraph: { spacing: { before: twips(12), after: twips(4) }, keepNext: true },
        },
        title: {
          run: { font: FONT, size: halfPoints(18), bold: true, color: COLOR.ink },
          paragraph: {
            spacing: { after: twips(10) },
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.rule, space: 4 } },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(widthPt), height: twips(heightPt) },
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        children: [
          ...titlePage,
          new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' }),
          ...input.stories.flatMap((s) => storySection(s, input)),
          ...(input.readiness ? appendix(input, input.readiness) : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
