// The one-page deep-dive sheet of a project, planned in pure TypeScript like the story sheet: the
// project's header (who, key numbers, signals, stories), then one row per depth-map layer with the
// notes, the story sentences and the questions still to prepare. Every line is budgeted with the
// sheet's font metrics, so the .docx writer (main/export) prints exactly one page; what did not fit
// is reported.
import { SIGNALS } from '../analysis';
import type { Story } from '../domain/schemas';
import {
  BOTTOM_RESERVE_PT,
  MARGIN_PT,
  MIN_BODY_PT,
  ROW_RULE_PT,
  TAIL_PARAGRAPH_PT,
  pageBox,
  type LineStyle,
  type PaperSize,
} from '../sheet/page-geometry';
import { rankKeyNumbers } from '../sheet/key-numbers';
import { scanWindow } from '../sheet/scan-window';
import { countLines, fitToLines } from '../sheet/text-fit';
import { LAYERS_BY_ID, type LayerId } from './depth-layers';
import { fitQuestion } from './fit-question';
import { depthMap, type DepthMap, type LayerStatus } from './depth-map';

export interface DeepDiveInput {
  name: string;
  stories: readonly Story[];
  layerNotes?: Readonly<Record<string, string>>;
  /** The person's name for the header. */
  person: string;
  paper: PaperSize;
  /** The date printed in the header (YYYY-MM-DD). */
  date: string;
}

export type DeepDiveItemKind = 'note' | 'evidence' | 'question';

export interface DeepDiveItem {
  kind: DeepDiveItemKind;
  /** Printed before the text in the accent colour ("Prepare: "), measured with it. */
  prefix: string;
  text: string;
  lines: number;
  shortened: boolean;
}

export interface DeepDiveRow {
  id: LayerId;
  label: string;
  status: LayerStatus;
  /** Under the label: "covered", "thin · 2 to prepare"… */
  statusText: string;
  labelLines: number;
  items: DeepDiveItem[];
  /** Lines the row takes: its label or its items, whichever is taller. */
  lines: number;
}

export interface DeepDiveFact {
  label: string;
  text: string;
  lines: number;
}

export interface DeepDiveStyle {
  title: LineStyle;
  subline: LineStyle;
  body: LineStyle;
  label: LineStyle;
  meta: LineStyle;
  padTopPt: number;
  padBottomPt: number;
  padSidePt: number;
}

export interface DeepDiveLayerReport {
  id: LayerId;
  label: string;
  /** Items the layer has (notes, story sentences, questions) and how many reached the page. */
  items: number;
  shown: number;
  shortened: number;
}

export interface DeepDiveReport {
  bodyPt: number;
  /** True when every item is on the page in full (up to its per-item line cap). */
  complete: boolean;
  layers: DeepDiveLayerReport[];
  /** Plain sentences for the UI: what was shortened or left out, or that everything fits. */
  summary: string[];
}

export interface DeepDivePlan {
  geometry: {
    paper: PaperSize;
    widthPt: number;
    heightPt: number;
    marginPt: number;
    contentWidthPt: number;
    labelWidthPt: number;
  };
  style: DeepDiveStyle;
  header: { title: string; titleLines: number; subline: string; facts: DeepDiveFact[] };
  rows: DeepDiveRow[];
  map: DepthMap;
  report: DeepDiveReport;
}

/** Body sizes tried from the largest down; the first at which everything fits is used. */
const BODY_SIZES = [10.5, 10, 9.5, 9, 8.5, 8, 7.5, MIN_BODY_PT] as const;
const LABEL_WIDTH_PT = 104;
/** Lines one item may take at most, whatever room is left: the sheet is a cue card, not the notes. */
const ITEM_CAP: Record<DeepDiveItemKind, number> = { note: 6, evidence: 2, question: 2 };
const FACT_LINES = 2;
/** Per layer, the story sentences and open questions the sheet carries (the app shows them all). */
const SHEET_EVIDENCE = 3;
const SHEET_QUESTIONS = 2;
const HEADER_RULE_PT = 0.75 + 3 + 6; // rule, its gap, and the space after it

