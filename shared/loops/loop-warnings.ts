// Warnings on a loop's current plan, each with a fix and the ids needed to act on it.
import type { Framework, InterviewEntry, Loop, Story } from '../domain/schemas';
import { competencyMatcher } from '../competencies/map-competencies';
import { PRESET_FRAMEWORKS } from '../competencies/preset-frameworks';
import { clampReadiness, isTellable, statusReadiness, type ReadinessFn } from '../coverage/story-state';
import { findNumberConflicts, type NumberConflict } from './number-conflicts';
import { roundFocus } from './round-focus';

interface WarningBase {
  /** Stable for the same problem, so the UI can keep a dismissed warning dismissed. */
  key: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fix: string;
}

export type LoopWarning =
  | (WarningBase & { kind: 'uncovered-focus'; roundId: string; competencyId: string; candidates: string[] })
  | (WarningBase & {
      kind: 'story-reused';
      storyId: string;
      roundIds: string[];
      replacements: { roundId: string; storyIds: string[] }[];
    })
  | (WarningBase & { kind: 'draft-story'; storyId: string; roundIds: string[] })
  | (WarningBase & {
      kind: 'unavailable-story';
      storyId: string;
      roundIds: string[];
      why: 'missing' | 'trashed' | 'retired';
    })
  | (WarningBase & { kind: 'inconsistent-numbers'; storyIds: [string, string]; conflict: NumberConflict })
  | (WarningBase & {
      kind: 'told-before';
      storyId: string;
      roundId: string;
      earlierLoopId: string;
      earlierDate?: string;
      replacements: string[];
    });

export interface LoopWarningOptions {
  readiness?: ReadinessFn;
  frameworks?: readonly Framework[];
  /** Display names for competency ids (e.g. from resolveCompetency); ids are shown otherwise. */
  competencyName?: (id: string) => string;
}

export const normalizeCompany = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(inc|llc|ltd|corp|corporation|gmbh|co)\b/g, '')
    .trim();

/** The rounds of the loop already logged as done (an interview entry names the round). */
export function doneRoundIds(loop: Loop, interviews: readonly InterviewEntry[] = []): Set<string> {
  return new Set(interviews.filter((e) => e.loopId === loop.id && e.roundId).map((e) => e.roundId!));
}

/** When a loop happened: its date, or the day it was created. */
const loopDay = (loop: Loop) => loop.date ?? loop.createdAt.slice(0, 10);

/**
 * The loop's warnings. A round already logged as done (`bank.interviews`) is past planning: it gets
 * no uncovered-focus, draft, unavailable or told-before warning; a story told there and planned again
 * later is still flagged as reused.
 */
