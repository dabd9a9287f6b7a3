// A measure that moved, told with the measure as the subject: "latency dropped", "readmissions fell
// by a fifth", "revenue hit $500K", "activation went up". The writer's verb is not needed: the change
// itself is the outcome.
import { GO_VERBS, MOVE_COMPLEMENTS, MOVE_VERBS, REACH_VERBS, STATE_CHANGE_VERBS } from './lexicon';
import { addCue, isQuality, type CueRule } from './outcome-scan';

/** Intransitive changes after a quality: "latency dropped", "precision improved". */
export const QUALITY_CHANGED_RULE: CueRule = {
  name: 'quality-changed',
  words: STATE_CHANGE_VERBS,
  match({ words, cues, i, w }) {
    if (!(i > 0 && isQuality(words[i - 1].lower))) return false;
    addCue(cues, words[i - 1], w, 'state');
    return true;
  },
};

/** Intransitive changes that name their own size: "readmissions fell by a fifth", "CTR rose about 8%". */
export const MOVED_BY_RULE: CueRule = {
  name: 'moved-by',
  words: MOVE_VERBS,
  match({ cues, i, w, prev, next }) {
    if (!(
      i > 0 &&
      prev !== 'i' &&
      prev !== 'we' &&
      (next === undefined || MOVE_COMPLEMENTS.has(next) || /^\d/.test(next))
    ))
      return false;
    addCue(cues, w, w, 'state');
    return true;
  },
};

/** Verbs that reach a level: "revenue hit $500K", "satisfaction reached 4.6", "traffic peaked at …". */
export const REACHED_LEVEL_RULE: CueRule = {
  name: 'reached-level',
  words: [...REACH_VERBS, 'peaked'],
  match({ words, cues, i, w, lower, next }) {
    if (!(
      (REACH_VERBS.has(lower) && words.slice(Math.max(0, i - 4), i).some((x) => isQuality(x.lower))) ||
      (lower === 'peaked' && (next === 'at' || next === 'above'))
    ))
      return false;
    addCue(cues, w, w, 'state');
    return true;
  },
};

/** "activation went up", "costs came down": a change told with a phrasal verb ("the site went down" is an outage). */
export const WENT_UP_RULE: CueRule = {
  name: 'went-up',
  words: GO_VERBS,
  match({ words, cues, i, w, lower, prev, next }) {
    if (!(
      (next === 'up' || next === 'down') &&
      words[i + 2]?.lower !== 'to' &&
      (next === 'up'
        ? lower !== 'came' && lower !== 'come'
        : lower === 'came' || (prev !== undefined && isQuality(prev)))
    ))
      return false;
    addCue(cues, w, words[i + 1], 'change');
    return true;
  },
};
