// Constraint (RUBRIC.md: "a real limit the work had to respect" — staff, capacity, a party's limit) told without the
// word "limit": a clause that says what someone or something could not do, or could do only in one way, and the
// writer's choice shaped by it — "the caterer could not handle the extra covers, so I booked a second kitchen", "the
// till only took whole-pound prices, so we rounded the menu", "dropped the evening clinic, since the nurses could not
// cover both", "because nobody could be released for a day". The shape: a negated ability ("could not", "would not",
// "was not able to", "nobody could") on a verb of capacity (handle, cover, spare, release, take, hold, fit …) or "only" before such a
// verb, then ", so I/we …" (or ", so" and a consequence that is itself a limit: "so Saturday orders could not go out")
// in the same sentence; or the same limit inside a "because / since" clause. The writer's own
// inability ("I could not get the report to load, so I restarted it") is trouble met, not a limit, and stays unread.
import type { Finder } from './sentence-view';

const CAPACITY = String.raw`(?:handl|cover|spar|afford|releas|tak|took|support|accept|fit|hold|held|stor|process|staff|suppl|provid|deliver|collect|settl|lend|guarantee|seat|host|carr|stock|absorb|cop|manag)\w*`;
const NEGATED_ABILITY = String.raw`\b(?:could\s*not|couldn't|cannot|can't|would\s*not|wouldn't|(?:was|were)\s*(?:not|n't)\s+able\s+to)\s+(?:\w+ly\s+)?(?:be\s+)?${CAPACITY}`;
const ONLY_ABILITY = String.raw`\bonly\s+(?:${CAPACITY}|had|has|have)`;
// "nobody could be released": the negation in the subject.
const NOBODY_ABLE = String.raw`\b(?:nobody|no\s+one|no-one|none\s+of\s+(?:us|them|the\s+\w+))\s+(?:could|can|was\s+able\s+to)\s+(?:\w+ly\s+)?(?:be\s+)?${CAPACITY}`;
const LIMIT = `(?:${NEGATED_ABILITY}|${ONLY_ABILITY}|${NOBODY_ABLE})`;

// After "so": the writer's choice, or a consequence that is itself a limit ("so weekend payouts could not be instant").
const CONSEQUENCE = String.raw`(?:I|i|we|We)\b|[^.;]{0,50}?\b(?:could\s*not|couldn't|cannot|can't|had\s+to|would\s+have\s+to)\b`;
const LIMIT_THEN_SO = new RegExp(String.raw`${LIMIT}\b[^.;]{0,80}?,?\s+so\s+(?:${CONSEQUENCE})`);
const CHOICE_BECAUSE_LIMIT = new RegExp(String.raw`\b(?:because|since)\s+[^.;]{0,60}?${LIMIT}\b`);
// The writer's own inability: the word before the modal is "I".
const WRITER_UNABLE = /\b(?:I|i)\s+(?:\w+ly\s+)?(?:could|can|would|was)\s*(?:not|n't)\b|\b(?:I|i)\s+(?:can|could)not\b/;

/** A limit on what someone could do and the choice it shaped (see above). */
export const limitThenChoice: Finder = (v) => {
  if (!/\bonly\b|not|n't|\bno(?:body|\s+one|-one|ne)\b/i.test(v.text)) return undefined;
  const m = LIMIT_THEN_SO.exec(v.text) ?? CHOICE_BECAUSE_LIMIT.exec(v.text);
  if (!m) return undefined;
  if (WRITER_UNABLE.test(m[0])) return undefined;
  return { start: m.index, end: m.index + m[0].length };
};