export function loopWarnings(
  loop: Loop,
  bank: { stories: readonly Story[]; loops: readonly Loop[]; interviews?: readonly InterviewEntry[] },
  options: LoopWarningOptions = {},
): LoopWarning[] {
  const done = doneRoundIds(loop, bank.interviews);
  const frameworks = options.frameworks ?? PRESET_FRAMEWORKS;
  const framework =
    frameworks.find((f) => f.id === loop.frameworkId) ?? PRESET_FRAMEWORKS.find((f) => f.id === loop.frameworkId);
  const match = framework ? competencyMatcher(framework, frameworks) : undefined;
  const nameOf = options.competencyName ?? ((id: string) => id);
  const readiness = (s: Story) => clampReadiness((options.readiness ?? statusReadiness)(s));
  const byId = new Map(bank.stories.map((s) => [s.id, s]));
  const coversCache = new Map<string, Set<string>>();
  const covers = (s: Story) => {
    let set = coversCache.get(s.id);
    if (!set) {
      set = new Set([...s.competencies, ...(match ? match(s.competencies).keys() : [])]);
      coversCache.set(s.id, set);
    }
    return set;
  };
  const title = (id: string) => `“${byId.get(id)?.title || 'Untitled story'}”`;
  const roundName = (id: string) => loop.rounds.find((r) => r.id === id)?.name || 'a round';

  const roundsOf = new Map<string, string[]>();
  for (const round of loop.rounds)
    for (const id of round.storyIds) roundsOf.set(id, [...(roundsOf.get(id) ?? []), round.id]);
  const inLoop = new Set(roundsOf.keys());
  const free = (competencyId: string) =>
    bank.stories
      .filter((s) => isTellable(s) && !inLoop.has(s.id) && covers(s).has(competencyId))
      .sort((a, b) => readiness(b) - readiness(a))
      .map((s) => s.id);

  const warnings: LoopWarning[] = [];

  for (const round of loop.rounds) {
    if (done.has(round.id)) continue;
    const told = round.storyIds.map((id) => byId.get(id)).filter((s): s is Story => s !== undefined && isTellable(s));
    for (const c of new Set(roundFocus(loop, round))) {
      if (told.some((s) => covers(s).has(c))) continue;
      const candidates = free(c).slice(0, 5);
      warnings.push({
        kind: 'uncovered-focus',
        key: `uncovered:${round.id}:${c}`,
        severity: 'error',
        roundId: round.id,
        competencyId: c,
        candidates,
        message: `No story in ${round.name || 'this round'} covers ${nameOf(c)}.`,
        fix:
          candidates.length > 0
            ? `Add ${title(candidates[0])}${candidates.length > 1 ? ` or ${candidates.length === 2 ? 'the other story' : `one of the ${candidates.length - 1} other stories`} tagged ${nameOf(c)}` : ''}.`
            : `No unused story is tagged ${nameOf(c)}: write one, or tag an existing story with it.`,
      });
    }
  }

  for (const [storyId, roundIds] of roundsOf) {
    const story = byId.get(storyId);
    // The rounds still to come: a story only in done rounds was told, and there is nothing to change.
    const ahead = roundIds.filter((id) => !done.has(id));
    if (ahead.length === 0) continue;
    const why = !story
      ? 'missing'
      : story.deletedAt !== undefined
        ? 'trashed'
        : story.status === 'retired'
          ? 'retired'
          : undefined;
    if (why) {
      warnings.push({
        kind: 'unavailable-story',
        key: `unavailable:${storyId}`,
        severity: 'error',
        storyId,
        roundIds: ahead,
        why,
        message:
          why === 'missing'
            ? 'A story in this loop no longer exists.'
            : `${title(storyId)} is ${why === 'trashed' ? 'in the trash' : 'retired'}.`,
        fix:
          why === 'missing'
            ? 'Remove it from the round.'
            : why === 'trashed'
              ? 'Restore it from the trash, or remove it from the loop.'
              : 'Swap in a story you still tell.',
      });
      continue;
    }
    if (roundIds.length > 1) {
      const later = [...new Set(roundIds)].slice(1);
      const replacements = later.map((roundId) => {
        const inRound = loop.rounds.find((r) => r.id === roundId);
        const focus = inRound ? roundFocus(loop, inRound) : [];
        const needed = focus.filter((c) => covers(story!).has(c));
        const options = bank.stories
          .filter((s) => isTellable(s) && !inLoop.has(s.id) && needed.some((c) => covers(s).has(c)))
          .sort((a, b) => readiness(b) - readiness(a))
          .slice(0, 3)
          .map((s) => s.id);
        return { roundId, storyIds: options };
      });
      warnings.push({
        kind: 'story-reused',
        key: `reused:${storyId}`,
        severity: 'warning',
        storyId,
        roundIds,
        message: `${title(storyId)} is planned for ${roundIds.length} rounds (${roundIds.map(roundName).join(', ')}). Interviewers compare notes.`,
        fix: replacements.some((r) => r.storyIds.length > 0)
          ? `Keep it in ${roundName(roundIds[0])} and use ${title(replacements.find((r) => r.storyIds.length > 0)!.storyIds[0])} in ${roundName(replacements.find((r) => r.storyIds.length > 0)!.roundId)}.`
          : `Keep it in one round; no unused story covers the same focus, so consider writing one.`,
        replacements,
      });
    }
    if (story!.status === 'draft') {
      warnings.push({
        kind: 'draft-story',
        key: `draft:${storyId}`,
        severity: 'warning',
        storyId,
        roundIds: ahead,
        message: `${title(storyId)} is still a draft.`,
        // A draft may already have its numbers: the fix names no gap the story may not have.
        fix: 'Finish what its marks still ask for, rehearse it, then mark it ready.',
      });
    }
  }

  const loopStories = [...inLoop]
    .map((id) => byId.get(id))
    .filter((s): s is Story => s !== undefined && s.deletedAt === undefined);
  for (const conflict of findNumberConflicts(loopStories)) {
    const [a, b] = conflict.stories;
    warnings.push({
      kind: 'inconsistent-numbers',
      key: `numbers:${[a.storyId, b.storyId].sort().join(':')}:${conflict.measure}:${conflict.unit}`,
      severity: 'warning',
      storyIds: [a.storyId, b.storyId],
      conflict,
      message: `${title(a.storyId)} and ${title(b.storyId)} are both about ${conflict.project} but give different ${conflict.measure}: ${a.values.join(', ')} vs ${b.values.join(', ')}.`,
      fix: 'Check the source and use the same figure in both, or say what differs (another period, percentile or baseline).',
    });
  }

  warnings.push(...toldBefore(loop, bank, byId, covers, readiness, title, done));
  return warnings;
}

