// Progress figures from the rehearsal log: per story, each attempt's duration against the target
// band; overall, practice sessions per week and which competencies were rehearsed recently.
import type { Story } from '../domain/schemas';
import { DAY_MS, startOfWeek } from './calendar';

export interface TargetBand {
  min: number;
  max: number;
}

/** Past this many seconds an answer is too long to hold an interviewer (DESIGN.md: warn past 3 minutes). */
export const OVERTIME_SECONDS = 180;

export type Pace = 'short' | 'on-target' | 'long' | 'overtime';

export function paceOf(seconds: number, target: TargetBand): Pace {
  if (seconds > OVERTIME_SECONDS) return 'overtime';
  if (seconds < target.min) return 'short';
  return seconds <= target.max ? 'on-target' : 'long';
}

export interface Attempt {
  at: Date;
  seconds: number;
  rating?: number;
  questionText?: string;
  note?: string;
  pace: Pace;
}

export interface StoryProgress {
  attempts: Attempt[];
  count: number;
  /** Share of attempts within the target band (0–1); undefined without attempts. */
  onTargetShare?: number;
  medianSeconds?: number;
  averageRating?: number;
  last?: Attempt;
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A story's attempts up to `now`, oldest first, with summary figures. */
export function storyProgress(story: Pick<Story, 'rehearsals'>, target: TargetBand, now: Date): StoryProgress {
  // Pace and ratings are about whole answers; follow-up answers have their own 45-second clock.
  const attempts: Attempt[] = story.rehearsals
    .filter((r) => !r.followUp)
    .map((r) => ({
      at: new Date(r.at),
      seconds: r.seconds,
      rating: r.rating,
      questionText: r.questionText,
      note: r.note,
      pace: paceOf(r.seconds, target),
    }))
    .filter((a) => !Number.isNaN(a.at.getTime()) && a.at.getTime() <= now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const rated = attempts.filter((a) => a.rating !== undefined).map((a) => a.rating as number);
  return {
    attempts,
    count: attempts.length,
    onTargetShare: attempts.length
      ? attempts.filter((a) => a.pace === 'on-target').length / attempts.length
      : undefined,
    medianSeconds: median(attempts.map((a) => a.seconds)),
    averageRating: rated.length ? rated.reduce((s, r) => s + r, 0) / rated.length : undefined,
    last: attempts[attempts.length - 1],
  };
}

/** Attempts less than this far apart (from the end of one to the start of the next) form one session. */
export const SESSION_GAP_MINUTES = 30;

export interface PracticeSession {
  start: Date;
  end: Date;
  attempts: number;
}

/** Groups every attempt in the bank into sessions: sittings with no pause longer than SESSION_GAP_MINUTES. */
export function practiceSessions(stories: readonly Pick<Story, 'rehearsals'>[], now: Date): PracticeSession[] {
  const times = stories
    .flatMap((s) => s.rehearsals.map((r) => ({ start: new Date(r.at).getTime(), seconds: r.seconds })))
    .filter((t) => !Number.isNaN(t.start) && t.start <= now.getTime())
    .sort((a, b) => a.start - b.start);
  const sessions: PracticeSession[] = [];
  let current: { start: number; end: number; attempts: number } | undefined;
  for (const t of times) {
    const end = t.start + t.seconds * 1000;
    if (current && t.start - current.end <= SESSION_GAP_MINUTES * 60_000) {
      current.end = Math.max(current.end, end);
      current.attempts++;
    } else {
      if (current)
        sessions.push({ start: new Date(current.start), end: new Date(current.end), attempts: current.attempts });
      current = { start: t.start, end, attempts: 1 };
    }
  }
  if (current)
    sessions.push({ start: new Date(current.start), end: new Date(current.end), attempts: current.attempts });
  return sessions;
}

export interface WeekCount {
  /** Monday 00:00 local. */
  weekStart: Date;
  sessions: number;
  attempts: number;
}

/** Sessions per week for the `weeks` weeks up to and including this one, oldest first; empty weeks count 0. */
export function sessionsPerWeek(sessions: readonly PracticeSession[], now: Date, weeks = 8): WeekCount[] {
  const thisWeek = startOfWeek(now);
  const out: WeekCount[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const weekStart = new Date(thisWeek.getFullYear(), thisWeek.getMonth(), thisWeek.getDate() - 7 * i);
    out.push({ weekStart, sessions: 0, attempts: 0 });
  }
  for (const s of sessions) {
    const start = startOfWeek(s.start).getTime();
    const week = out.find((w) => w.weekStart.getTime() === start);
    if (week) {
      week.sessions++;
      week.attempts += s.attempts;
    }
  }
  return out;
}

export const RECENT_DAYS = 14;

export interface CompetencyRecency {
  id: string;
  /** Attempts in the last RECENT_DAYS days on stories tagged with it. */
  attempts: number;
  lastAt?: Date;
}

/**
 * For each competency of interest (e.g. the active framework's), how often it was rehearsed in the
 * last `days` days — an attempt on a story counts for every competency the story is tagged with.
 * Competencies with no attempt are kept (with 0) so the gaps show; most rehearsed first.
 */
export function competencyRecency(
  stories: readonly Pick<Story, 'rehearsals' | 'competencies'>[],
  competencyIds: readonly string[],
  now: Date,
  days = RECENT_DAYS,
): CompetencyRecency[] {
  const since = now.getTime() - days * DAY_MS;
  const byId = new Map(competencyIds.map((id) => [id, { id, attempts: 0, lastAt: undefined as Date | undefined }]));
  for (const story of stories) {
    const times = story.rehearsals.map((r) => new Date(r.at).getTime()).filter((t) => t > since && t <= now.getTime());
    if (times.length === 0) continue;
    const last = new Date(Math.max(...times));
    for (const id of new Set(story.competencies)) {
      const entry = byId.get(id);
      if (!entry) continue;
      entry.attempts += times.length;
      if (!entry.lastAt || entry.lastAt < last) entry.lastAt = last;
    }
  }
  const order = new Map(competencyIds.map((id, i) => [id, i]));
  return [...byId.values()].sort((a, b) => b.attempts - a.attempts || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}
