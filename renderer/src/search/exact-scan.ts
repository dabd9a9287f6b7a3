// Search without the index: every story whose text holds each query word at the start of a word, in
// any field. It answers while the MiniSearch index is still being built for a big bank; it finds every
// exact (prefix) match but not the typo-tolerant ones, which only the index knows. The lowercase text
// of a story is kept per story object (an edit replaces the object), so a second query is a plain scan.
import type { Story } from '#shared/domain/schemas';
import { fieldText, SEARCH_BOOST, SEARCH_FIELDS, type SearchField, type StoryMatch } from './search-fields';

const lowered = new WeakMap<Story, readonly string[]>();
const WORD_CHAR = /[\p{L}\p{N}]/u;
// MiniSearch's own tokenizer splits on spaces and punctuation; the query is split the same way.
const SPLIT = /[\n\r\p{Z}\p{P}]+/u;

function fieldsOf(story: Story, tagName: (id: string) => string): readonly string[] {
  let texts = lowered.get(story);
  if (!texts) {
    texts = SEARCH_FIELDS.map((f) => fieldText(story, f, tagName).toLowerCase());
    lowered.set(story, texts);
  }
  return texts;
}

/** The words of a query, lowercase, as the index would take them. */
export function queryWords(query: string): string[] {
  return [...new Set(query.toLowerCase().split(SPLIT).filter(Boolean))];
}

/** True if `word` starts a word somewhere in `text` (both lowercase). */
function startsAWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(text[at - 1])) return true;
  }
  return false;
}

/**
 * Matches for `words` (from queryWords) among `stories`: every word must start a word in some field.
 * The score adds each matched field's boost per word, as the index weighs fields.
 */
export function exactMatches(
  stories: readonly Story[],
  words: readonly string[],
  tagName: (id: string) => string = (id) => id,
): StoryMatch[] {
  if (words.length === 0) return [];
  const out: StoryMatch[] = [];
  for (const story of stories) {
    const texts = fieldsOf(story, tagName);
    let score = 0;
    const fields = new Set<SearchField>();
    let all = true;
    for (const word of words) {
      let found = false;
      for (let i = 0; i < texts.length; i++) {
        if (!startsAWord(texts[i], word)) continue;
        found = true;
        fields.add(SEARCH_FIELDS[i]);
        score += SEARCH_BOOST[SEARCH_FIELDS[i]] ?? 1;
      }
      if (!found) {
        all = false;
        break;
      }
    }
    if (all) out.push({ id: story.id, score, terms: [...words], fields: SEARCH_FIELDS.filter((f) => fields.has(f)) });
  }
  return out;
}
