// What every one-page sheet test asks of the printed page (LibreOffice's or Chromium's PDF text): every story's key
// numbers are there, or the plan's report names them as left out. A number listed once under another spelling
// ("$180,000" for "$180K") or as one side of a change the card shows counts as shown.
import type { Story } from '#shared/domain/schemas';
import { keyNumbers, numberKeys } from '#shared/sheet/key-numbers';
import type { SheetStory, StoryReport } from '#shared/sheet/sheet-types';

const SECTIONS = ['situation', 'task', 'action', 'result', 'reflection'] as const;

/** pdftotext output with whitespace collapsed and Word's no-break hyphen (U+2011) read as "-". */
export function normalizePageText(text: string): string {
  return text.replace(/\s+/g, ' ').replaceAll('\u2011', '-');
}

type StoryText = Pick<Story, 'id' | (typeof SECTIONS)[number]>;
/** The parts of a plan the check reads: a SheetPlan, or the planStorySheet answer's layout and report. */
interface PlannedSheet {
  stories: Pick<SheetStory, 'id' | 'numbers'>[];
  report: { stories: Pick<StoryReport, 'id' | 'fields'>[] };
}

const keysOf = (value: string) => numberKeys({ text: value, kind: value.includes(' → ') ? 'change' : 'count' });

/** Every key number of `story` neither on the page nor named in the plan's report ([] when nothing is lost). */
export function keyNumbersLost(story: StoryText, plan: PlannedSheet, pageText: string): string[] {
  const report = plan.report.stories.find((s) => s.id === story.id);
  const card = plan.stories.find((s) => s.id === story.id);
  if (!report || !card) return [`story ${story.id} is not in the plan`];
  const omitted = new Set(report.fields.find((f) => f.field === 'numbers')?.omittedValues ?? []);
  const shownKeys = new Set([...card.numbers, ...omitted].flatMap(keysOf));
  const all = new Set(SECTIONS.flatMap((f) => keyNumbers(story[f]).map((n) => n.text)));
  const text = normalizePageText(pageText);
  return [...all].filter((n) => {
    if (omitted.has(n)) return false;
    if (!card.numbers.includes(n) && keysOf(n).every((k) => shownKeys.has(k))) return false;
    return !text.includes(normalizePageText(n));
  });
}

/** How many distinct key numbers the story's sections hold. */
export function keyNumberCount(story: StoryText): number {
  return new Set(SECTIONS.flatMap((f) => keyNumbers(story[f]).map((n) => n.text))).size;
}
