// Companies as the user wrote them in loops and in the log: "Acme", "ACME " and "acme" are one company.
import type { Bank, InterviewEntry, InterviewOutcome, Loop } from '../domain/schemas';

export const companyKey = (company: string) =>
  company
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const sameCompany = (a: string, b: string) => companyKey(a) !== '' && companyKey(a) === companyKey(b);

/** Where a process with one company stands. */
export type ProcessState = InterviewOutcome | 'planned';

export interface CompanyTimeline {
  company: string;
  /** Logged rounds, oldest first. */
  entries: InterviewEntry[];
  loops: Loop[];
  /** Planned rounds that have no log entry yet, in loop order. */
  upcoming: { loopId: string; roundId: string; roundName: string }[];
  /** The outcome of the latest logged round, or 'planned' when nothing is logged yet. */
  state: ProcessState;
  lastDate?: string;
}

const byDate = (a: InterviewEntry, b: InterviewEntry) =>
  a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

/** One timeline per company that has a loop or a logged round, the most recent activity first. */
export function companyTimelines(bank: Pick<Bank, 'loops' | 'interviews'>): CompanyTimeline[] {
  const groups = new Map<string, CompanyTimeline>();
  const group = (company: string) => {
    const key = companyKey(company) || company;
    let g = groups.get(key);
    if (!g) {
      g = { company: company.trim() || 'No company', entries: [], loops: [], upcoming: [], state: 'planned' };
      groups.set(key, g);
    }
    return g;
  };
  for (const loop of bank.loops) group(loop.company).loops.push(loop);
  for (const entry of bank.interviews) group(entry.company).entries.push(entry);
  for (const g of groups.values()) {
    g.entries.sort(byDate);
    const logged = new Set(g.entries.map((e) => e.roundId).filter((id) => id !== undefined));
    g.upcoming = g.loops.flatMap((loop) =>
      loop.rounds.filter((r) => !logged.has(r.id)).map((r) => ({ loopId: loop.id, roundId: r.id, roundName: r.name })),
    );
    const last = g.entries[g.entries.length - 1];
    if (last) {
      g.state = last.outcome;
      g.lastDate = last.date;
    } else
      g.lastDate =
        g.loops
          .map((l) => l.date ?? '')
          .sort()
          .pop() || undefined;
  }
  return [...groups.values()].sort(
    (a, b) => (b.lastDate ?? '').localeCompare(a.lastDate ?? '') || a.company.localeCompare(b.company),
  );
}
