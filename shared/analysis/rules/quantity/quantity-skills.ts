// A count in a skill line ("fluent in 3 languages", "proficient in 10+ programming languages",
// "certified in 5 AWS specialties") tells what the writer knows: no measure of work done and no size of
// a context. Things the writer produced with a skill ("translated 40 manuals into 3 languages") or
// credentials earned ("earned 3 certifications") keep their roles.
import type { NumberContext } from './quantity-context';
import { PROFICIENCY_WORDS } from '../language/lexicon';

/** Whether a count is the number of skills in a skill line: "fluent in 3 languages". */
export function isSkillCount(n: NumberContext): boolean {
  const { tokens, q } = n;
  if (q.kind !== 'count' || q.change) return false;
  let k = (n.at < tokens.length ? n.at : -1) - 1;
  while (k >= 0 && tokens[k].kind === 'symbol') k--;
  if (tokens[k]?.lower !== 'in') return false;
  k--;
  // "proficient in", "well versed in", "highly skilled in"
  while (k >= 0 && tokens[k].kind === 'symbol') k--;
  return k >= 0 && PROFICIENCY_WORDS.has(tokens[k].lower);
}
