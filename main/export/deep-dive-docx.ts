// Writes a planned deep-dive sheet (shared/projects planDeepDive) as a one-page .docx: the project's
// header, then a two-column table of depth-map layers. Sizes come from the plan (exact line heights, a
// fixed table layout, fixed cell padding), so the page holds exactly what the planner budgeted.
import {
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx';
import type { DeepDiveItem, DeepDivePlan, DeepDiveRow } from '#shared/projects/index';
import { ROW_RULE_PT, type LineStyle } from '#shared/sheet/index';
import { COLOR, halfPoints, runs, twips, type RunStyle } from './docx-styles';
import { onePageDocx } from './one-page-docx';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

const exact = (style: LineStyle) => ({
  line: twips(style.linePt),
  lineRule: LineRuleType.EXACT,
  before: 0,
  after: 0,
});

function text(value: string, style: LineStyle, extra: RunStyle = {}) {
  return runs(value, { size: halfPoints(style.sizePt), bold: style.bold ?? false, color: COLOR.ink, ...extra });
}

const STATUS_COLOR = { covered: COLOR.number, thin: COLOR.muted, missing: 'A33A1F' } as const;

function itemParagraph(item: DeepDiveItem, plan: DeepDivePlan): Paragraph {
  const body = plan.style.body;
  return new Paragraph({
    spacing: exact(body),
    children: [
      ...(item.prefix ? text(item.prefix, body, { color: COLOR.accent }) : []),
      ...text(item.text, body, { color: item.kind === 'evidence' ? COLOR.muted : COLOR.ink }),
    ],
  });
}

function layerRow(row: DeepDiveRow, plan: DeepDivePlan, widths: [number, number]): TableRow {
  const { style } = plan;
  const rule: IBorderOptions = { style: BorderStyle.SINGLE, size: Math.round(ROW_RULE_PT * 8), color: COLOR.rule };
  const margins = {
    top: twips(style.padTopPt),
    bottom: twips(style.padBottomPt),
    left: twips(style.padSidePt),
    right: twips(style.padSidePt),
  };
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins,
      verticalAlign: VerticalAlignTable.TOP,
      borders: { top: NONE, left: NONE, right: NONE, bottom: rule },
      children,
    });
  const label = [
    new Paragraph({ spacing: exact(style.label), children: text(row.label, style.label, { color: COLOR.accent }) }),
    new Paragraph({
      spacing: exact(style.meta),
      children: text(row.statusText, style.meta, { color: STATUS_COLOR[row.status] }),
    }),
  ];
  const items = row.items.map((item) => itemParagraph(item, plan));
  return new TableRow({
    cantSplit: true,
    children: [
      cell(widths[0], label),
      cell(widths[1], items.length ? items : [new Paragraph({ spacing: exact(style.body), children: [] })]),
    ],
  });
}

function headerParagraphs(plan: DeepDivePlan): Paragraph[] {
  const { style, header } = plan;
  const lines: { style: LineStyle; children: ParagraphChild[] }[] = [
    { style: style.title, children: text(header.title, style.title) },
    { style: style.subline, children: text(header.subline, style.subline, { color: COLOR.muted }) },
    ...header.facts.map((f) => ({
      style: style.body,
      children: [...text(`${f.label}: `, style.body, { color: COLOR.accent }), ...text(f.text, style.body)],
    })),
  ];
  // The rule under the header sits on its last paragraph, as on the story sheet.
  return lines.map(
    (l, i) =>
      new Paragraph({
        spacing: i === lines.length - 1 ? { ...exact(l.style), after: twips(6) } : exact(l.style),
        ...(i === lines.length - 1
          ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR.ink, space: 3 } } }
          : {}),
        children: l.children,
      }),
  );
}

/** The deep-dive sheet as a .docx file: one page when the plan came from `planDeepDive` (checked in LibreOffice). */
export async function buildDeepDiveDocx(plan: DeepDivePlan): Promise<Buffer> {
  const { geometry } = plan;
  const total = twips(geometry.contentWidthPt);
  const labelWidth = twips(geometry.labelWidthPt);
  const widths: [number, number] = [labelWidth, total - labelWidth];
  return onePageDocx(`Deep dive — ${plan.header.title}`, geometry, [
    ...headerParagraphs(plan),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: total, type: WidthType.DXA },
      columnWidths: widths,
      indent: { size: 0, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
      rows: plan.rows.map((row) => layerRow(row, plan, widths)),
    }),
  ]);
}
