// Measuring follow-up questions against a coach's verdicts (tests/fixtures/follow-ups/RUBRIC.md).
// A question is named by its kind and the sentence its anchor is in ("metric result:42" = the Result
// sentence starting at offset 42), so a better quote of the same sentence keeps its verdict; a verdict
// says whether a coach would ask it. Pure, so the eval command and the floor test share it.
import { z } from 'zod';
import { followUps, type FollowUp } from './follow-ups';
import { storySentences, type StorySentence, type StoryText } from './story-sentences';

export const FOLLOW_UP_VERDICTS = ['right', 'wrong-kind', 'generic', 'duplicate', 'not-metric', 'answered'] as const;
export type FollowUpVerdict = (typeof FOLLOW_UP_VERDICTS)[number];

export const FollowUpJudgements = z.object({
  stories: z.record(z.string(), z.record(z.string(), z.enum(FOLLOW_UP_VERDICTS))),
  must: z.record(z.string(), z.array(z.string())).default({}),
});
export type FollowUpJudgements = z.infer<typeof FollowUpJudgements>;

/** One story to measure on: its text, the verdicts on its questions and the questions it must ask. */
export interface JudgedStory {
  id: string;
  story: StoryText;
  verdicts: Record<string, FollowUpVerdict>;
  must: string[];
}

/** The name a verdict is filed under: kind + the start of the anchor's sentence ("metric result:42"). */
export function followUpKey(f: FollowUp, sentences: readonly StorySentence[]): string {
  const { section, start } = f.anchor;
  const s = sentences.find((x) => x.section === section && x.start <= start && start < Math.max(x.end, x.start + 1));
  return `${f.kind} ${section}:${s?.start ?? start}`;
}

export interface FollowUpScore {
  stories: number;
  questions: number;
  judged: number;
  counts: Record<FollowUpVerdict, number>;
  /** right ÷ judged. */
  precision: number;
  /** Questions asked that have no verdict yet: `${storyId} ${key}`. */
  unjudged: string[];
  /** Must-ask questions the list missed: `${storyId} ${must}`. */
  missed: string[];
  mustTotal: number;
  /** Questions that are not right, with their verdict: `${storyId} ${key} → ${verdict}`. */
  wrong: string[];
  /** Questions judged right (now or by an earlier version of the rules) and how many are still asked. */
  rightKnown: number;
  rightAsked: number;
  /** Right questions no longer asked: `${storyId} ${key}`. */
  lost: string[];
}

// "metric result:42": a question of that kind whose anchor, in that section, covers offset 42.
function covers(f: FollowUp, must: string): boolean {
  const m = /^(\S+) (\w+):(\d+)$/.exec(must);
  if (!m) throw new Error(`Bad must-ask entry "${must}": expected "kind section:offset".`);
  const at = Number(m[3]);
  return f.kind === m[1] && f.anchor.section === m[2] && f.anchor.start <= at && at < f.anchor.end;
}

/** Scores followUps (or another version of it, to compare) on judged stories. */
export function scoreFollowUps(
  stories: readonly JudgedStory[],
  ask: (story: StoryText) => FollowUp[] = followUps,
): FollowUpScore {
  const counts = Object.fromEntries(FOLLOW_UP_VERDICTS.map((v) => [v, 0])) as Record<FollowUpVerdict, number>;
  const unjudged: string[] = [];
  const missed: string[] = [];
  const wrong: string[] = [];
  const lost: string[] = [];
  let questions = 0;
  let mustTotal = 0;
  let rightKnown = 0;
  for (const s of stories) {
    const asked = ask(s.story);
    const sentences = storySentences(s.story);
    questions += asked.length;
    for (const f of asked) {
      const key = followUpKey(f, sentences);
      const verdict = s.verdicts[key];
      if (!verdict) unjudged.push(`${s.id} ${key}: ${f.question}`);
      else {
        counts[verdict]++;
        if (verdict !== 'right') wrong.push(`${s.id} ${key} → ${verdict}: ${f.question}`);
      }
    }
    const keys = new Set(asked.map((f) => followUpKey(f, sentences)));
    for (const [key, verdict] of Object.entries(s.verdicts)) {
      if (verdict !== 'right') continue;
      rightKnown++;
      if (!keys.has(key)) lost.push(`${s.id} ${key}`);
    }
    for (const must of s.must) {
      mustTotal++;
      if (!asked.some((f) => covers(f, must))) missed.push(`${s.id} ${must}`);
    }
  }
  const judged = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    stories: stories.length,
    questions,
    judged,
    counts,
    precision: judged === 0 ? 0 : counts.right / judged,
    unjudged,
    missed,
    mustTotal,
    wrong,
    rightKnown,
    rightAsked: rightKnown - lost.length,
    lost,
  };
}

/** Even-numbered stories (s02, fw04) are held aside: rules are never written from them. */
export function isFollowUpAside(storyId: string): boolean {
  const n = Number(/(\d+)$/.exec(storyId)?.[1] ?? NaN);
  return Number.isFinite(n) && n % 2 === 0;
}
