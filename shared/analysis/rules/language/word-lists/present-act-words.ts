// Words around a present-tense verb of the writer's that say whether it tells an act of the story or a habit:
// a word of order or time before "I" makes it a step or a practice kept ("Then I move …", "These days I check
// …"); a clause opener of any case makes it advice ("When I hire, I look for …"). Read by claims.ts.
import { wordSet } from './lemma-set';

/**
 * Words of order or time right before "I" that make a present verb a step of the story or a practice:
 * "Then I move …", "After that I call …", "These days I check …", "so I ring …".
 */
export const PRESENT_ACT_LEADS = wordSet('present-act-leads', [
  'then',
  'now',
  'first',
  'next',
  'that',
  'days',
  'nowadays',
  'today',
  'finally',
  'afterwards',
  'so',
  'and',
  'also',
]);

/** "When I hire, I look for …", "If I can, I pair …": a habit told of any case is advice, not an act. */
export const GENERIC_OPENERS = wordSet('generic-openers', ['when', 'whenever', 'if', 'unless']);
