// From a pasted job description to the competencies it asks for, with the phrases that say so.
// Deterministic and offline: lexicon phrases matched by stem, weighted by where they stand.
import type { Framework } from '../../domain/schemas';
import { competencyLexicon } from '../lexicons/competency-lexicon';
import { EMPHASIS_WEIGHT, emphasisAt, emphasisSpans, type Emphasis } from './emphasis';
import { scopedItem, scopedPhrases } from './heading-scope';
import { extractKeywords, type JobKeyword } from './keywords';
import { deniedAfter, negated } from './negation';
import { ocrReadable } from './ocr-text';
import { compilePhrase, indexPhrases, matchLexicon, type CompiledPhrase, type PhraseLexicon } from './phrase-matcher';
import { originalRange, plainText } from './plain-text';
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
  /**
   * Sum of the evidence weights: asked-for phrases count 1, passing mentions about a third, the company
   * blurb and boilerplate nothing, weak phrases half. Only asked-for phrases can reach the threshold.
   */
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

/** Weight of asked-for phrases a competency needs to count as asked for: one clear asked-for phrase. */
export const ASKED_THRESHOLD = 1;
const MAX_EVIDENCE = 6;
/**
 * The most text read: far beyond any job ad (the loop keeps 50,000 characters), so a runaway paste costs
 * bounded time. Evidence past it is not looked for.
 */
export const MAX_JOB_TEXT = 120_000;

const compiledCache = new WeakMap<readonly string[], PhraseLexicon>();
function compiledLexicon(phrases: readonly string[]): PhraseLexicon {
  let hit = compiledCache.get(phrases);
  if (!hit) {
    // Vetoes first, so the words they claim are taken before any other phrase is tried.
    hit = indexPhrases(
      phrases
        .map(compilePhrase)
        .filter((p): p is CompiledPhrase => p !== undefined)
        .sort((a, b) => Number(b.veto) - Number(a.veto)),
    );
    compiledCache.set(phrases, hit);
  }
  return hit;
}

/**
 * The focus a job description asks for, mapped to `framework`'s competencies. Each competency comes with
 * quoted evidence; requirement lists of tools end up in `keywords`, never in `competencies`.
 */
export function extractJobFocus(pasted: string, framework: Pick<Framework, 'competencies'>): JobFocus {
  // Read as plain text (HTML pasted from a page is unwrapped); every offset reported is into `pasted`.
  const plain = plainText(pasted.length > MAX_JOB_TEXT ? pasted.slice(0, MAX_JOB_TEXT) : pasted);
  // Words a scan's OCR garbled ("ca11", "p1an") are read as the words they stand for; the length, so offsets, stay.
  const text = ocrReadable(plain.text);
  const tokens = tokenize(text);
  const index = indexTokens(tokens);
  const spans = emphasisSpans(text);
  // List items under a heading that gives them its verb ("What you'll own" over "• The night team"), read with it.
  const scoped = spans
    .filter((s) => s.scope !== undefined)
    .map((s) => ({ span: s, item: scopedItem(s.scope!, text.slice(s.scopeFrom ?? s.start, s.end), s.scopePeople) }));
  const found: (FocusCompetency & { asked: number })[] = [];
  for (const competency of framework.competencies) {
    const evidence: FocusEvidence[] = [];
    let weight = 0;
    let asked = 0;
    const used = new Set<number>();
    for (const { phrase, matches } of matchLexicon(compiledLexicon(competencyLexicon(competency)), index)) {
      for (const m of matches) {
        // One stretch of words is one piece of evidence, however many phrases find it.
        if (used.has(m.first)) continue;
        if (phrase.veto) {
          // A veto claims every word it covers: no phrase of this competency starts inside it.
          for (let t = m.first; t <= m.last; t++) used.add(t);
          continue;
        }
        used.add(m.first);
        // "No on-call", "you won't set the strategy": the role does not ask it.
        if (negated(tokens, m.first) || deniedAfter(tokens, m.last, text)) continue;
        const emphasis = emphasisAt(spans, tokens[m.first].start);
        const counted = EMPHASIS_WEIGHT[emphasis] * phrase.strength;
        weight += counted;
        if (emphasis === 'asked') asked += counted;
        const range = originalRange(plain, tokens[m.first].start, tokens[m.last].end);
        evidence.push({ ...range, phrase: phrase.source, emphasis });
      }
    }
    for (const { span, item } of scoped) {
      // What the heading's verb and the item say together: one piece of evidence, the item, at the item's emphasis.
      const phrases = scopedPhrases(compiledLexicon(competencyLexicon(competency)), item);
      if (phrases.length === 0) continue;
      const strength = Math.max(...phrases.map((p) => (p.startsWith('~') ? 0.5 : 1)));
      const counted = EMPHASIS_WEIGHT[span.emphasis] * strength;
      weight += counted;
      if (span.emphasis === 'asked') asked += counted;
      const from = span.scopeFrom ?? span.start;
      const start = from + (/[\p{L}\p{N}]/u.exec(text.slice(from, span.end))?.index ?? 0);
      evidence.push({ ...originalRange(plain, start, span.end), phrase: phrases[0], emphasis: span.emphasis });
    }
    if (evidence.length === 0) continue;
    evidence.sort((a, b) => rank(a) - rank(b) || a.start - b.start);
    const shown = evidence.slice(0, MAX_EVIDENCE).sort((a, b) => a.start - b.start);
    found.push({ id: competency.id, weight: Math.round(weight * 100) / 100, evidence: shown, asked });
  }
  const order = new Map(framework.competencies.map((c, i) => [c.id, i]));
  found.sort((a, b) => b.weight - a.weight || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const strip = ({ asked: _asked, ...c }: FocusCompetency & { asked: number }): FocusCompetency => c;
  const toPasted = <T extends { start: number; end: number }>(span: T): T => ({
    ...span,
    ...originalRange(plain, span.start, span.end),
  });
  return {
    competencies: found.filter((c) => c.asked >= ASKED_THRESHOLD).map(strip),
    mentioned: found.filter((c) => c.asked < ASKED_THRESHOLD).map(strip),
    signals: extractSignals(text, index, spans).map((s) => ({ ...s, evidence: s.evidence.map(toPasted) })),
    keywords: extractKeywords(plain.text, spans).map((k) => {
      const range = originalRange(plain, k.start, k.end);
      return { text: pasted.slice(range.start, range.end), ...range };
    }),
  };
}

// Asked-for evidence is quoted before passing mentions.
const rank = (e: FocusEvidence) => (e.emphasis === 'asked' ? 0 : 1);
