// From a pasted job description to the competencies it asks for, with the phrases that say so.
// Deterministic and offline: lexicon phrases matched by stem, weighted by where they stand.
import type { Framework } from '../../domain/schemas';
import { competencyLexicon } from '../lexicons/competency-lexicon';
import { EMPHASIS_WEIGHT, emphasisAt, emphasisSpans, type Emphasis } from './emphasis';
import { extractKeywords, type JobKeyword } from './keywords';
import { compilePhrase, matchPhrase, type CompiledPhrase } from './phrase-matcher';
import { extractSignals, type JobSignal } from './signals';
import { indexTokens, tokenize } from './tokenize';

export interface FocusEvidence {
  /** UTF-16 offsets into the job description. */
  start: number;
  end: number;
  /** The lexicon phrase that matched. */
  phrase: string;
  emphasis: Emphasis;
}

export interface FocusCompetency {
  id: string;
  /** Sum of the evidence weights: asked-for phrases count 1, passing mentions about a third, weak phrases half. */
  weight: number;
  /** Every place the competency was found, in text order (at least one). */
  evidence: FocusEvidence[];
}

export interface JobFocus {
  /** Competencies the description asks for, strongest first. */
  competencies: FocusCompetency[];
  /** Competencies only mentioned in passing ("nice to have", the company blurb): offered, not chosen. */
  mentioned: FocusCompetency[];
  signals: JobSignal[];
  keywords: JobKeyword[];
}

/** Weight a competency needs to count as asked for: one clear asked-for phrase. */
export const ASKED_THRESHOLD = 1;
const MAX_EVIDENCE = 6;

const compiledCache = new WeakMap<readonly string[], CompiledPhrase[]>();
function compiledLexicon(phrases: readonly string[]): CompiledPhrase[] {
  let hit = compiledCache.get(phrases);
  if (!hit) {
    hit = phrases.map(compilePhrase).filter((p): p is CompiledPhrase => p !== undefined);
    compiledCache.set(phrases, hit);
  }
  return hit;
}

/**
 * The focus a job description asks for, mapped to `framework`'s competencies. Each competency comes with
 * quoted evidence; requirement lists of tools end up in `keywords`, never in `competencies`.
 */
export function extractJobFocus(text: string, framework: Pick<Framework, 'competencies'>): JobFocus {
  const tokens = tokenize(text);
  const index = indexTokens(tokens);
  const spans = emphasisSpans(text);
  const found: FocusCompetency[] = [];
  for (const competency of framework.competencies) {
    const evidence: FocusEvidence[] = [];
    let weight = 0;
    const used = new Set<number>();
    for (const phrase of compiledLexicon(competencyLexicon(competency))) {
      for (const m of matchPhrase(phrase, index)) {
        // One stretch of words is one piece of evidence, however many phrases find it.
        if (used.has(m.first)) continue;
        used.add(m.first);
        const start = tokens[m.first].start;
        const emphasis = emphasisAt(spans, start);
        weight += EMPHASIS_WEIGHT[emphasis] * phrase.strength;
        evidence.push({ start, end: tokens[m.last].end, phrase: phrase.source, emphasis });
      }
    }
    if (evidence.length === 0) continue;
    evidence.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
    const shown = evidence.slice(0, MAX_EVIDENCE).sort((a, b) => a.start - b.start);
    found.push({ id: competency.id, weight: Math.round(weight * 100) / 100, evidence: shown });
  }
  const order = new Map(framework.competencies.map((c, i) => [c.id, i]));
  found.sort((a, b) => b.weight - a.weight || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return {
    competencies: found.filter((c) => c.weight >= ASKED_THRESHOLD),
    mentioned: found.filter((c) => c.weight < ASKED_THRESHOLD),
    signals: extractSignals(text, index),
    keywords: extractKeywords(text),
  };
}

// Asked-for evidence is quoted before passing mentions.
const rank = (e: FocusEvidence) => (e.emphasis === 'asked' ? 0 : 1);
