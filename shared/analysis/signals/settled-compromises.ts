// Influence told as a compromise reached with another side (RUBRIC.md influence: "the writer changing or trying to
// change a decision they did not own, or the result of that"), in the two ways stories tell it:
// - someone else wanted one thing, and "we" settled on another or on theirs with a condition: "He wanted the last bus
//   kept at 23:40, and we settled on 23:20", "The head of sales argued for a higher top tier; we settled on that,
//   provided …". Not read as a trade-off too: the blind writers split on that (two of three marked it);
// - someone else objected or worried, "so we agreed" a way round it: "Some of the consultants pushed back that it
//   would add to their workload, so we agreed to trial it on two wards first", "The physio lead was worried about
//   her own staffing, so we agreed her team would train two of my HCAs".
// The other side is the subject of the want or the worry: never the writer ("I wanted …, and we settled on" is the
// writer's own plan), the writer's own team, or the people the work serves (users, customers, patients). "We settled
// on Postgres" names no side and stays unread.
import type { Finder } from './sentence-view';

// The clause's subject, opening the sentence or a clause: the side whose want or worry it is.
const SIDE = String.raw`(?:^|[,;:—]\s*|\b(?:and|but|when|because)\s+)(?!(?:I|i|we|We|it|It|this|This|that|That)\b)((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:also\s+|first\s+|initially\s+|originally\s+|still\s+|really\s+)?`;
const WANTED = String.raw`(?:wanted|argued\s+for|pushed\s+for|asked\s+for|held\s+out\s+for|insisted\s+on|preferred)`;
const OBJECTED = String.raw`(?:pushed\s+back|objected|disagreed|did\s+not\s+like|didn't\s+like|(?:was|were)\s+(?:\w+\s+)?(?:worried|concerned|against|reluctant|unhappy|sceptical|skeptical|not\s+keen|wary))`;
// "we settled on …", "we compromised on …", "we met in the middle", "we agreed on …".
const WE_SETTLED = String.raw`(?:in\s+the\s+end\s+|eventually\s+|finally\s+)?we\s+(?:\w+ly\s+)?(?:settled\s+(?:on|at|for)|compromised\s+on|landed\s+on|met\s+in\s+the\s+middle|split\s+the\s+difference|agreed\s+on)\b`;

const WANTED_THEN_SETTLED = new RegExp(
  String.raw`${SIDE}${WANTED}\b[^.;]{1,100}?(?:[,;—]\s*|\s+)(?:and\s+|but\s+|so\s+)?(?:after\s+[^.;,]{1,60},\s*)?${WE_SETTLED}`,
);
const OBJECTED_THEN_AGREED = new RegExp(
  String.raw`${SIDE}${OBJECTED}\b[^.;]{0,120}?,?\s+so\s+we\s+(?:\w+ly\s+)?(?:agreed|settled|compromised)\b(?!\s+to\s+(?:meet|talk|sync|catch\s+up|speak))`,
);

// Subjects that are no other side: the writer's own team, the people the work serves, nobody.
const NOT_A_SIDE =
  /^(?:(?:the|my|our)\s+(?:own\s+)?(?:team|squad|group)|(?:the|our|most|some|many)?\s*(?:users?|customers?|clients?|people|patients?|students?|pupils?|visitors?|shoppers?|everyone|everybody|nobody|no\s+one|they|you))$/i;

function sideMatch(pattern: RegExp, text: string): { start: number; end: number } | undefined {
  const m = pattern.exec(text);
  if (!m || NOT_A_SIDE.test(m[1].trim())) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: m.index + m[0].length };
}

// Every form holds one of these; most sentences hold none.
const WORDS = /\bwe\s+(?:\w+ly\s+)?(?:settled|compromised|landed|met|split|agreed)\b/i;

/** Another side wanted one thing and "we" settled on another: influence (see above). */
export const compromiseSettled: Finder = (v) =>
  WORDS.test(v.text) ? sideMatch(WANTED_THEN_SETTLED, v.text) : undefined;

/** Another side objected or worried, "so we agreed" a way round it: influence (see above). */
export const objectionSettled: Finder = (v) =>
  WORDS.test(v.text) ? sideMatch(OBJECTED_THEN_AGREED, v.text) : undefined;

// Another side's want or objection told in a clause of its own, for the two-sentence frame (persuasion-context.ts).
const SIDE_OPPOSED = new RegExp(String.raw`${SIDE}(?:${WANTED}|${OBJECTED})\b`);

/**
 * Whether the sentence tells another side's want or objection ("She pushed back, because …", "the checkout PM pushed
 * back", "Legal wanted …"): the first half of a compromise whose "we agreed on …" opens the next sentence.
 */
export function sideOpposed(text: string): boolean {
  const m = SIDE_OPPOSED.exec(text);
  return m !== null && !NOT_A_SIDE.test(m[1].trim());
}
