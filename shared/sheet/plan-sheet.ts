// Plans the one-page story sheet: chooses a density tier for the number of stories, gives every story the same
// height budget, fills each card by priority (title, key numbers, tags, then Result, Action, Situation, Task and
// Reflection cues), widens what was shortened while room is left, and reports exactly what was cut.
import type { Loop, Story } from '../domain/schemas';
import { abbreviateCompetency } from './competency-tags';
import {
  chooseCue,
  CUE_SCAN_CHARS,
  endOnContentWord,
  prepareCue,
  shownChars,
  type CueChoice,
  type PreparedCue,
} from './cue-choice';
import { rankKeyNumbers } from './key-numbers';
import { isLongSection, SECTION_SCAN_CHARS, scanWindow } from './scan-window';
import {
  BOTTOM_RESERVE_PT,
  HEADER,
  MARGIN_PT,
  MIN_BODY_PT,
  TIERS,
  cardChromePt,
  cardTextWidthPt,
  headerHeightPt,
  loopMapHeightPt,
  pageBox,
  type LineStyle,
  type PageBox,
  type Tier,
} from './page-geometry';
import type {
  CueField,
  FieldReport,
  SheetCue,
  SheetField,
  SheetInput,
  SheetMode,
  SheetPlan,
  SheetReport,
  SheetStory,
  StoryReport,
} from './sheet-types';
import { collapsedLength, collapseWhitespace, countLines, ELLIPSIS, fitToLines, keepTogether } from './text-fit';
import { textWidth } from './text-measure';
import { STORY_SECTIONS } from '../domain/sections';

/**
 * Highest priority first; content is dropped from the end of this list: reflection, then task, then situation cues
 * go first; a dense sheet keeps the Result cue over the tag line, because the result is what gets said out loud.
 */