/** The order in which items get a line: all alike for the first, questions before story sentences after. */
const FIRST_LINE_ORDER: readonly (readonly DeepDiveItemKind[])[] = [['note', 'evidence', 'question']];
const LATER_LINE_ORDER: readonly (readonly DeepDiveItemKind[])[] = [['note'], ['question'], ['evidence']];

const PREFIX: Record<DeepDiveItemKind, string> = { note: 'Notes: ', evidence: '', question: 'Prepare: ' };

function styleFor(bodyPt: number): DeepDiveStyle {
  const line = (size: number) => Math.round(size * 1.28 * 4) / 4;
  return {
    title: { sizePt: 16, linePt: 20, bold: true },
    subline: { sizePt: 9, linePt: 12 },
    body: { sizePt: bodyPt, linePt: line(bodyPt) },
    label: { sizePt: bodyPt, linePt: line(bodyPt), bold: true },
    meta: { sizePt: Math.max(MIN_BODY_PT, bodyPt - 1), linePt: line(bodyPt) },
    padTopPt: bodyPt >= 9 ? 4 : 3,
    padBottomPt: bodyPt >= 9 ? 4 : 3,
    padSidePt: 4,
  };
}

interface Wanted {
  kind: DeepDiveItemKind;
  prefix: string;
  text: string;
  want: number;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

function rowItems(map: DepthMap, id: LayerId, storyTitles: Map<string, string>): Omit<Wanted, 'want'>[] {
  const layer = map.layers.find((l) => l.id === id)!;
  const items: Omit<Wanted, 'want'>[] = [];
  const notes = collapse(layer.notes);
  if (notes) items.push({ kind: 'note', prefix: PREFIX.note, text: notes });
  for (const e of layer.evidence.slice(0, SHEET_EVIDENCE)) {
    const title = collapse(storyTitles.get(e.storyId) ?? '');
    items.push({ kind: 'evidence', prefix: '', text: `“${e.text}”${title ? ` (${title})` : ''}` });
  }
  for (const q of layer.questions.filter((q) => !q.answered).slice(0, SHEET_QUESTIONS))
    items.push({ kind: 'question', prefix: PREFIX.question, text: collapse(q.question) });
  return items;
}

function statusText(status: LayerStatus, unanswered: number): string {
  return unanswered > 0 ? `${status} · ${unanswered} to prepare` : status;
}

interface Attempt {
  style: DeepDiveStyle;
  header: DeepDivePlan['header'];
  rows: DeepDiveRow[];
  complete: boolean;
}

function attempt(
  input: DeepDiveInput,
  map: DepthMap,
  facts: { label: string; text: string }[],
  bodyPt: number,
): Attempt {
  const box = pageBox(input.paper);
  const style = styleFor(bodyPt);
  const contentWidth = box.contentWidthPt - LABEL_WIDTH_PT - 2 * style.padSidePt;
  const labelWidth = LABEL_WIDTH_PT - 2 * style.padSidePt;
  const title = fitToLines(collapse(input.name) || 'Untitled project', style.title, box.contentWidthPt, 2);
  const subline = fitToLines(facts[0].text, style.subline, box.contentWidthPt, 1).text;
  const shownFacts = facts.slice(1).map((f) => {
    const fit = fitToLines(`${f.label}: ${f.text}`, style.body, box.contentWidthPt, FACT_LINES);
    return { label: f.label, text: fit.text.slice(f.label.length + 2), lines: fit.lines };
  });
  const headerPt =
    title.lines * style.title.linePt +
    style.subline.linePt +
    shownFacts.reduce((sum, f) => sum + f.lines * style.body.linePt, 0) +
    HEADER_RULE_PT;
  const titles = new Map(input.stories.map((s) => [s.id, s.title]));
  const rows = map.layers.map((layer) => {
    const label = LAYERS_BY_ID[layer.id].label;
    const status = statusText(layer.status, layer.unanswered);
    const labelLines = countLines(label, style.label, labelWidth, 3) + countLines(status, style.meta, labelWidth, 3);
    const items: Wanted[] = rowItems(map, layer.id, titles).map((item) => ({
      ...item,
      want: Math.min(ITEM_CAP[item.kind], countLines(item.prefix + item.text, style.body, contentWidth, 50)),
    }));
    return { layer, label, status, labelLines, items, granted: items.map(() => 0), lines: 0 };
  });
  const chrome = style.padTopPt + style.padBottomPt + ROW_RULE_PT;
  const room = box.contentHeightPt - headerPt - BOTTOM_RESERVE_PT - TAIL_PARAGRAPH_PT - rows.length * chrome;
  let budget = Math.floor(room / style.body.linePt) - rows.reduce((sum, r) => sum + r.labelLines, 0);
  const fitsLabels = budget >= 0;
  // Breadth first: every item's first line (across all rows) before any item's second line, so the
  // page shows many short cues rather than a few long ones. Lines beside a row's label are free.
  const maxWant = Math.max(0, ...rows.flatMap((r) => r.items.map((i) => i.want)));
  const maxItems = Math.max(0, ...rows.map((r) => r.items.length));
  // From the second line on, a question to prepare goes before a story sentence: the writer knows
  // their own sentence from its first line, but a question cut before its ask is no question.
  for (let pass = 0; pass < maxWant; pass++)
    for (const kinds of pass === 0 ? FIRST_LINE_ORDER : LATER_LINE_ORDER)
      for (let k = 0; k < maxItems; k++)
        for (const row of rows) {
          const item = row.items[k];
          if (!item || !kinds.includes(item.kind) || item.want <= pass || row.granted[k] !== pass) continue;
          const content = row.granted.reduce((a, b) => a + b, 0);
          if (content >= row.labelLines) {
            if (budget <= 0) continue;
            budget--;
          }
          row.granted[k]++;
        }
  const planned: DeepDiveRow[] = rows.map((row) => {
    const items: DeepDiveItem[] = [];
    row.items.forEach((item, k) => {
      const lines = row.granted[k];
      if (lines === 0) return;
      // A question keeps its ask whole; its quote of the story is what gives way.
      const fit = (item.kind === 'question' ? fitQuestion : fitToLines)(
        item.prefix + item.text,
        style.body,
        contentWidth,
        lines,
      );
      const capped = countLines(item.prefix + item.text, style.body, contentWidth, lines + 1) > lines;
      items.push({
        kind: item.kind,
        prefix: item.prefix,
        text: fit.text.startsWith(item.prefix) ? fit.text.slice(item.prefix.length) : fit.text,
        lines: fit.lines,
        shortened: fit.shortened || capped,
      });
    });
    const contentLines = items.reduce((sum, i) => sum + i.lines, 0);
    return {
      id: row.layer.id,
      label: row.label,
      status: row.layer.status,
      statusText: row.status,
      labelLines: row.labelLines,
      items,
      lines: Math.max(row.labelLines, contentLines),
    };
  });
  // Complete: every item has at least its first line on the page (long ones end in "…").
  const complete = fitsLabels && planned.every((row, i) => row.items.length === rows[i].items.length);
  return {
    style,
    header: { title: title.text, titleLines: title.lines, subline, facts: shownFacts },
    rows: planned,
    complete,
  };
}

/**
 * The roles for the header, each once: a role another one starts with is left out ("Senior ML
 * engineer" beside "Senior ML engineer, model owner"), so the line does not say the same thing twice.
 */
export function distinctRoles(roles: readonly string[]): string[] {
  const unique = [...new Set(roles.filter(Boolean))];
  const key = (role: string) => role.toLowerCase();
  return unique.filter(
    (role) =>
      !unique.some(
        (other) => other !== role && key(other).startsWith(key(role)) && /^\W/.test(other.slice(role.length)),
      ),
  );
}

function headerFacts(input: DeepDiveInput, map: DepthMap): { label: string; text: string }[] {
  const roles = distinctRoles(input.stories.map((s) => collapse(s.role)));
  const n = input.stories.length;
  const subline = [
    collapse(input.person),
    roles.join(', '),
    `deep dive · ${n} ${n === 1 ? 'story' : 'stories'}`,
    `${map.counts.covered} of ${map.layers.length} layers covered`,
    input.date,
  ]
    .filter(Boolean)
    .join('  ·  ');
  const numbers = rankKeyNumbers(
    input.stories.flatMap((s) => [
      { field: 'result', weight: 2, text: scanWindow(s.result) },
      { field: 'action', weight: 1, text: scanWindow(s.action) },
    ]),
  )
    .slice(0, 12)
    .map((k) => k.text);
  const shown = map.signals.filter((s) => s.stories > 0).map((s) => SIGNALS[s.id].label);
  const missing = map.signals.filter((s) => s.stories === 0).map((s) => SIGNALS[s.id].label);
  const signals = [
    shown.length ? `shown: ${shown.join(', ')}` : '',
    missing.length ? `not yet: ${missing.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('  ·  ');
  const facts = [{ label: 'Header', text: subline }];
  if (numbers.length) facts.push({ label: 'Key numbers', text: numbers.join('  ·  ') });
  facts.push({ label: 'Signals', text: signals });
  if (n)
    facts.push({ label: 'Stories', text: input.stories.map((s) => collapse(s.title) || 'Untitled').join('  ·  ') });
  return facts;
}

function report(map: DepthMap, chosen: Attempt, bodyPt: number): DeepDiveReport {
  const titles = new Map<string, string>();
  const layers = map.layers.map((layer): DeepDiveLayerReport => {
    const row = chosen.rows.find((r) => r.id === layer.id)!;
    return {
      id: layer.id,
      label: layer.label,
      items: rowItems(map, layer.id, titles).length,
      shown: row.items.length,
      shortened: row.items.filter((i) => i.shortened).length,
    };
  });
  const summary: string[] = [];
  const shortened = layers.reduce((sum, l) => sum + l.shortened, 0);
  if (chosen.complete) {
    summary.push(
      `Everything fits on one page at ${bodyPt} pt` +
        (shortened ? `; ${shortened} long ${shortened === 1 ? 'item ends' : 'items end'} in “…”.` : '.'),
    );
  } else {
    const left = layers.reduce((sum, l) => sum + l.items - l.shown, 0);
    summary.push(
      `Not everything fits: ${left} ${left === 1 ? 'item was' : 'items were'} left out at ${bodyPt} pt, the smallest size the sheet uses.`,
    );
    for (const l of layers)
      if (l.shown < l.items) summary.push(`${l.label}: ${l.shown} of ${l.items} items on the page.`);
  }
  return { bodyPt, complete: chosen.complete, layers, summary };
}

/** Plans the one-page deep-dive sheet of a project. Pure; the .docx writer prints exactly this. */
export function planDeepDive(input: DeepDiveInput): DeepDivePlan {
  const map = depthMap({ name: input.name, stories: input.stories, layerNotes: input.layerNotes });
  const facts = headerFacts(input, map);
  let chosen: Attempt | undefined;
  let bodyPt: number = MIN_BODY_PT;
  for (const size of BODY_SIZES) {
    chosen = attempt(input, map, facts, size);
    bodyPt = size;
    if (chosen.complete) break;
  }
  const box = pageBox(input.paper);
  return {
    geometry: {
      paper: input.paper,
      widthPt: box.widthPt,
      heightPt: box.heightPt,
      marginPt: MARGIN_PT,
      contentWidthPt: box.contentWidthPt,
      labelWidthPt: LABEL_WIDTH_PT,
    },
    style: chosen!.style,
    header: chosen!.header,
    rows: chosen!.rows,
    map,
    report: report(map, chosen!, bodyPt),
  };
}
