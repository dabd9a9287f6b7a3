// What the learned signal reading sees of one sentence: its words (stemmed, alone and in pairs), which signal rules
// fired on it and on the sentences either side, its section, whether the writer speaks as "I" or "we", negation,
// a modal, and where in the story it sits. Feature names are plain strings so the shipped weights (JSON) name what
// they weigh; the same sentence in the same story always gives the same names, in the same order.
import { tokenize } from '../../rules/language/tokenize';
import { readableText } from '../sentence-view';
import { irregularBase, MODAL_VERBS, NEGATIONS } from '../../rules/language/lexicon';
import type { SignalId } from '../signal-ids';
import type { StorySentence } from '../story-sentences';

const VOWEL = /[aeiouy]/;

/**
 * A word's stem: an irregular past to its base ("chose" → "choose"), then the regular endings English adds
 * (plural and third person "-s", "-ies", past "-ed", gerund "-ing", a doubled consonant, a silent "e") cut off,
 * so "decide", "decided", "decides" and "deciding" share one stem. Crude on purpose: it only has to map the
 * forms of one word together, never to give a dictionary word.
 */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  w = irregularBase(w) ?? w;
  if (w.length <= 3) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') || w.endsWith('ied')) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (stem.length < 2 || !VOWEL.test(stem)) break;
    w = stem;
    // A doubled final consonant belongs to the ending ("planned" → "plan"), except the doubles English keeps.
    if (/([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
    break;
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

const FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself', "i'd", "i've", "i'm", "i'll"]);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves', "we'd", "we've", "we're", "we'll"]);

/** The word features of one sentence: stemmed words and adjacent pairs, numbers read as one token. */
function wordFeatures(text: string): { words: string[]; lower: string[] } {
  const tokens = tokenize(readableText(text)).filter((t) => t.kind !== 'symbol');
  const lower = tokens.map((t) => t.lower);
  // A word's stem depends on its lower case alone: worked out once per distinct word (its WordFacts).
  const words = tokens.map((t) =>
    t.kind === 'number' ? '#' : t.facts ? (t.facts.signalStem ??= stemWord(t.lower)) : stemWord(t.lower),
  );
  return { words, lower };
}

/** The signals the rules marked on each sentence of a story, in story order. */
export type RuleHits = readonly ReadonlySet<SignalId>[];

/**
 * The features one sentence's text gives alone, whatever story it sits in: `u:` stemmed words, `b:` adjacent
 * stemmed pairs, `fp1`/`fp2` the writer as "I" / "we", `neg`, `modal`, `num`. Cacheable by text.
 */
export function textFeatures(text: string): string[] {
  const out = new Set<string>();
  const { words, lower } = wordFeatures(text);
  words.forEach((w, i) => {
    out.add(`u:${w}`);
    if (i > 0) out.add(`b:${words[i - 1]}_${w}`);
  });
  if (lower.some((w) => FIRST_SINGULAR.has(w))) out.add('fp1');
  if (lower.some((w) => FIRST_PLURAL.has(w))) out.add('fp2');
  if (lower.some((w) => NEGATIONS.has(w) || w.endsWith("n't"))) out.add('neg');
  if (lower.some((w) => MODAL_VERBS.has(w))) out.add('modal');
  if (words.includes('#')) out.add('num');
  return [...out];
}

/**
 * The features sentence `index` has from its place in the story: `bias`, `sec:` its section, `r:`/`rp:`/`rn:` the
 * rules' signals on it, the sentence before and the sentence after, and `pos:` where it sits (first, last, first
 * of its section, which third of the story).
 */
export function contextFeatures(sentences: readonly StorySentence[], hits: RuleHits, index: number): string[] {
  const s = sentences[index];
  const out = ['bias', `sec:${s.section}`];
  for (const id of hits[index] ?? []) out.push(`r:${id}`);
  for (const id of hits[index - 1] ?? []) out.push(`rp:${id}`);
  for (const id of hits[index + 1] ?? []) out.push(`rn:${id}`);
  if (index === 0) out.push('pos:first');
  if (index === sentences.length - 1) out.push('pos:last');
  if (index === 0 || sentences[index - 1].section !== s.section) out.push('pos:section-first');
  out.push(`pos:third${Math.min(2, Math.floor((3 * index) / Math.max(1, sentences.length)))}`);
  return out;
}

/** Every feature of sentence `index`: its text's and its place's, sorted and without repeats. */
export function sentenceFeatures(sentences: readonly StorySentence[], hits: RuleHits, index: number): string[] {
  return [...new Set([...textFeatures(sentences[index].text), ...contextFeatures(sentences, hits, index)])].sort();
}
