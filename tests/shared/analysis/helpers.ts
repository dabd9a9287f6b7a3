// Small helpers shared by the analyzer tests.
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

export { tokenize };

/** The four rubric flags of a single sentence, as a compact string: C M S O or '.'. */
export function flagString(sentence: string): string {
  const f = sentenceFacts(sentence);
  return `${f.isClaim ? 'C' : '.'}${f.hasMetric ? 'M' : '.'}${f.hasScale ? 'S' : '.'}${f.hasOutcome ? 'O' : '.'}`;
}

/** The text each span covers. */
export function spanTexts(text: string, spans: { start: number; end: number }[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
