// Text read by OCR from a scan, where one letter was read as two that look like it: "comrnunication" (m as rn),
// "Tlie", "witli" (h as li), "Windovvs" (w as vv), "clesign" (d as cl). Unlike a digit for a letter (ocr-text.ts), the
// pair changes the word's length, so the word is read again where it is tokenized, its offsets kept.

/** The two letters OCR reads for one, and the letter they stand for. */
const LETTER_PAIRS: readonly (readonly [string, string])[] = [
  ['rn', 'm'],
  ['li', 'h'],
  ['vv', 'w'],
  ['cl', 'd'],
];
// Real words a pair would turn into a known word ("slipping" is no "shipping", "clone" no "done"): left as they are.
// (Found by reading a word list for words whose one pair read again makes a word the lexicon knows.)
const REAL_WORDS = new Set(['slip', 'slips', 'slipped', 'slipping', 'clone', 'clones', 'cloned', 'clown', 'clue']);
/** How many distinct words must read again before any is trusted: a scan garbles more than one word. */
export const MIN_MENDED_WORDS = 2;

/** `word` (lower case) with one of its letter pairs read as the letter it stands for, each place tried in turn. */
function* readings(word: string): Generator<string> {
  for (const [pair, letter] of LETTER_PAIRS)
    for (let at = word.indexOf(pair); at >= 0; at = word.indexOf(pair, at + 1)) {
      const once = word.slice(0, at) + letter + word.slice(at + pair.length);
      yield once;
      // A pair OCR made twice in one word ("Tliinlcing" aside): every place read at once too.
      if (word.indexOf(pair, at + 1) >= 0) yield word.split(pair).join(letter);
    }
}

/**
 * The words of a scan that read as known words once a letter pair is read as one letter, each lower-case word with
 * its reading: only a word that is no known word itself and no real word of REAL_WORDS, whose reading is a known word
 * (`isKnown`: a word the lexicon's phrases use). Nothing when fewer than MIN_MENDED_WORDS distinct words read again:
 * one odd word is a name or a code, not a scan.
 */
export function letterPairReadings(
  words: Iterable<string>,
  isKnown: (lower: string) => boolean,
): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const word of words) {
    const lower = word.toLowerCase();
    if (out.has(lower) || lower.length < 3 || !/^[a-z]+$/.test(lower) || REAL_WORDS.has(lower) || isKnown(lower))
      continue;
    if (!LETTER_PAIRS.some(([pair]) => lower.includes(pair))) continue;
    for (const reading of readings(lower))
      if (isKnown(reading)) {
        out.set(lower, reading);
        break;
      }
  }
  return out.size >= MIN_MENDED_WORDS ? out : new Map();
}
