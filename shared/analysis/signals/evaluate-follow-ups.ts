// Measuring follow-up questions against a coach's verdicts (tests/fixtures/follow-ups/RUBRIC.md).
// A question is named by its kind and the words of the sentence its anchor is in (follow-up-keys.ts), so a
// better quote of the same sentence, or a change to the sentence splitter, keeps its verdict; a verdict
// says whether a coach would ask it. Pure, so the eval command and the floor test share it.
import { z } from 'zod';
import { followUps, type FollowUp } from './follow-ups';
import { followUpKey, locateKey, type KeyForm, type KeySpan } from './follow-up-keys';
import { SIGNAL_SECTIONS, storySentences, type StoryText } from './story-sentences';
import { readSectionHeading } from '../section-headings';

export const FOLLOW_UP_VERDICTS = ['right', 'wrong-kind', 'generic', 'duplicate', 'not-metric', 'answered'] as const;
export type FollowUpVerdict = (typeof FOLLOW_UP_VERDICTS)[number];

export const FollowUpJudgements = z.object({
  stories: z.record(z.string(), z.record(z.string(), z.enum(FOLLOW_UP_VERDICTS))),
  must: z.record(z.string(), z.array(z.string())).default({}),
  /** Verdicts whose words no sentence holds any more, kept for whoever judges the set again; never scored. */
  stale: z.record(z.string(), z.record(z.string(), z.enum(FOLLOW_UP_VERDICTS))).optional(),
});
export type FollowUpJudgements = z.infer<typeof FollowUpJudgements>;

/** One story to measure on: its text, the verdicts on its questions and the questions it must ask. */
export interface JudgedStory {
  id: string;
  story: StoryText;
  verdicts: Record<string, FollowUpVerdict>;
  must: string[];
  /** How its keys name words: 'hash' for real stories, whose words are never copied into the repo. */
  keyForm?: KeyForm;
}

export interface FollowUpScore {
  stories: number;
  questions: number;
  judged: number;
  counts: Record<FollowUpVerdict, number>;
  /** right ÷ judged. */
  precision: number;
  /** Questions asked that have no verdict yet: `${storyId} ${key to file it under} ⇒ ${question}`. */
  unjudged: string[];
  /** Must-ask questions the list missed: `${storyId} ${must}`. */
  missed: string[];
  mustTotal: number;
  /** Questions that are not right: `${storyId} ${key} → ${verdict} ⇒ ${question}`. */
  wrong: string[];
  /** Questions judged right (now or by an earlier version of the rules) and how many are still asked. */
  rightKnown: number;
  rightAsked: number;
  /** Right questions no longer asked: `${storyId} ${key}`. */
  lost: string[];
}

// A must-ask key ("metric result: from 40 to 12"): a question of that kind whose anchor covers its first word.
function covers(f: FollowUp, must: KeySpan): boolean {
  return (
    f.kind === must.kind &&
    f.anchor.section === must.section &&
    f.anchor.start <= must.firstWord &&
    must.firstWord < f.anchor.end
  );
}

// A question's verdict key: same kind and section, and the key's words contain the start of its anchor.
function judges(k: KeySpan, f: FollowUp): boolean {
  return k.kind === f.kind && k.section === f.anchor.section && k.start <= f.anchor.start && f.anchor.start < k.end;
}

/**
 * A key's words in its section, or else in the one section that holds them once, without the heading
 * that opened them: a heading the splitter now reads (story-segments.ts) leaves its line and may move
 * the sentence to another section, and the verdict goes with it.
 */
function locateMovedKey(story: StoryText, key: string): KeySpan {
  try {
    return locateKey(story, key);
  } catch (error) {
    const m = /^(\S+) (\w+): /.exec(key);
    if (!m || !/ are not in the story's /.test((error as Error).message)) throw error;
    const named = key.slice(m[0].length);
    const words = [named, readSectionHeading(named)?.rest].filter((w): w is string => w !== undefined && w !== '');
    const found = SIGNAL_SECTIONS.flatMap((section) =>
      words.flatMap((w) => {
        try {
          return [locateKey(story, `${m[1]} ${section}: ${w}`)];
        } catch {
          return [];
        }
      }),
    );
    if (found.length !== 1) throw error;
    return found[0];
  }
}

/** The story's verdicts, each found in its text; throws when a key is not found once or two keys overlap. */
export function locateVerdicts(s: JudgedStory): { key: string; verdict: FollowUpVerdict; span: KeySpan }[] {
  const out = Object.entries(s.verdicts).map(([key, verdict]) => {
    try {
      return { key, verdict, span: locateMovedKey(s.story, key) };
    } catch (error) {
      throw new Error(`Story ${s.id}: ${(error as Error).message}`, { cause: error });
    }
  });
  for (const [i, a] of out.entries())
    for (const b of out.slice(i + 1))
      if (a.span.kind === b.span.kind && a.span.section === b.span.section)
        if (a.span.start < b.span.end && b.span.start < a.span.end)
          throw new Error(`Story ${s.id}: verdict keys "${a.key}" and "${b.key}" name overlapping words.`);
  return out;
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
    const verdicts = locateVerdicts(s);
    questions += asked.length;
    for (const f of asked) {
      const found = verdicts.find((v) => judges(v.span, f));
      if (!found) unjudged.push(`${s.id} ${followUpKey(f, sentences, s.story, s.keyForm)} ⇒ ${f.question}`);
      else {
        counts[found.verdict]++;
        if (found.verdict !== 'right') wrong.push(`${s.id} ${found.key} → ${found.verdict} ⇒ ${f.question}`);
      }
    }
    for (const { key, verdict, span } of verdicts) {
      if (verdict !== 'right') continue;
      rightKnown++;
      if (!asked.some((f) => judges(span, f))) lost.push(`${s.id} ${key}`);
    }
    for (const must of s.must) {
      mustTotal++;
      const span = locateVerdicts({ ...s, verdicts: { [must]: 'right' } })[0].span;
      if (!asked.some((f) => covers(f, span))) missed.push(`${s.id} ${must}`);
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
