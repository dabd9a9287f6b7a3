// A credit line: the writer's finding or work with the credit others gave it and no verb of the writer's —
// "CVE-2025-31877, CVE-2026-0412 (credited)", "CVE-2024-1180 credited to me", "(acknowledged as finder)".
// RUBRIC.md: verbless lines that say what the writer did are claims; RUBRIC-NOTES (recognition, session 40):
// a credit names the writer as the doer, the act itself, so the line is a claim with no outcome (an award, a
// place or a hall of fame is one; recognition-heads.ts). Read by shape: a participle of crediting alone in a
// bracket (with "as …" at most), or followed by "to me" / "to us" with no auxiliary before it ("the refund
// was credited to me" tells money received, not the writer's work).
import type { Token } from '../language/tokenize';
import { AUXILIARIES } from '../language/lexicon';
import { lemmaSet } from '../language/word-lists/lemma-set';

/** Verbs of giving the credit for a piece of work to its doer, by lemma. */
const CREDIT_VERBS = lemmaSet('credit-verbs', ['credit', 'acknowledge', 'attribute']);

/** Who a credit names when it is the writer: "credited to me", "attributed to us". */
const WRITER_OBJECTS = new Set(['me', 'us', 'myself']);

/** Whether the word at `k` is a past participle of crediting: "credited", "acknowledged". */
function isCreditParticiple(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.lower.endsWith('ed') && CREDIT_VERBS.lemmaOf(t.lower) !== undefined;
}

/** "(credited)", "(credited as finder)", "(acknowledged by the vendor)": the participle opens a bracket that holds nothing else of a verb. */
function creditInBracket(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.text !== '(' || k < 2) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) if (tokens[j].text === ')') return true;
  return false;
}

/**
 * Whether the line (no section) is the writer's work with its credit: "CVE-2024-1180 (credited)", "… credited
 * to me". A claim with no outcome; the credit itself measures nothing.
 */
export function isCreditLine(tokens: readonly Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    if (!isCreditParticiple(tokens[k])) continue;
    if (creditInBracket(tokens, k)) return true;
    const to = tokens[k + 1];
    if (to?.lower !== 'to' || !WRITER_OBJECTS.has(tokens[k + 2]?.lower ?? '')) continue;
    if (!tokens.slice(0, k).some((t) => AUXILIARIES.has(t.lower))) return true;
  }
  return false;
}
