// Writes a planned story sheet as a one-page .docx. Every size here comes from the plan's geometry: exact line
// heights, a fixed table layout and fixed cell padding, so the page holds exactly what the planner budgeted.
import {
  BorderStyle,
  LineRuleType,
  NoBreakHyphen,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import {
  LOOP_MAP_SEPARATOR,
  NUMBER_SEPARATOR,
  ROW_RULE_PT,
  TAG_SEPARATOR,
  keepTogether,
  type LineStyle,
  type SheetPlan,
  type SheetStory,
} from '#shared/sheet/index';
import { COLOR, FONT_ATTRIBUTES, halfPoints, runs, twips, xmlSafe, type RunStyle } from './docx-styles';
import { onePageDocx } from './one-page-docx';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function line(style: LineStyle) {
  return { line: twips(style.linePt), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

function text(value: string, style: LineStyle, extra: RunStyle = {}) {
  return runs(value, { size: halfPoints(style.sizePt), bold: style.bold ?? false, color: COLOR.ink, ...extra });
}

/** A card paragraph: a label (number, S/T/A/R) in the hanging indent, the text wrapped beside it. */
function labelled(
  label: string,
  labelStyle: RunStyle,
  body: ParagraphChild[],
  style: LineStyle,
  indentPt: number,
): Paragraph {
  return new Paragraph({
    spacing: line(style),
    indent: { left: twips(indentPt), hanging: twips(indentPt) },
    tabStops: [{ type: TabStopType.LEFT, position: twips(indentPt) }],
    children: [
      new TextRun({ text: label, font: FONT_ATTRIBUTES, size: halfPoints(style.sizePt), ...labelStyle }),
      new TextRun({ text: '\t', size: halfPoints(style.sizePt) }),
      ...body,
    ],
  });
}

/**
 * The key numbers, each kept whole on its line: no-break spaces, and Word's no-break hyphen for "2-year" (the plain
 * hyphen is a line-break opportunity in both readers; the planner measured each value as one unbreakable word).
 */
function numberRuns(values: string[], style: LineStyle): ParagraphChild[] {
  const base = { font: FONT_ATTRIBUTES, size: halfPoints(style.sizePt), bold: true, color: COLOR.number };
  return values.flatMap((value, i) => {
    const parts = xmlSafe(keepTogether(value)).split('-');
    const children = parts.flatMap((part, k) => (k === 0 ? [part] : [new NoBreakHyphen(), part]));
    return [...(i > 0 ? [new TextRun({ ...base, text: NUMBER_SEPARATOR })] : []), new TextRun({ ...base, children })];
  });
}

function cardParagraphs(story: SheetStory, plan: SheetPlan): Paragraph[] {
  const { tier, indentPt } = plan.geometry;
  const out: Paragraph[] = [
    labelled(
      String(story.number),
      { bold: true, color: COLOR.accent },
      text(story.title, tier.title),
      tier.title,
      indentPt,
    ),
  ];
  if (story.tags.length) {
    out.push(
      labelled('', {}, text(story.tags.join(TAG_SEPARATOR), tier.meta, { color: COLOR.muted }), tier.meta, indentPt),
    );
  }
  for (const cue of story.cues) {
    out.push(labelled(cue.label, { bold: true, color: COLOR.accent }, text(cue.text, tier.body), tier.body, indentPt));
  }
  if (story.numbers.length) {
    const style: LineStyle = { ...tier.meta, bold: true };
    out.push(labelled('#', { bold: true, color: COLOR.number }, numberRuns(story.numbers, style), style, indentPt));
  }
  return out;
}

function storyTable(plan: SheetPlan): Table {
  const { tier, contentWidthPt } = plan.geometry;
  const columnWidth = Math.floor(twips(contentWidthPt) / tier.columns);
  const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: Math.round(ROW_RULE_PT * 8), color: COLOR.rule };
  const rows: TableRow[] = [];
  for (let r = 0; r * tier.columns < plan.stories.length; r++) {
    const cells = Array.from({ length: tier.columns }, (_, c) => {
      const story = plan.stories[r * tier.columns + c];
      return new TableCell({
        width: { size: columnWidth, type: WidthType.DXA },
        margins: {
          top: twips(tier.padTopPt),
          bottom: twips(tier.padBottomPt),
          left: twips(tier.padSidePt),
          right: twips(tier.padSidePt),
        },
        verticalAlign: VerticalAlignTable.TOP,
        borders: { top: NONE, left: NONE, right: NONE, bottom: rule },
        children: story ? cardParagraphs(story, plan) : [new Paragraph({ spacing: line(tier.body), children: [] })],
      });
    });
    rows.push(new TableRow({ cantSplit: true, children: cells }));
  }
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: columnWidth * tier.columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: tier.columns }, () => columnWidth),
    indent: { size: 0, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows,
  });
}

function headerParagraphs(plan: SheetPlan): Paragraph[] {
  const { name, subline, nameStyle, sublineStyle } = plan.header;
  const out = [
    new Paragraph({ spacing: line(nameStyle), children: text(name, nameStyle) }),
    new Paragraph({
      spacing: { ...line(sublineStyle), after: twips(6) },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.ink, space: 3 } },
      children: text(subline, sublineStyle, { color: COLOR.muted }),
    }),
  ];
  if (plan.loopMap) {
    const { style, entries } = plan.loopMap;
    const children: ParagraphChild[] = [];
    entries.forEach((e, i) => {
      if (i > 0) children.push(...text(LOOP_MAP_SEPARATOR, style, { color: COLOR.faint }));
      children.push(
        ...text(`${e.round} `, style, { bold: true, color: COLOR.muted }),
        ...text(e.stories, style, { bold: true, color: COLOR.accent }),
      );
    });
    out.push(new Paragraph({ spacing: { ...line(style), after: twips(4) }, children }));
  }
  return out;
}

/** The sheet as a .docx file. One page when the plan came from `planSheet` (checked through LibreOffice in tests). */
export async function buildStorySheetDocx(plan: SheetPlan): Promise<Buffer> {
  return onePageDocx(`Story sheet — ${plan.header.name}`, plan.geometry, [...headerParagraphs(plan), storyTable(plan)]);
}