export const PRIORITY: readonly SheetField[] = [
  'title',
  'numbers',
  'result',
  'tags',
  'action',
  'situation',
  'task',
  'reflection',
];
const CUE_LABEL: Record<CueField, string> = { situation: 'S', task: 'T', action: 'A', result: 'R', reflection: 'L' };
const CUE_ORDER: readonly CueField[] = STORY_SECTIONS;
/** Where key numbers are looked for, and how much a number from that field counts. */
const NUMBER_SOURCES: { field: CueField; weight: number }[] = [
  { field: 'result', weight: 3 },
  { field: 'action', weight: 1 },
  { field: 'situation', weight: 0.5 },
  { field: 'task', weight: 0.5 },
  { field: 'reflection', weight: 0 },
];
export const NUMBER_SEPARATOR = '  ·  ';
export const TAG_SEPARATOR = ' · ';
export const LOOP_MAP_SEPARATOR = '   ·   ';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2025-03-14" → "14 March 2025" (fixed English, so the plan does not depend on the machine's locale). */
export function formatSheetDate(iso: string | undefined): string {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return '';
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** With a loop: stories in round order (first use wins), then the other chosen stories as chosen. */
export function orderStories(stories: Story[], loop?: Loop): Story[] {
  if (!loop) return stories;
  const byId = new Map(stories.map((s) => [s.id, s]));
  const out: Story[] = [];
  const placed = new Set<string>();
  for (const round of loop.rounds) {
    for (const id of round.storyIds) {
      const story = byId.get(id);
      if (story && !placed.has(id)) {
        out.push(story);
        placed.add(id);
      }
    }
  }
  for (const s of stories)
    if (!placed.has(s.id)) {
      out.push(s);
      placed.add(s.id);
    }
  return out;
}

interface Item {
  field: SheetField;
  style: LineStyle;
  max: number;
  need: number;
  lines: number;
}

interface CardContent {
  title: string;
  /** Competency names in full, and shortened to TAG_MAX_CHARS for when the full names do not fit on one line. */
  tags: string[];
  shortTags: string[];
  numbers: string[];
  cues: Map<CueField, { prepared: PreparedCue; total: number; truncated: boolean; chosen: Map<string, CueChoice> }>;
  /** Sections longer than the scan window: cues and numbers come from their first SECTION_SCAN_CHARS characters. */
  longSections: CueField[];
}

function cardContent(story: Story, names: Record<string, string>): CardContent {
  const cues: CardContent['cues'] = new Map();
  for (const field of CUE_ORDER) {
    const total = collapsedLength(story[field]);
    cues.set(field, {
      prepared: prepareCue(field, story[field]),
      total,
      truncated: isLongSection(story[field]) || story[field].length > CUE_SCAN_CHARS,
      chosen: new Map(),
    });
  }
  // Only the scan window of each section is searched: the whole of 150 sections of 20,000 characters was most of the
  // time to plan a 30-story sheet, and a number first written after 3,000 characters is not one the speaker will say.
  const numbers = rankKeyNumbers(
    NUMBER_SOURCES.map(({ field, weight }) => ({ field, weight, text: scanWindow(story[field]) })),
  ).map((n) => n.text);
  const full = [...new Set(story.competencies.map((id) => collapseWhitespace(names[id] ?? id)))];
  const longSections = CUE_ORDER.filter((field) => isLongSection(story[field]));
  return {
    title: collapseWhitespace(story.title) || 'Untitled story',
    tags: full,
    shortTags: [...new Set(full.map(abbreviateCompetency))],
    numbers,
    cues,
    longSections,
  };
}

/** The cue of `field` for `lines` lines, remembered: the leftover pass plans each card many times. */
function cueFor(content: CardContent, field: CueField, style: LineStyle, width: number, lines: number): CueChoice {
  const cue = content.cues.get(field)!;
  const key = `${style.sizePt}|${width}|${lines}`;
  let choice = cue.chosen.get(key);
  if (!choice) {
    choice = chooseCue(cue.prepared, style, width, lines, cue.truncated);
    cue.chosen.set(key, choice);
  }
  return choice;
}

/** Lines the whole section would take (at most `max + 1`, which means "more than max"). */
function cueNeed(content: CardContent, field: CueField, style: LineStyle, width: number, max: number): number {
  const cue = content.cues.get(field)!;
  if (!cue.prepared.full) return 0;
  const lines = countLines(cue.prepared.full, style, width, max + 1);
  return cue.truncated ? Math.max(lines, max + 1) : lines;
}

/** Takes values in order while the joined line still fits in `lines` lines (a shorter later value may still fit). */
function fitList(values: string[], separator: string, style: LineStyle, widthPt: number, lines: number): string[] {
  const kept: string[] = [];
  let misses = 0;
  for (const v of values) {
    if (misses >= 3) break; // the line is full; the rest are reported as left out
    // A single value too long for the whole space is cut rather than lost (a 300-character "word").
    const value = countLines(v, style, widthPt, lines + 1) > lines ? fitToLines(v, style, widthPt, 1).text : v;
    if (countLines([...kept, value].map(keepTogether).join(separator), style, widthPt, lines + 1) <= lines)
      kept.push(value);
    else misses++;
  }
  return kept;
}

interface PlannedCard {
  story: SheetStory;
  report: StoryReport;
  usedPt: number;
}

/**
 * The order in which a card's lines are granted: a title, the key numbers, then the Result and the Action (each a
 * second line, and the numbers and title a second line, before any Situation, Task or Reflection gets one). A step that does not fit stops the
 * pass, so lower-priority fields are the ones left out.
 */
const LINE_STEPS: readonly [SheetField, number][] = [
  ['title', 1],
  ['numbers', 1],
  ['result', 1],
  ['tags', 1],
  ['action', 1],
  ['result', 2],
  ['action', 2],
  ['numbers', 2],
  ['title', 2],
  ['situation', 1],
  ['task', 1],
  ['reflection', 1],
];
/**
 * How many LINE_STEPS every card must get before the planner accepts a tier rather than a smaller font: first all
 * of title, numbers, tags and two lines each of Result and Action; failing that at every size, one line each; then
 * title, numbers and a line of Result; then a title and a line of numbers.
 */
const TIER_STEP_LEVELS = [7, 5, 3, 2] as const;

function cardItems(content: CardContent, tier: Tier, width: number): Map<SheetField, Item> {
  const numberStyle: LineStyle = { ...tier.meta, bold: true };
  const items = new Map<SheetField, Item>();
  const need = (field: SheetField, text: string, style: LineStyle, max: number) =>
    items.set(field, { field, style, max, need: Math.min(max, countLines(text, style, width, max + 1)), lines: 0 });
  need('title', content.title, tier.title, tier.maxTitleLines);
  if (content.numbers.length)
    need('numbers', content.numbers.map(keepTogether).join(NUMBER_SEPARATOR), numberStyle, tier.maxNumberLines);
  if (content.tags.length) items.set('tags', { field: 'tags', style: tier.meta, max: 1, need: 1, lines: 0 });
  for (const field of CUE_ORDER) {
    const max = tier.maxCueLines[field];
    const need = cueNeed(content, field, tier.body, width, max);
    if (need > 0) items.set(field, { field, style: tier.body, max, need: Math.min(max, need), lines: 0 });
  }
  return items;
}

/** Height of the first `steps` LINE_STEPS of a card at this tier (steps the card has nothing for cost nothing). */
function stepsPt(content: CardContent, tier: Tier, width: number, steps: number): number {
  const items = cardItems(content, tier, width);
  const lines = new Map<SheetField, number>();
  let pt = 0;
  for (const [field, n] of LINE_STEPS.slice(0, steps)) {
    const item = items.get(field);
    if (!item || item.need < n || (lines.get(field) ?? 0) >= n) continue;
    lines.set(field, n);
    pt += item.style.linePt;
  }
  return pt;
}

function planCard(
  story: Story,
  number: number,
  content: CardContent,
  tier: Tier,
  box: PageBox,
  indentPt: number,
  budgetPt: number,
): PlannedCard {
  const width = cardTextWidthPt(box, tier) - indentPt;
  const numberStyle: LineStyle = { ...tier.meta, bold: true };
  const items = cardItems(content, tier, width);

  // Pass 1: lines in LINE_STEPS order until one does not fit; everything after it is dropped too.
  let left = budgetPt;
  for (const [field, n] of LINE_STEPS) {
    const item = items.get(field);
    if (!item || item.lines >= n) continue;
    if (n > 1 && (item.lines < n - 1 || item.need < n)) continue; // only a field that has more to say grows
    if (item.style.linePt > left + 1e-6) break;
    item.lines = n;
    left -= item.style.linePt;
  }
  const included = PRIORITY.map((f) => items.get(f)).filter((i): i is Item => i !== undefined && i.lines > 0);
  // Pass 2: hand out the remaining lines one at a time, by priority, to whatever was shortened.
  for (let grew = true; grew;) {
    grew = false;
    for (const item of included) {
      if (item.lines < item.need && item.style.linePt <= left + 1e-6) {
        item.lines++;
        left -= item.style.linePt;
        grew = true;
      }
    }
  }

  const fields: FieldReport[] = [];
  const lines = (f: SheetField) => items.get(f)?.lines ?? 0;
  const fittedTitle = fitToLines(content.title, tier.title, width, Math.max(1, lines('title')));
  const titleText = endOnContentWord(fittedTitle.text);
  const title = { ...fittedTitle, text: titleText, lines: countLines(titleText, tier.title, width) };
  fields.push({
    field: 'title',
    status: title.shortened ? 'shortened' : 'full',
    shownChars: shown(title.text),
    totalChars: content.title.length,
  });

  const numbers = lines('numbers')
    ? fitList(content.numbers, NUMBER_SEPARATOR, numberStyle, width, lines('numbers'))
    : [];
  fields.push(listReport('numbers', content.numbers, numbers));
  // Full competency names when they fit on the line; shortened ones otherwise.
  const fullTags = countLines(content.tags.join(TAG_SEPARATOR), tier.meta, width, 2) <= 1;
  const tags = lines('tags')
    ? fullTags
      ? content.tags
      : fitList(content.shortTags, TAG_SEPARATOR, tier.meta, width, 1)
    : [];
  fields.push(listReport('tags', fullTags ? content.tags : content.shortTags, tags));

  const cues: SheetCue[] = [];
  for (const field of CUE_ORDER) {
    const cue = content.cues.get(field)!;
    const n = lines(field);
    if (!cue.prepared.full) {
      fields.push({ field, status: 'empty', shownChars: 0, totalChars: 0 });
      continue;
    }
    if (n === 0) {
      fields.push({ field, status: 'omitted', shownChars: 0, totalChars: cue.total });
      continue;
    }
    const choice = cueFor(content, field, tier.body, width, n);
    cues.push({ field, label: CUE_LABEL[field], text: choice.text, lines: choice.lines });
    const whole = choice.shortening === 'none' && !cue.truncated;
    fields.push({
      field,
      status: whole ? 'full' : 'shortened',
      shownChars: Math.min(cue.total, shownChars(choice.text)),
      totalChars: cue.total,
      ...(whole ? {} : { shortening: choice.shortening === 'none' ? 'clauses' : choice.shortening }),
    });
  }
  fields.sort((a, b) => PRIORITY.indexOf(a.field) - PRIORITY.indexOf(b.field));
  return {
    story: {
      id: story.id,
      number,
      title: title.text,
      titleLines: title.lines,
      tags,
      numbers,
      numberLines: numbers.length ? lines('numbers') : 0,
      cues,
    },
    report: {
      id: story.id,
      title: content.title,
      onSheet: true,
      fields,
      ...(content.longSections.length ? { longSections: content.longSections } : {}),
    },
    usedPt: budgetPt - left,
  };
}

/**
 * Cards use whole lines, so an equal split leaves a little over in every row. Pool it and hand it back one line at a
 * time, row by row, so earlier stories (a loop's first rounds) get a second line of Result or Action first.
 */
function shareLeftover(
  cards: PlannedCard[],
  tier: Tier,
  contentPt: number,
  plan: (i: number, budget: number) => PlannedCard,
): void {
  const rowCount = Math.ceil(cards.length / tier.columns);
  const rowIndexes = (r: number) =>
    Array.from({ length: tier.columns }, (_, c) => r * tier.columns + c).filter((i) => i < cards.length);
  const rowUsed = (r: number) => Math.max(...rowIndexes(r).map((i) => cards[i].usedPt));
  let leftover = contentPt;
  for (let r = 0; r < rowCount; r++) leftover -= rowUsed(r);
  for (let grew = true; grew && leftover >= tier.meta.linePt;) {
    grew = false;
    for (let r = 0; r < rowCount; r++) {
      const used = rowUsed(r);
      const step = Math.min(leftover, tier.title.linePt);
      const replanned = rowIndexes(r).map((i) => plan(i, used + step));
      const now = Math.max(...replanned.map((c) => c.usedPt));
      if (now > used + 1e-6 && now - used <= leftover + 1e-6) {
        for (const [k, i] of rowIndexes(r).entries()) cards[i] = replanned[k];
        leftover -= now - used;
        grew = true;
      }
    }
  }
}

function shown(text: string): number {
  return text.endsWith(ELLIPSIS) ? text.length - ELLIPSIS.length : text.length;
}

function listReport(field: 'tags' | 'numbers', all: string[], kept: string[]): FieldReport {
  const keptSet = new Set(kept);
  const omitted = all.filter((v) => !keptSet.has(v));
  const status =
    all.length === 0
      ? 'empty'
      : kept.length === 0
        ? 'omitted'
        : omitted.length || kept.some((v) => v.endsWith(ELLIPSIS))
          ? 'shortened'
          : 'full';
  return {
    field,
    status,
    shownChars: kept.join(', ').length,
    totalChars: all.join(', ').length,
    ...(omitted.length ? { omittedValues: omitted } : {}),
  };
}

function planLoopMap(loop: Loop, numbers: Map<string, number>, widthPt: number) {
  const style: LineStyle = { ...HEADER.loopMap, bold: true }; // measured all-bold: an overestimate
  const all = loop.rounds.map((r) => {
    const ns = r.storyIds.map((id) => numbers.get(id)).filter((n): n is number => n !== undefined);
    return { round: fitToLines(r.name || 'Round', style, 160, 1).text, stories: ns.length ? ns.join(', ') : '—' };
  });
  const text = (es: typeof all) => es.map((e) => `${e.round} ${e.stories}`).join(LOOP_MAP_SEPARATOR);
  const entries: typeof all = [];
  for (const e of all) {
    if (countLines(text([...entries, e]), style, widthPt, HEADER.loopMapMaxLines + 1) > HEADER.loopMapMaxLines) break;
    entries.push(e);
  }
  return {
    entries,
    lines: entries.length ? countLines(text(entries), style, widthPt) : 0,
    shortened: entries.length < all.length,
  };
}

/** How the shortened cues were made to fit, in words, for the summary. */
function chosenHow(cut: FieldReport[]): string {
  const count = (k: string) => cut.filter((f) => f.shortening === k).length;
  const parts = [
    count('clauses') && `${count('clauses')} by choosing the clauses with numbers, outcomes and decisions`,
    count('filler') && `${count('filler')} by dropping filler words`,
    count('words') && `${count('words')} cut between words`,
  ].filter(Boolean);
  return parts.join('; ');
}

function summarize(report: Omit<SheetReport, 'summary'>, total: number): string[] {
  const out: string[] = [];
  if (report.omittedStories.length) {
    out.push(
      `${report.omittedStories.length} of ${total} stories did not fit on one page at the smallest readable size (${MIN_BODY_PT} pt) and are left out: ${report.omittedStories.map((s) => s.title).join('; ')}.`,
    );
  }
  const onSheet = report.stories.filter((s) => s.onSheet);
  const names: Record<SheetField, string> = {
    title: 'Title',
    tags: 'Competency tags',
    numbers: 'Key numbers',
    situation: 'Situation cue',
    task: 'Task cue',
    action: 'Action cue',
    result: 'Result cue',
    reflection: 'Reflection cue',
  };
  for (const field of PRIORITY) {
    const omitted = onSheet.filter((s) => s.fields.some((f) => f.field === field && f.status === 'omitted')).length;
    const shortened = onSheet.filter((s) => s.fields.some((f) => f.field === field && f.status === 'shortened')).length;
    if (omitted) out.push(`${names[field]} left out for ${omitted} of ${onSheet.length} stories.`);
    if (!shortened) continue;
    const cut = onSheet.flatMap((s) => s.fields.filter((f) => f.field === field && f.status === 'shortened'));
    const kept =
      cut.reduce((sum, f) => sum + f.shownChars, 0) /
      Math.max(
        1,
        cut.reduce((sum, f) => sum + f.totalChars, 0),
      );
    const how = CUE_ORDER.includes(field as CueField)
      ? `, ${Math.round(kept * 100)}% of its text kept (${chosenHow(cut)})`
      : '';
    out.push(`${names[field]} shortened for ${shortened} of ${onSheet.length} stories${how}.`);
  }
  if (report.loopMap === 'shortened') out.push('The round map lists only the first rounds of the loop.');
  const long = onSheet.filter((s) => s.longSections?.length).length;
  if (long) {
    out.push(
      `Cues and key numbers come from the first ${SECTION_SCAN_CHARS.toLocaleString('en-US')} characters of each section; ${long} of ${onSheet.length} ${onSheet.length === 1 ? 'story has' : 'stories have'} longer sections.`,
    );
  }
  out.push('Project, role and notes are never on the sheet; the story book has every field.');
  return out;
}

export function planSheet(input: SheetInput): SheetPlan {
  const box = pageBox(input.paper);
  const ordered = orderStories(input.stories, input.loop);
  const n = ordered.length;

  const nameStyle = HEADER.name;
  const sublineStyle = HEADER.subline;
  const name = fitToLines(input.profile.name || 'Story sheet', nameStyle, box.contentWidthPt, 1).text;
  const company = input.company ?? input.loop?.company ?? '';
  const role = input.profile.targetRole || input.loop?.role || '';

  const numbersById = new Map(ordered.map((s, i) => [s.id, i + 1]));
  const loopMap = input.loop ? planLoopMap(input.loop, numbersById, box.contentWidthPt) : null;
  const available = box.contentHeightPt - headerHeightPt() - loopMapHeightPt(loopMap?.lines ?? 0) - BOTTOM_RESERVE_PT;

  // The roomiest tier meant for this many stories in which every card has its comfortable lines (title, numbers, tags,
  // two lines each of Result and Action): a smaller font only when the page is truly full. The last tier is the
  // smallest readable size (MIN_BODY_PT); stories that do not fit even there are left out, from the end.
  const contents: CardContent[] = [];
  const contentOf = (i: number) => (contents[i] ??= cardContent(ordered[i], input.competencyNames));
  const indentFor = (t: Tier, count: number) => Math.max(t.labelIndentPt, textWidth(String(count), t.title) + 4);
  const start = Math.max(
    0,
    TIERS.findIndex((t) => n <= t.upTo),
  );
  const fitsAt = (t: Tier, steps: number) => {
    const rows = Math.max(1, Math.ceil(n / t.columns));
    const budget = available / rows - cardChromePt(t);
    if (budget < t.title.linePt + t.meta.linePt) return false;
    const width = cardTextWidthPt(box, t) - indentFor(t, n);
    return ordered.every((_, k) => stepsPt(contentOf(k), t, width, steps) <= budget + 1e-6);
  };
  const last = TIERS[TIERS.length - 1];
  let tier = last;
  let capacity = n;
  // The last tier (three narrow columns at the minimum size) is taken only when no other holds titles and numbers.
  levels: for (const steps of TIER_STEP_LEVELS) {
    for (let i = start; i < TIERS.length - 1; i++) {
      if (fitsAt(TIERS[i], steps)) {
        tier = TIERS[i];
        break levels;
      }
    }
  }
  if (tier === last && !fitsAt(last, 1)) {
    capacity = Math.floor(available / (cardChromePt(last) + last.title.linePt + last.meta.linePt)) * last.columns;
  }
  const kept = ordered.slice(0, capacity);
  // The header counts the stories on the page: "87 of 100 stories" when some did not fit.
  const count = kept.length < n ? `${kept.length} of ${n} stories` : `${n} ${n === 1 ? 'story' : 'stories'}`;
  const subline = fitToLines(
    [role, company, formatSheetDate(input.date ?? input.loop?.date), count].filter(Boolean).join('   ·   '),
    sublineStyle,
    box.contentWidthPt,
    1,
  ).text;
  const rows = Math.max(1, Math.ceil(kept.length / tier.columns));
  const rowBudgetPt = available / rows;
  const indentPt = indentFor(tier, kept.length);

  const plan = (i: number, budget: number) => planCard(kept[i], i + 1, contentOf(i), tier, box, indentPt, budget);
  const cards = kept.map((_, i) => plan(i, rowBudgetPt - cardChromePt(tier)));
  shareLeftover(cards, tier, available - rows * cardChromePt(tier), plan);
  const omittedStories = ordered
    .slice(capacity)
    .map((s) => ({ id: s.id, title: collapseWhitespace(s.title) || 'Untitled story' }));
  const storyReports: StoryReport[] = [
    ...cards.map((c) => c.report),
    ...ordered.slice(capacity).map((s) => ({
      id: s.id,
      title: collapseWhitespace(s.title) || 'Untitled story',
      onSheet: false,
      fields: PRIORITY.map((field): FieldReport => ({ field, status: 'omitted', shownChars: 0, totalChars: 0 })),
    })),
  ];

  const cueCounts = cards.map((c) => ({
    shown: c.story.cues.length,
    available: c.report.fields.filter((f) => CUE_ORDER.includes(f.field as CueField) && f.status !== 'empty').length,
  }));
  const mode: SheetMode =
    omittedStories.length === 0 && cueCounts.every((c) => c.shown === c.available)
      ? 'full'
      : cueCounts.every((c) => c.shown === 0)
        ? 'titles-and-numbers'
        : 'compact';

  const reportBase = {
    mode,
    stories: storyReports,
    omittedStories,
    loopMap: (loopMap === null ? 'none' : loopMap.shortened ? 'shortened' : 'full') as SheetReport['loopMap'],
  };
  return {
    geometry: {
      paper: input.paper,
      widthPt: box.widthPt,
      heightPt: box.heightPt,
      marginPt: MARGIN_PT,
      contentWidthPt: box.contentWidthPt,
      tier,
      rowBudgetPt,
      indentPt,
    },
    header: { name, subline, nameStyle, sublineStyle },
    loopMap:
      loopMap && loopMap.entries.length
        ? { entries: loopMap.entries, lines: loopMap.lines, style: HEADER.loopMap }
        : null,
    stories: cards.map((c) => c.story),
    report: { ...reportBase, summary: summarize(reportBase, n) },
  };
}
