// The coverage matrix: tellable stories × the columns of a framework (or the interview stages).
// Each column says how many stories cover it, how many of those are ready, and how ready they are on
// average; a column with fewer than `minReady` ready stories is a gap (the aim is two per competency,
// so one can be told while the other is kept for a follow-up or another round).
import type { Framework, Stage, Story } from '../domain/schemas';
import { competencyMatcher, type MatchKind } from '../competencies/map-competencies';
import { PRESET_FRAMEWORKS } from '../competencies/preset-frameworks';
import { clampReadiness, isTellable, isTrashed, type ReadinessFn } from './story-state';

export const MIN_READY_STORIES = 2;

export interface CoverageColumn {
  id: string;
  name: string;
  /** Stories covering this column, most ready first when a readiness function is given. */
  storyIds: string[];
  count: number;
  readyCount: number;
  /** Mean readiness of the covering stories (drafts included); undefined without a readiness function or stories. */
  averageReadiness?: number;
  gap: boolean;
  /** How many more ready stories would close the gap. */
  readyShortfall: number;
}

export interface CoverageRow {
  storyId: string;
  title: string;
  status: Story['status'];
  readiness?: number;
  /** Aligned with `columns`: 'tagged' for a direct tag, 'mapped' for a tag from another framework, null otherwise. */
  cells: (MatchKind | null)[];
}

export interface CoverageMatrix {
  kind: 'competencies' | 'stages';
  /** The framework's id for the competency view. */
  frameworkId?: string;
  columns: CoverageColumn[];
  rows: CoverageRow[];
  /** Ids of the gap columns, in column order. */
  gaps: string[];
  minReady: number;
  /** Stories left out of every count, and why. */
  excluded: { trashed: number; retired: number };
}

export interface CoverageOptions {
  readiness?: ReadinessFn;
  minReady?: number;
}

export interface CompetencyCoverageOptions extends CoverageOptions {
  /** Frameworks to look user competency names up in (for mapping tags by name); presets by default. */
  frameworks?: readonly Framework[];
  /** Count tags from other frameworks through the equivalence mapping (default true), marked 'mapped'. */
  mapAcrossFrameworks?: boolean;
}

export function coverageMatrix(
  stories: readonly Story[],
  framework: Framework,
  options: CompetencyCoverageOptions = {},
): CoverageMatrix {
  const ids = new Set(framework.competencies.map((c) => c.id));
  const match =
    options.mapAcrossFrameworks === false
      ? (tags: readonly string[]) => new Map(tags.filter((t) => ids.has(t)).map((t) => [t, 'tagged' as const]))
      : competencyMatcher(framework, options.frameworks ?? PRESET_FRAMEWORKS);
  const matrix = buildMatrix(stories, framework.competencies, (s) => match(s.competencies), options);
  return { ...matrix, kind: 'competencies', frameworkId: framework.id };
}

export function stageCoverageMatrix(
  stories: readonly Story[],
  stages: readonly Stage[],
  options: CoverageOptions = {},
): CoverageMatrix {
  const matrix = buildMatrix(stories, stages, (s) => new Map(s.stages.map((id) => [id, 'tagged' as const])), options);
  return { ...matrix, kind: 'stages' };
}

function buildMatrix(
  stories: readonly Story[],
  columnsIn: readonly { id: string; name: string }[],
  match: (story: Story) => Map<string, MatchKind>,
  options: CoverageOptions,
): Omit<CoverageMatrix, 'kind'> {
  const minReady = options.minReady ?? MIN_READY_STORIES;
  const index = new Map(columnsIn.map((c, i) => [c.id, i]));
  const members: number[][] = columnsIn.map(() => []);
  const rows: CoverageRow[] = [];
  const excluded = { trashed: 0, retired: 0 };

  for (const story of stories) {
    if (isTrashed(story)) {
      excluded.trashed++;
      continue;
    }
    if (!isTellable(story)) {
      excluded.retired++;
      continue;
    }
    const cells: (MatchKind | null)[] = columnsIn.map(() => null);
    for (const [id, kind] of match(story)) {
      const i = index.get(id);
      if (i === undefined) continue;
      cells[i] = kind;
      members[i].push(rows.length);
    }
    const readiness = options.readiness ? clampReadiness(options.readiness(story)) : undefined;
    rows.push({ storyId: story.id, title: story.title, status: story.status, readiness, cells });
  }

  const columns = columnsIn.map((c, i): CoverageColumn => {
    const covering = members[i].map((r) => rows[r]);
    if (options.readiness) covering.sort((a, b) => (b.readiness ?? 0) - (a.readiness ?? 0));
    const readyCount = covering.filter((r) => r.status === 'ready').length;
    const averageReadiness =
      options.readiness && covering.length > 0
        ? covering.reduce((sum, r) => sum + (r.readiness ?? 0), 0) / covering.length
        : undefined;
    return {
      id: c.id,
      name: c.name,
      storyIds: covering.map((r) => r.storyId),
      count: covering.length,
      readyCount,
      averageReadiness,
      gap: readyCount < minReady,
      readyShortfall: Math.max(0, minReady - readyCount),
    };
  });
  return { columns, rows, gaps: columns.filter((c) => c.gap).map((c) => c.id), minReady, excluded };
}
