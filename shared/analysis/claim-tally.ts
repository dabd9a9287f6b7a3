// The one count of a story's claims that the readiness breakdown, the issues panel header and the
// editors' marks share. A claim is counted only where the marks judge it: a sentence that carries a
// claim mark (vague, or an outcome with no number) is an unbacked claim, and an unmarked claim that
// gives a number, scale or effect is a backed one. A plain action, context or goal carries no mark,
// so it is not counted at all: the score can never take points for a sentence the writer cannot find.
import type { Finding, TextAnalysis } from './types';
import type { StorySection } from './domain-types';

/** The marks that say a claim lacks its evidence (vague, or an outcome with no number). */
export const CLAIM_MARK_RULES: ReadonlySet<string> = new Set(['vague-claim', 'unquantified-outcome']);

/** The sections whose claims the marks judge (claim-advice.ts never marks the Reflection). */
export const JUDGED_SECTIONS: readonly StorySection[] = ['situation', 'task', 'action', 'result'];

/** Whether a finding is a claim mark (one per claim sentence at most). */
export function isClaimMark(finding: Pick<Finding, 'rule'>): boolean {
  return CLAIM_MARK_RULES.has(finding.rule);
}

/** How many claim marks a list of findings holds: the issues panel header's count. */
export function countClaimMarks(findings: readonly Pick<Finding, 'rule'>[]): number {
  let n = 0;
  for (const f of findings) if (isClaimMark(f)) n++;
  return n;
}

/** The claims the marks judge: `marked` claim marks, `backed` unmarked claims with evidence; `judged` both. */
export interface ClaimTally {
  judged: number;
  backed: number;
  marked: number;
}

/** The tally of one analyzed field. */
export function tallyField(field: TextAnalysis): ClaimTally {
  const marks = field.findings.filter(isClaimMark);
  let backed = 0;
  for (const s of field.sentences) {
    if (!s.isClaim || !(s.hasMetric || s.hasScale || s.hasOutcome)) continue;
    if (!marks.some((m) => m.start >= s.start && m.end <= s.end)) backed++;
  }
  return { judged: backed + marks.length, backed, marked: marks.length };
}

/** The tally of a story's judged sections: the readiness Specificity part reads exactly this. */
export function tallyClaims(fields: Readonly<Record<StorySection, TextAnalysis>>): ClaimTally {
  const total: ClaimTally = { judged: 0, backed: 0, marked: 0 };
  for (const section of JUDGED_SECTIONS) {
    const t = tallyField(fields[section]);
    total.judged += t.judged;
    total.backed += t.backed;
    total.marked += t.marked;
  }
  return total;
}
