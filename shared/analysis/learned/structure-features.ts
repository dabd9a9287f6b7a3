// Structural features of one sentence for the learned claim reading: what each number hangs on (its
// governing word's form and stem, the clause it sits in: who acts there, with what verb form, in what
// voice) and the main clause's party, verb form, voice, tense and mood. Session 36 found that readings
// of roles carry to new writers where phrasings do not; these name the roles so a model can weigh them.
// Pure, one pass over the sentence's tokens (the clause reading is clause-actors.ts's, run once).
import type { Token } from '../rules/language/tokenize';
import type { Quantity } from '../rules/quantity/quantity-types';
import { clauseActors, type ClauseActor } from '../rules/voices/clause-actors';
import { governorOf } from '../rules/quantity/quantity-governor';
import { ACTION_BASE, isGerund, isPastForm } from '../rules/language/verbs';
import { stemmer } from 'stemmer';

/** Prepositions a number can hang on: "for 40 stores", "across 3 sites", "by 20%". */
const PREPOSITIONS = new Set([
  'for',
  'across',
  'by',
  'to',
  'from',
  'of',
  'in',
  'on',
  'with',
  'over',
  'under',
  'within',
  'among',
  'at',
  'per',
  'into',
  'than',
  'about',
  'after',
  'before',
  'during',
]);
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', "won't", "can't"]);
const FUTURE = new Set(['will', "won't", "i'll", "we'll", 'shall']);
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', "it's", "we're", "i'm"]);

/** A governing word's class by its shape: a past form, an "-ing" form, an action base, a preposition. */
function governorClass(lower: string): string {
  if (PREPOSITIONS.has(lower)) return 'prep';
  if (isPastForm(lower)) return 'past';
  if (isGerund(lower)) return 'gerund';
  if (ACTION_BASE.has(lower)) return 'base';
  return 'other';
}

/** The clause (by word index) that holds word `w`, if any. */
function clauseAt(clauses: readonly ClauseActor[], w: number): ClauseActor | undefined {
  return (
    clauses.find((c) => c.start <= w && w <= c.end && !c.relative) ?? clauses.find((c) => c.start <= w && w <= c.end)
  );
}

/** A clause's tense by its verb: past, present or none (a base form, a bare participle line). */
function tenseOf(words: readonly Token[], c: ClauseActor): string {
  if (c.verb < 0) return 'none';
  const before = words.slice(c.start, c.verb + 1).map((t) => t.lower);
  if (before.some((w) => FUTURE.has(w))) return 'future';
  if (before.some((w) => MODALS.has(w))) return 'modal';
  if (before.some((w) => PRESENT_AUXILIARIES.has(w))) return 'present';
  if (isPastForm(words[c.verb].lower)) return 'past';
  return c.form === 'finite' ? 'present' : c.form;
}

/**
 * The sentence's structural role features: per quantity "qg:<class>:<kind>" (governor), "g:<stem>"
 * (the governing word, lexical), "qc:<party>:<form>" and "qc:passive" (its clause); the main clause's
 * "mc:<party>:<form>", "mc:tense:<t>", "mc:passive", "v:<stem>" (its verb, lexical); "mood:modal" when
 * any clause is modal or future, "clauses:<n>" (1, 2, 3+) and "party:<kind>" for each clause's party.
 */
export function structureFeatures(tokens: readonly Token[], quantities: readonly Quantity[]): string[] {
  const toks = tokens as Token[];
  const words = toks.filter((t) => t.kind !== 'symbol');
  const wordIndex = new Map(words.map((t, i) => [t, i]));
  const clauses = clauseActors(toks);
  const out: string[] = [];
  for (const q of quantities) {
    const at = toks.findIndex((t) => t.kind === 'number' && t.start <= q.start && q.start < t.end);
    const k = at >= 0 ? at : toks.findIndex((t) => t.start >= q.start);
    if (k < 0) continue;
    const g = governorOf(toks, k);
    if (g < 0) out.push(`qg:none:${q.kind}`);
    else {
      out.push(`qg:${governorClass(toks[g].lower)}:${q.kind}`, `g:${stemmer(toks[g].lower)}`);
    }
    const w = wordIndex.get(toks[k]);
    const c = w === undefined ? undefined : clauseAt(clauses, w);
    if (c) {
      out.push(`qc:${c.kind}:${c.form}`, `qc:tense:${tenseOf(words, c)}`);
      if (c.passive) out.push('qc:passive');
    }
  }
  const main = clauses.find((c) => !c.relative && c.verb >= 0);
  if (main) {
    out.push(
      `mc:${main.kind}:${main.form}`,
      `mc:tense:${tenseOf(words, main)}`,
      `v:${stemmer(words[main.verb].lower)}`,
    );
    if (main.passive) out.push('mc:passive');
  } else out.push('mc:none');
  if (clauses.some((c) => ['modal', 'future'].includes(tenseOf(words, c)))) out.push('mood:modal');
  out.push(`clauses:${Math.min(clauses.length, 3)}`);
  for (const c of clauses) if (c.verb >= 0) out.push(`party:${c.kind}`);
  return [...new Set(out)].sort();
}
