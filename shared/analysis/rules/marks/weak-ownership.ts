// Weak ownership verbs: phrasings that hide what the speaker personally did ("helped", "worked on",
// "was involved in", "responsible for", "participated in"). Interviewers probe exactly these.
// Only the writer's own verb is marked: "I helped …", "- Helped …", "I was responsible for …";
// not "papers which helped me understand" or "AI-assisted coding", where someone or something else helps.
import { tokenStartingAt, type Token } from '../language/tokenize';
import { matchPhrases, phraseIndex, type PhraseHit } from '../language/phrase-match';

const WEAK_OWNERSHIP_PHRASES = phraseIndex([
  'helped',
  'help',
  'helping',
  'helps',
  'assisted',
  'assist',
  'assisting',
  'worked on',
  'working on',
  'work on',
  'was involved in',
  'were involved in',
  'involved in',
  'responsible for',
  'participated in',
  'participating in',
  'contributed to',
  'contributing to',
  'was part of',
  'took part in',
  'was tasked with',
  'supported the',
]);

const WRITER = new Set(['i', 'we', "i've", "we've", "i'd", "we'd"]);
const LINKING = new Set([
  'was',
  'were',
  'am',
  "i'm",
  "we're",
  'been',
  'also',
  'mainly',
  'mostly',
  'primarily',
  'just',
  'directly',
  'actively',
  'personally',
  'then',
  'and',
]);

/** True when the phrase at `index` is the writer's own verb: first word, after "I"/"we", or after "I was"/"and". */
function isWritersVerb(tokens: Token[], index: number): boolean {
  const before: Token[] = [];
  for (let k = index - 1; k >= 0 && before.length < 3; k--) {
    if (tokens[k].kind === 'symbol') {
      if (before.length > 0) continue;
      // "AI-assisted": a joined compound, not a verb.
      if ((tokens[k].text === '-' || tokens[k].text === '/') && tokens[k].end === tokens[index].start) return false;
      // After a comma, bullet or bold marker: a subjectless clause, the writer's own ("…, worked on search").
      return true;
    }
    before.push(tokens[k]);
  }
  if (before.length === 0) return true;
  if (WRITER.has(before[0].lower)) return true;
  if (LINKING.has(before[0].lower)) {
    if (before[0].lower === 'and' || before[0].lower === "i'm" || before[0].lower === "we're") return true;
    if (
      before[1] &&
      (WRITER.has(before[1].lower) ||
        before[1].lower === 'and' ||
        (LINKING.has(before[1].lower) && before[2] && WRITER.has(before[2].lower)))
    )
      return true;
  }
  return false;
}

export function findWeakOwnership(tokens: Token[]): PhraseHit[] {
  return matchPhrases(tokens, WEAK_OWNERSHIP_PHRASES).filter((hit) =>
    isWritersVerb(tokens, tokenStartingAt(tokens, hit.start)),
  );
}
