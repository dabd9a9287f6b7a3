// The words the change readers take, with two typings read as the words they stand for, so that every
// reader of a change (and every veto it applies) reads them without a shape of its own:
// - an arrow typed for the direction of a change: with a figure after it it is the figure's sign ("↓ 38% GPU
//   spend", measured-difference-outcomes.ts); standing alone it says what "down" or "up" says ("sick days ↓
//   noticeably" as "sick days down noticeably");
// - a periphrastic comparative, as non-native writers form it: "more quick", "more short" read as the
//   comparative "quicker", "calmer" where the lists hold it as better by itself ("the build became much more
//   quick" as "… much quicker"); not before a noun ("more quick wins" are more wins), and not a comparative
//   that is better only of a trouble ("more short", "more small": "more" keeps its own reading there).
import type { Token } from './tokenize';
import { COMPARATIVES } from './lexicon';

/** Arrows typed as the sign of a change, and the word each stands for. */
const ARROW_WORDS: ReadonlyMap<string, 'down' | 'up'> = new Map([
  ['↑', 'up'],
  ['↓', 'down'],
  ['▲', 'up'],
  ['▼', 'down'],
  ['⬆', 'up'],
  ['⬇', 'down'],
  ['⇧', 'up'],
  ['⇩', 'down'],
]);

/** Whether a symbol is an arrow typed as the sign of a change. */
export function isDirectionArrow(text: string): boolean {
  return ARROW_WORDS.has(text);
}

/** Words after "more quick" that end the comparative's phrase: no noun follows it. */
const AFTER_COMPARATIVE = new Set([
  'than',
  'after',
  'since',
  'with',
  'for',
  'and',
  'by',
  'in',
  'at',
  'now',
  'thanks',
  'because',
  'when',
  'so',
  'to',
  'too',
  'from',
  'once',
  'overall',
]);

/** The comparative "more <adjective>" stands for, when the lists hold it ("more quick" → "quicker"), else undefined. */
function comparativeOf(adjective: string): string | undefined {
  const forms = [`${adjective}er`, `${adjective}r`, `${adjective}${adjective[adjective.length - 1]}er`];
  if (adjective.endsWith('y')) forms.push(`${adjective.slice(0, -1)}ier`);
  return forms.find((f) => COMPARATIVES.has(f));
}

/**
 * The comparative token "more <adjective>" at `k` stands for (one token over both words), else undefined:
 * the adjective ends its phrase (a clause mark, the end, or a word such as "than", "since", "after" follows).
 */
function periphrasticAt(tokens: readonly Token[], k: number): Token | undefined {
  const adjective = tokens[k + 1];
  if (tokens[k].lower !== 'more' || adjective?.kind !== 'word' || adjective.lower.length < 3) return undefined;
  const after = tokens[k + 2];
  if (after !== undefined && after.kind !== 'symbol' && !AFTER_COMPARATIVE.has(after.lower)) return undefined;
  const comparative = comparativeOf(adjective.lower);
  if (comparative === undefined) return undefined;
  return { ...adjective, start: tokens[k].start, text: comparative, lower: comparative, facts: undefined };
}

/**
 * The words of a sentence as the change readers take them: its word and number tokens, an arrow standing
 * alone (blank space or a clause mark after it, no figure) as the word "down" or "up" it stands for, and a
 * periphrastic comparative as one comparative ("more quick" as "quicker").
 */
export function wordsWithArrows(tokens: readonly Token[]): Token[] {
  const words: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'symbol') {
      const comparative = t.lower === 'more' ? periphrasticAt(tokens, k) : undefined;
      if (comparative !== undefined) {
        words.push(comparative);
        k++;
      } else words.push(t);
      continue;
    }
    const word = ARROW_WORDS.get(t.text);
    if (word === undefined || k === 0) continue;
    const next = tokens[k + 1];
    // "↓ 38%", "↑12%": the sign of a figure, read by the signed-figure reader.
    if (next !== undefined && (next.kind === 'number' || next.start === t.end)) continue;
    words.push({ ...t, text: word, lower: word, kind: 'word', facts: undefined });
  }
  return words;
}
