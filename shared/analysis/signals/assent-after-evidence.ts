// Influence (RUBRIC.md: "showed evidence to persuade", "others agreed") told as another party's yes that came only
// once the writer had put evidence to them, whoever the party is: "they did after I sent them our load test
// results", "the third only after I showed them their own waiting times", "she signed it off once I'd walked her
// through the numbers". The shape: a clause whose subject is not the writer's side, with a verb of assent or the
// pro-form "did" standing for the thing asked, then "(only) after / once / when I (had) <a verb of showing>"; or the
// elliptical "<party> only after I showed them …", where "only after" makes the writer's evidence the condition of
// the other side's act. The writer's own act after showing ("we launched after I showed them") is no party moved.
import type { Finder } from './sentence-view';

const SHOWING = String.raw`(?:showed|shown|sent|shared|walked|presented|gave|emailed|forwarded|demoed|demonstrated)`;
const WHEN_I_SHOWED = String.raw`(?:after|once|when)\s+(?:i|I)\s*(?:had\s+|'d\s+)?${SHOWING}\b`;

// The other side's yes, then the writer's evidence as the time it came.
const ASSENT_THEN_EVIDENCE = new RegExp(
  String.raw`\b(they|he|she|the\s+(?:[\w'-]+\s+){0,2}?[\w-]+|both|all|\d+|two|three|four|most)\s+(?:\w+ly\s+|finally\s+|eventually\s+|then\s+|only\s+)?(?:did|agreed|said\s+yes|came\s+(?:a)?round|relented|gave\s+in|signed(?:\s+(?:it\s+)?off)?|approved|accepted|backed\s+(?:it|me|us))\b[^.;]{0,40}?\b(?:only\s+)?${WHEN_I_SHOWED}`,
  'i',
);
// "the 3rd only after i showed them": the assent left out, the condition kept.
const ONLY_AFTER_EVIDENCE = new RegExp(String.raw`\bonly\s+${WHEN_I_SHOWED}\s+(?:them|him|her|the\s+[\w-]+)\b`, 'i');
// The writer's side as the one who acted: no party moved.
const OWN_SIDE = /^(?:the\s+(?:team|teams|group|squad)|we|i)$/i;

/** Another party's assent that came after the writer's evidence (see above). */
export const assentAfterEvidence: Finder = (v) => {
  if (!/\b(?:after|once|when)\s+i\b/i.test(v.text)) return undefined;
  const m = ASSENT_THEN_EVIDENCE.exec(v.text);
  if (m && !OWN_SIDE.test(m[1])) return { start: m.index, end: m.index + m[0].length };
  const only = ONLY_AFTER_EVIDENCE.exec(v.text);
  return only ? { start: only.index, end: only.index + only[0].length } : undefined;
};
