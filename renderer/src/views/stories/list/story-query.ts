// Filtering and sorting the story list: pure functions, so they are tested without a DOM.
import type { Story, StoryStatus } from '#shared/domain/schemas';
import type { SignalId } from '#shared/analysis/index';

export type ReadinessBand = 'any' | 'needs-work' | 'getting-there' | 'ready';
export const READINESS_BANDS: { id: ReadinessBand; label: string; test: (score: number) => boolean }[] = [
  { id: 'any', label: 'Any readiness', test: () => true },
  { id: 'needs-work', label: 'Needs work (under 50)', test: (s) => s < 50 },
  { id: 'getting-there', label: 'Getting there (50–79)', test: (s) => s >= 50 && s < 80 },
  { id: 'ready', label: 'Ready to tell (80+)', test: (s) => s >= 80 },
];

export interface StoryFilters {
  competency: string;
  stage: string;
  company: string;
  status: StoryStatus | '';
  readiness: ReadinessBand;
  /** From the interview log: stories never told in a logged round, or only those told. */
  told: '' | 'never' | 'told';
  /** Only stories in which this senior signal is not found ("no trade-off"); '' for any. */
  missingSignal: SignalId | '';
}

export const NO_FILTERS: StoryFilters = {
  competency: '',
  stage: '',
  company: '',
  status: '',
  readiness: 'any',
  told: '',
  missingSignal: '',
};

export type SortKey = 'updated' | 'created' | 'title' | 'readiness' | 'length' | 'last-told';
export const SORTS: { id: SortKey; label: string }[] = [
  { id: 'updated', label: 'Recently edited' },
  { id: 'created', label: 'Newest first' },
  { id: 'title', label: 'Title A–Z' },
  { id: 'readiness', label: 'Least ready first' },
  { id: 'length', label: 'Longest first' },
  { id: 'last-told', label: 'Last told first' },
];

export interface StoryMetrics {
  score(story: Story): number;
  seconds(story: Story): number;
  /** The date the story was last told in a logged round (YYYY-MM-DD), if ever. */
  lastTold(story: Story): string | undefined;
  /** Whether the story shows the signal (a sentence is evidence for it). */
  shows(story: Story, signal: SignalId): boolean;
}

export function activeFilterCount(f: StoryFilters): number {
  return [f.competency, f.stage, f.company, f.status, f.readiness !== 'any' ? 'x' : '', f.told, f.missingSignal].filter(
    Boolean,
  ).length;
}

export function filterStories(stories: readonly Story[], f: StoryFilters, metrics: StoryMetrics): Story[] {
  const band = READINESS_BANDS.find((b) => b.id === f.readiness) ?? READINESS_BANDS[0];
  const company = f.company.toLowerCase();
  return stories.filter(
    (s) =>
      (!f.competency || s.competencies.includes(f.competency)) &&
      (!f.stage || s.stages.includes(f.stage)) &&
      (!company || s.companies.some((c) => c.toLowerCase() === company)) &&
      (!f.status || s.status === f.status) &&
      (f.readiness === 'any' || band.test(metrics.score(s))) &&
      (!f.told || (metrics.lastTold(s) === undefined) === (f.told === 'never')) &&
      (!f.missingSignal || !metrics.shows(s, f.missingSignal)),
  );
}

/** Sorts that need every story's readiness report. */
export const sortNeedsScores = (key: SortKey): boolean => key === 'readiness' || key === 'length';

// One collator for every comparison: localeCompare with options sets one up per call (in Node, a
// 10,000-title sort: about 90 ms that way, under 2 ms with a shared collator).
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const byTitle = (a: Story, b: Story) => collator.compare(a.title || '\uffff', b.title || '\uffff');

/**
 * Sorts by a number per story (ascending for 1, descending for -1), ties by title, reading each
 * story's number once: a comparator reads two per comparison, and a readiness score is a cache lookup
 * (on 10,000 stories, about 280,000 lookups instead of 10,000). Same order as that comparator.
 */
function sortByNumber(stories: Story[], value: (story: Story) => number, direction: 1 | -1): Story[] {
  const keyed = stories.map((story) => ({ story, value: value(story) }));
  keyed.sort((a, b) => direction * (a.value - b.value) || byTitle(a.story, b.story));
  return keyed.map((k) => k.story);
}

export function sortStories(stories: readonly Story[], key: SortKey, metrics: StoryMetrics): Story[] {
  const out = [...stories];
  switch (key) {
    case 'updated':
      return out.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || byTitle(a, b));
    case 'created':
      return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || byTitle(a, b));
    case 'title':
      return out.sort(byTitle);
    case 'readiness':
      return sortByNumber(out, (s) => metrics.score(s), 1);
    case 'length':
      return sortByNumber(out, (s) => metrics.seconds(s), -1);
    case 'last-told':
      // Most recently told first; stories never told last.
      return out.sort((a, b) => (metrics.lastTold(b) ?? '').localeCompare(metrics.lastTold(a) ?? '') || byTitle(a, b));
  }
}

/** Every company named in the bank, for the filter menu. */
export function companiesIn(stories: readonly Story[]): string[] {
  const seen = new Map<string, string>();
  for (const s of stories) for (const c of s.companies) if (!seen.has(c.toLowerCase())) seen.set(c.toLowerCase(), c);
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
