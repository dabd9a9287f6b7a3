// Seniority signals a job description stresses: not competencies of the framework, but what the level
// of the role looks like (ownership, influence, production, scale …), each with its quoted evidence.
import { emphasisAt, type EmphasisSpan } from './emphasis';
import { deniedAfter, negated } from './negation';
import { compilePhrase, indexPhrases, matchLexicon, type CompiledPhrase, type PhraseLexicon } from './phrase-matcher';
import type { TokenIndex } from './tokenize';

export const SIGNALS = [
  { id: 'ownership', label: 'Ownership', phrases: ['own|owning|ownership', 'end to end', '=accountable'] },
  {
    id: 'influence',
    label: 'Influence',
    phrases: ['influence', 'without * authority', 'buy in', 'consensus', 'alignment', 'persuade'],
  },
  {
    id: 'production',
    label: 'Production',
    phrases: [
      '=production|=productionize|=productionise|=productionized|=productionised',
      'on call',
      'deploy|deployment',
      'monitoring',
      'incident|incidents',
      'SLO|SLOs',
    ],
  },
  {
    id: 'scale',
    label: 'Scale',
    phrases: ['at scale', 'large scale', 'million|millions|billion|billions', 'high traffic|volume', 'peak'],
  },
  {
    id: 'strategy',
    label: 'Strategy and direction',
    phrases: ['strategy', 'vision', 'roadmap', '=direction', 'multi year'],
  },
  {
    id: 'cross-team',
    label: 'Across teams',
    phrases: ['cross functional|team', 'across * teams|org|organisation|organization', 'stakeholders'],
  },
  {
    id: 'people',
    label: 'Growing people',
    phrases: ['mentor|mentoring', 'coach|coaching', 'hiring', 'grow * engineers|team'],
  },
  { id: 'ambiguity', label: 'Ambiguity', phrases: ['ambiguity|ambiguous', 'unclear|undefined', 'no spec'] },
  { id: 'business', label: 'Business impact', phrases: ['revenue', 'business impact|value|outcomes', 'measurable'] },
] as const;

export interface JobSignal {
  id: (typeof SIGNALS)[number]['id'] | 'experience';
  label: string;
  evidence: { start: number; end: number }[];
}

const compiled: { id: JobSignal['id']; label: string; lexicon: PhraseLexicon }[] = SIGNALS.map((s) => ({
  id: s.id,
  label: s.label,
  lexicon: indexPhrases(s.phrases.map(compilePhrase).filter((p): p is CompiledPhrase => p !== undefined && !p.veto)),
}));

const YEARS = /\b\d{1,2}\s*(?:\+|-\s*\d{1,2})?\s*(?:years?|yrs?)\b(?: of)?(?: experience| exp)?/gi;

/**
 * Signals found in the text, each with every quoted place it was found (at most five). With `spans`, the
 * company blurb, perks and boilerplate (emphasis `about`) and denied phrases ("no on-call") are left out:
 * they say nothing of the level of the role.
 */
export function extractSignals(text: string, index: TokenIndex, spans?: readonly EmphasisSpan[]): JobSignal[] {
  const { tokens } = index;
  const out: JobSignal[] = [];
  const counts = (m: { first: number; last: number }) =>
    !spans ||
    (emphasisAt(spans, tokens[m.first].start) !== 'about' &&
      !negated(tokens, m.first) &&
      !deniedAfter(tokens, m.last, text));
  for (const signal of compiled) {
    const evidence = matchLexicon(signal.lexicon, index)
      .flatMap((p) => p.matches)
      .filter(counts)
      .map((m) => ({ start: tokens[m.first].start, end: tokens[m.last].end }))
      .sort((a, b) => a.start - b.start);
    if (evidence.length > 0) out.push({ id: signal.id, label: signal.label, evidence: evidence.slice(0, 5) });
  }
  const years = [...text.matchAll(YEARS)]
    .filter((m) => !spans || emphasisAt(spans, m.index) !== 'about')
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (years.length > 0) out.push({ id: 'experience', label: 'Years of experience', evidence: years.slice(0, 5) });
  return out;
}
