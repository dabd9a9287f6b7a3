// Influence (RUBRIC.md: "others agreed"; session 20's call: "agreeing one shared definition with another team's owner
// counts") told as terms the writer settled with another side, whoever that side is — a neighbouring practice, a
// bank, "the three of them" — where party-agreements.ts reads only parties its lexicon names:
// - an agreement on what someone would do: "I agreed with the GP practice next door that they'd send us …", "we
//   agreed with the bank to get 30 days' notice", "made an agreement with reception that they send me the list"
//   ("agreed with <them> that <subject> would …" / "… that they <verb> …" / "… to <verb>");
// - one shared rule agreed with them: "I agreed one set of criteria with the three of them", "agreed a single
//   cut-off with both wards".
// Agreeing with an opinion ("I agreed with her that the deadline was too tight", "agreed with the idea") has no
// commitment in it and stays unread, as do the writer's own team and manager ("agreed with my manager to …").
import type { Finder } from './sentence-view';
import { FUNCTION_NOUNS } from './signal-lexicon';

// The writer, or a verb the writer's earlier clause carries on ("I added a check …, and agreed with the acquirer …").
const WRITER_AGREED = String.raw`(?:\b(?:I|i|[Ww]e)\s+|(?<=\b(?:I|i|we)\b[^.;]{1,120}),?\s+and\s+)(?:\w+ly\s+|also\s+|then\s+|finally\s+|eventually\s+)?(?:agreed|made\s+(?:an\s+agreement|a\s+deal)|struck\s+a\s+deal)`;
// The other side: a pronoun, a bare department ("finance", "legal"), or a phrase opened by an article, a quantifier,
// a count or a name.
const SIDE = String.raw`(?:him|her|them|${[...FUNCTION_NOUNS].join('|')}|(?:the|a|an|their|both|all|each|every|two|three|four|five|six|\d+|[A-Z][\w-]*)\b(?:\s+[\w'-]+){0,5}?)`;
// What they would do: a clause with a modal of commitment, or an infinitive.
// Or, as non-native writers put it, a bare present after a pronoun of the other side: "agreed with them that they
// come in December", "that they send me the list" (not a state: "that they were right").
const COMMITMENT = String.raw`(?:that\s+(?:they|he|she|we|I|it|the\s+[\w-]+|[\w-]+)\s*(?:'d|would|will|should|could|can)\b|that\s+(?:they|he|she)\s+(?!(?:are|were|was|is|had|have|has|did|do|does|been|be|meant|thought|knew|felt|seemed|looked)\b)[a-z]+\s+(?:us|me|the|a|an|in|on|at|to|from|before|after|every|each|all|our|my|their|\d)\b|to\s+(?:[a-z]+))`;
const AGREED_WITH_SIDE = new RegExp(String.raw`${WRITER_AGREED}\s+with\s+(${SIDE})\s+${COMMITMENT}`);
// One shared rule, then the side it was agreed with.
const SHARED_RULE = String.raw`(?:set|definition|list|criteria|rules?|format|threshold|scale|template|process|checklist|cut-?off|standard|scoring|rubric)`;
const RULE_AGREED_WITH = new RegExp(
  String.raw`${WRITER_AGREED}\s+(?:on\s+)?(?:one|a\s+single|a\s+common|a\s+shared|one\s+shared|the\s+same)\s+(?:[\w-]+\s+){0,2}?${SHARED_RULE}\b[^.;]{0,40}?\bwith\s+${SIDE}`,
);

// A view agreed with, or the writer's own side: no terms settled with another party.
const NOT_A_SIDE =
  /^the\s+(?:team|idea|plan|proposal|view|point|assessment|decision|approach|suggestion|recommendation|need|change)s?$/i;

/** Terms the writer agreed with another side, whoever it is (see above). */
export const termsAgreed: Finder = (v) => {
  if (!/agreed|agreement|deal/.test(v.text)) return undefined;
  const m = AGREED_WITH_SIDE.exec(v.text);
  if (m && !NOT_A_SIDE.test(m[1])) return { start: m.index, end: m.index + m[0].length };
  const r = RULE_AGREED_WITH.exec(v.text);
  return r ? { start: r.index, end: r.index + r[0].length } : undefined;
};
