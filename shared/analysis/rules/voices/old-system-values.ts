// What the old way did is a before value, the story's context (RUBRIC-NOTES "Before values in context":
// a metric, no claim): "The old routing sheet was off by 30 minutes", "The previous vendor's model missed
// one in five fraud cases", "The legacy scheduler used to drop 2% of jobs". The subject is named as the
// old thing; the writer is not in the sentence; and the old thing is not being replaced or retired, which
// tells the writer's change ("The old cron box was retired in March").
import type { Token } from '../language/tokenize';
import { FIRST_PERSON_WORDS_BUT_OUR } from '../language/lexicon';
import { holdsTrigger, triggerWords } from '../language/trigger-words';

/** Words that name the thing as the one before the change. */
const OLD_MARKERS = new Set(['old', 'previous', 'legacy', 'former', 'original', 'existing', 'outgoing']);
/** The old thing is named by one of its markers: sentences without one are passed over. */
const OLD_MARKER_TRIGGER = triggerWords('old-system-value', (lower) => OLD_MARKERS.has(lower));
const LEADS = new Set(['the', 'our', 'their', 'its']);
/** Stems of verbs that tell the old thing's end: the writer's change, not a before value. */
const ENDED =
  /^(?:replac|retir|decommission|remov|deprecat|sunset|migrat|rewr|rebuil|swapp|switch|turn|shut|kill|drop|phas)/;

/** Whether the sentence gives what the old system or way did, with no act of the writer's. */
export function isOldSystemValue(tokens: readonly Token[]): boolean {
  if (!holdsTrigger(tokens, OLD_MARKER_TRIGGER)) return false;
  const words: string[] = [];
  for (const t of tokens) if (t.kind === 'word') words.push(t.lower);
  let i = 0;
  if (words[i] === 'before' || words[i] === 'back' || words[i] === 'then' || words[i] === 'originally') i++;
  if (words[i] === 'that' || words[i] === 'then') i++;
  if (!LEADS.has(words[i]) || !OLD_MARKERS.has(words[i + 1])) return false;
  if (words.some((w) => FIRST_PERSON_WORDS_BUT_OUR.has(w))) return false;
  return !words.slice(i + 2).some((w) => ENDED.test(w) && w !== 'dropped' && w !== 'drop');
}
