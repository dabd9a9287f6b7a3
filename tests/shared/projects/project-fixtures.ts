// Deep-dive inputs for the planner and .docx tests: a one-story project, a typical one with notes,
// and one at every limit (maximum-length stories, maximum-length notes on every layer).
import { LIMITS } from '#shared/domain/limits';
import { LAYER_IDS, type DeepDiveInput } from '#shared/projects/index';
import type { PaperSize } from '#shared/sheet/index';
import { maxStories } from '../sheet/sample-stories';
import { RANKING, rankingIncident, rankingLaunch } from './project-stories';

export const TYPICAL_NOTES: Record<string, string> = {
  data: 'Click logs joined to orders; 2% of sessions were bots and had to be filtered first.',
  system:
    'Q: On Search ranking: draw the system: what carried the load, and what broke first as it grew?\n' +
    'A: A ranking service behind the search API, features cached in Redis; the cache broke first at 8k QPS.',
  evaluation: 'Offline NDCG@10 went from 0.41 to 0.47 before the A/B test.',
};

const base = (paper: PaperSize) => ({ person: 'Robin Okafor', paper, date: '2026-12-03' });

export function smallProject(paper: PaperSize): DeepDiveInput {
  return { ...base(paper), name: RANKING, stories: [rankingIncident()] };
}

export function typicalProject(paper: PaperSize): DeepDiveInput {
  return { ...base(paper), name: RANKING, stories: [rankingLaunch(), rankingIncident()], layerNotes: TYPICAL_NOTES };
}

export function largeProject(paper: PaperSize): DeepDiveInput {
  const note = (i: number) =>
    `Layer note ${i}: ` + 'the retrained model needed a fresh feature snapshot before each rollout. '.repeat(400);
  return {
    ...base(paper),
    name: 'A very long project name that keeps going: '.repeat(4).slice(0, LIMITS.shortText),
    stories: maxStories(10).map((s) => ({ ...s, project: 'Large' })),
    layerNotes: Object.fromEntries(LAYER_IDS.map((id, i) => [id, note(i).slice(0, LIMITS.notes)])),
  };
}

/** Text a user might paste: HTML, XML specials, right-to-left and CJK text, emoji, a control character. */
export function pastedProject(paper: PaperSize): DeepDiveInput {
  return {
    ...base(paper),
    name: '<b>Ranking</b> & “Search”',
    stories: [{ ...rankingLaunch(), title: '<script>alert(1)</script> rollout', project: 'x' }],
    layerNotes: {
      problem: '<img src=x onerror=alert(1)> Users & <sellers> needed results in עברית and 中文.\u0007',
      role: '</w:t></w:r> I led it & wrote the <design> doc.',
    },
  };
}