function toldBefore(
  loop: Loop,
  bank: { stories: readonly Story[]; loops: readonly Loop[] },
  byId: Map<string, Story>,
  covers: (s: Story) => Set<string>,
  readiness: (s: Story) => number,
  title: (id: string) => string,
  done: ReadonlySet<string>,
): LoopWarning[] {
  const company = normalizeCompany(loop.company);
  if (!company) return [];
  const day = loopDay(loop);
  const earlier = bank.loops.filter(
    (l) => l.id !== loop.id && normalizeCompany(l.company) === company && loopDay(l) < day,
  );
  const inLoop = new Set(loop.rounds.flatMap((r) => r.storyIds));
  const out: LoopWarning[] = [];
  const seen = new Set<string>();
  for (const round of loop.rounds) {
    if (done.has(round.id)) continue;
    for (const storyId of round.storyIds) {
      const story = byId.get(storyId);
      if (!story || seen.has(storyId)) continue;
      const viaRounds = earlier.find((l) => l.rounds.some((r) => r.storyIds.includes(storyId)));
      const viaLastUsed = story.lastUsed ? earlier.find((l) => l.id === story.lastUsed!.loopId) : undefined;
      const previous = viaRounds ?? viaLastUsed;
      if (!previous) continue;
      seen.add(storyId);
      const needed = roundFocus(loop, round).filter((c) => covers(story).has(c));
      const replacements = bank.stories
        .filter((s) => isTellable(s) && !inLoop.has(s.id) && needed.some((c) => covers(s).has(c)))
        .sort((a, b) => readiness(b) - readiness(a))
        .slice(0, 3)
        .map((s) => s.id);
      out.push({
        kind: 'told-before',
        key: `told-before:${storyId}:${previous.id}`,
        severity: 'info',
        storyId,
        roundId: round.id,
        earlierLoopId: previous.id,
        earlierDate: previous.date,
        replacements,
        message: `You told ${title(storyId)} to ${previous.company} in an earlier loop${previous.date ? ` (${previous.date})` : ''}.`,
        fix:
          replacements.length > 0
            ? `If the same people may interview you again, tell ${title(replacements[0])} instead, or bring a new angle to this one.`
            : 'If the same people may interview you again, bring a new angle or a newer story.',
      });
    }
  }
  return out;
}
