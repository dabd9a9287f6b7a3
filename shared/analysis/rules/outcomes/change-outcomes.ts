// Changes the writer made: effect verbs ("reduced churn", "cut page load time"), causatives into a
// better state ("made onboarding easy"), improvements of something beyond one's own artifact,
// benefit verbs with a quality ("maintain customer privacy"), comparatives ("faster deploys"),
// change nouns ("a 20% reduction") and reworks into a better state ("refactored … into a
// maintainable library").
import type { Token } from '../language/tokenize';
import { CONFIG_WORDS } from '../quantity/quantity-lexicon';
import {
  FIRST_PERSON_WORDS,
  BENEFIT_VERBS,
  BETTER_COMPARATIVE_BASES,
  BETTER_STATES,
  CHANGE_NOUN_LEADS,
  CHOICE_NOUNS,
  CHOICE_VERBS,
  CHANGE_NOUNS,
  COMPARATIVES,
  COUNTED_QUALITIES,
  COPULAS,
  EASE_ADJECTIVES,
  EFFECT_VERBS,
  GIVE_VERBS,
  HYPOTHETICAL_MODALS,
  IMPROVE_VERBS,
  MEASURE_HEADS,
  MORE_ADJECTIVES,
  OWN_ARTIFACT_LEADS,
  PROBLEM_LEADS,
  RAISED_TOPICS,
  RESTORED_THINGS,
  REWORK_VERBS,
  SAID_WHERE,
  SCOPE_NOUNS,
  SETTING_SIZE_HOLDERS,
  TIME_WORDS,
  TURNAROUND_OBJECTS,
  lemmaSet,
} from '../language/lexicon';
import {
  addCue,
  clauseEnd,
  isQuality,
  isTroubleWord,
  qualityAhead,
  readyStateAfter,
  type CueRule,
} from './outcome-scan';

/**
 * "raised the issue with my manager", "raised the alert thresholds": speaking up, or a setting changed
 * (CONFIG_WORDS), not an increase of anything the work set out to grow.
 */
function raisesTopicOrSetting(words: Token[], i: number): boolean {
  const next = words[i + 1]?.lower;
  if ((next === 'it' || next === 'this' || next === 'that') && SAID_WHERE.has(words[i + 2]?.lower ?? '')) return true;
  for (let k = i + 1; k < words.length && k <= i + 4; k++) {
    const l = words[k].lower;
    const singular = l.endsWith('s') ? l.slice(0, -1) : l;
    if (RAISED_TOPICS.has(singular) || isSetting(l) || isSetting(singular)) return true;
    // "raised the pool size", "lowered the batch size": the size of a system part is a setting.
    if (singular === 'size' && SETTING_SIZE_HOLDERS.has(words[k - 1].lower)) return true;
  }
  // "a connection pool limit that the change had lowered": the setting is the antecedent of the
  // relative clause the verb stands in.
  for (let k = i - 1; k >= 1 && k >= i - 4; k--) {
    const l = words[k].lower;
    if (l !== 'that' && l !== 'which') continue;
    const antecedent = words[k - 1].lower;
    return isSetting(antecedent) || isSetting(antecedent.endsWith('s') ? antecedent.slice(0, -1) : antecedent);
  }
  return false;
}

function isSetting(lower: string): boolean {
  return CONFIG_WORDS.has(lower);
}

// Verbs that cut a scope or a list of options down to size.
const SCOPE_CUTS = new Set(['cut', 'reduce', 'shrink', 'trim', 'lower', 'decrease']);
// A release or a branch is made, not reduced: "cut a release every two weeks".
const CUT_ARTIFACTS = new Set(['release', 'releases', 'branch', 'branches', 'tag', 'build', 'builds', 'version']);

/**
 * "cut the pilot down to one clinic", "reduced the scope to the three reports", "cut the candidate list
 * down to three vendors": the object, before its "to"/"down", is a scope or a list of options — a choice
 * the writer made (RUBRIC-NOTES: scope and test design are configuration), not an effect. A waiting
 * list or a backlog cut down is a problem made smaller and stays an effect.
 */
function cutsScope(words: Token[], i: number): boolean {
  let scope = false;
  for (let k = i + 1; k < words.length && k <= i + 5; k++) {
    const l = words[k].lower;
    if (l === 'to' || l === 'down') return scope;
    if (SCOPE_NOUNS.has(l) || CHOICE_NOUNS.has(l)) scope = true;
    else if ((l === 'list' || l === 'checklist') && words[k - 1].lower !== 'waiting') scope = true;
    else if (scope) return false; // "cut the pilot costs to …": the scope only qualifies what was cut
  }
  return false;
}

/**
 * "wrote a saved reply", "offered a reduced menu", "put in a simplified form": a participle between
 * "a"/"an" and its noun names what kind of thing the new thing is, as an adjective would ("made a
 * simple rule"); what it changed is not told. A measure, a quality, a trouble, a time or a number of
 * things after the participle is the change reported ("saw a reduced error rate", "an increased
 * conversion", "a saved hour a day", "a reduced number of mispicks").
 */
function namesAKindOfThing(words: Token[], i: number): boolean {
  const prev = words[i - 1]?.lower;
  if ((prev !== 'a' && prev !== 'an') || !words[i].lower.endsWith('ed')) return false;
  const noun = words[i + 1];
  if (noun === undefined || noun.kind !== 'word') return false;
  // The noun phrase after the participle, up to three words: "a reduced number of mispicks".
  for (let k = i + 1; k < words.length && k <= i + 4; k++) {
    const n = words[k].lower;
    if (isQuality(n) || isTroubleWord(n) || MEASURE_HEADS.has(n) || TIME_WORDS.has(n) || TIME_WORDS.has(`${n}s`))
      return false;
    if (n === 'number' || n === 'amount') return false;
  }
  return true;
}

/** Effect verbs: "reducing churn", "cut page load time", "restored service". */
export const EFFECT_VERB_RULE: CueRule = {
  name: 'effect-verb',
  lemmas: [EFFECT_VERBS],
  match({ words, cues, i, w, lower, prev, next }) {
    const effect = EFFECT_VERBS.lemmaOf(lower);
    if (!effect) return false;
    if (effect === 'increase' && lower.endsWith('ing') && prev && PROBLEM_LEADS.has(prev)) return true; // "experiencing increasing latency"
    // "grew" and "grown" are results; "growing" describes ("a growing team"), "grew with/into" is not an effect.
    if (
      effect === 'grow' &&
      (lower === 'growing' ||
        next === 'with' ||
        next === 'over' ||
        next === 'up' ||
        next === 'tired' ||
        next === 'into')
    )
      return true;
    if (effect === 'expand' && (lower === 'expand' || lower === 'expands' || (next !== 'to' && next !== 'into')))
      return true;
    // "restored service" is an effect; "restoring mounts" is the action itself.
    if (
      effect === 'restore' &&
      !words.slice(i + 1, i + 6).some((x) => RESTORED_THINGS.has(x.lower) || isQuality(x.lower))
    )
      return true;
    if ((lower === 'cut' || lower === 'save') && (prev === 'a' || prev === 'the')) return true;
    if (namesAKindOfThing(words, i)) return true;
    if (SCOPE_CUTS.has(effect) && cutsScope(words, i)) return true;
    if (lower === 'cut' && words.slice(i + 1, i + 4).some((x) => CUT_ARTIFACTS.has(x.lower))) return true;
    if (effect === 'avoid' && next === 'being') return true;
    // "to flag any increase in failed logins": after "any" the word is a noun, a change watched for.
    if (prev === 'any') return true;
    // "lowered the alert threshold": the mirror of a raised setting, the act itself.
    if ((effect === 'raise' || effect === 'lower') && raisesTopicOrSetting(words, i)) return true;
    addCue(cues, w, w, 'change');
    return true;
  },
};

/** Causatives: "made sure", "made the sysadmin job easier", "made a monolithic C++ codebase more modular". */
export const MAKE_RULE: CueRule = {
  name: 'make',
  words: ['make', 'made', 'making'],
  match({ tokens, words, cues, i, w, prev, next }) {
    if (next === 'sure' && words[i + 2]?.lower !== 'to') {
      addCue(cues, w, words[i + 1], 'effect');
      return true;
    }
    // Within the clause.
    const end = clauseEnd(tokens, w);
    for (let k = i + 1; k < words.length && k <= i + 7 && words[k].start < end; k++) {
      const c = words[k].lower;
      if (
        COMPARATIVES.has(c) ||
        BETTER_STATES.has(c) ||
        c === 'possible' ||
        c === 'obsolete' ||
        c === 'unnecessary' ||
        // "made onboarding easy", "making it usable": a quality gained (not "unusable"); "the hard part was
        // making it reliable" names the problem.
        (!(prev !== undefined && COPULAS.has(prev)) &&
          (EASE_ADJECTIVES.has(c) ||
            (k > i + 1 && MORE_ADJECTIVES.has(c)) || // "making it usable", "made the console reliable"
            (k > i + 1 && c.length > 6 && (c.endsWith('able') || c.endsWith('ible')) && !/^(un|in|im)/.test(c)))) ||
        ((c === 'more' || c === 'less') && k > i + 1) // "made the codebase more modular"
      ) {
        addCue(cues, w, words[k], 'effect');
        break;
      }
      if (c === 'harder' || c === 'slower') break;
      // "made a simple rule", "made a more reliable backup script": a new thing made, its quality named
      // before its noun; what it changed is not told.
      if (madeNewThingWith(words, k, end)) break;
    }
    return true;
  },
};

/** Degree words between an article and its adjective ("a more reliable script"). */
const ATTRIBUTIVE_DEGREES = new Set(['more', 'less', 'much', 'far', 'very', 'really', 'pretty', 'quite']);

/**
 * Whether the word at `k` opens, after "a"/"an" and any degree words, the adjective of a noun that
 * follows in the clause: "made [a simple] rule", "made [a more] reliable script". The adjective then names
 * what the new thing is like, not a state something was brought into ("made the handover simpler",
 * "made a monolithic codebase more modular": the adjective follows its noun).
 */
function madeNewThingWith(words: readonly Token[], k: number, clauseEnd: number): boolean {
  const c = words[k].lower;
  if (c !== 'a' && c !== 'an') return false;
  let j = k + 1;
  while (j < words.length && ATTRIBUTIVE_DEGREES.has(words[j].lower)) j++;
  const adjective = words[j]?.lower;
  if (adjective === undefined || words[j + 1] === undefined || words[j + 1].start >= clauseEnd) return false;
  return (
    COMPARATIVES.has(adjective) ||
    BETTER_STATES.has(adjective) ||
    EASE_ADJECTIVES.has(adjective) ||
    MORE_ADJECTIVES.has(adjective) ||
    ATTRIBUTIVE_DEGREES.has(words[j - 1].lower)
  );
}

/** "improve", "enhance": an outcome unless it only polishes one's own artifact ("improved our take-home test"). */
export const IMPROVE_RULE: CueRule = {
  name: 'improve',
  lemmas: [IMPROVE_VERBS],
  match({ words, cues, i, w, lower, prev, next }) {
    const improve = IMPROVE_VERBS.lemmaOf(lower);
    if (!improve) return false;
    const isOptimize = improve.startsWith('optimi') || improve === 'upgrade';
    const purpose =
      prev === 'to' ||
      (prev !== undefined &&
        words[i - 2]?.lower === 'to' &&
        (prev === 'help' || prev === 'and' || prev.endsWith('ly')));
    if (qualityAhead(words, i, 5) || purpose) {
      addCue(cues, w, w, isOptimize ? 'benefit' : 'change');
      return true;
    }
    // At the end of a line "improved" has no object: the subject improved ("latency improved"), read by QUALITY_CHANGED_RULE.
    if (next === undefined && prev !== undefined && !FIRST_PERSON_WORDS.has(prev)) return false;
    // "Improve the development workflow" is an effect; "improved our onboarding doc" polishes one's own artifact.
    const owner = next?.endsWith("'s") || words[i + 2]?.lower.endsWith("'s");
    if (!isOptimize && next && !OWN_ARTIFACT_LEADS.has(next) && !owner) addCue(cues, w, w, 'change');
    return true;
  },
};

/** Verbs that name a benefit only with a quality object: "maintain customer privacy", "drive adoption". */
export const BENEFIT_VERB_RULE: CueRule = {
  name: 'benefit-verb',
  lemmas: [BENEFIT_VERBS],
  match({ words, cues, i, w, lower }) {
    if (!qualityAhead(words, i, 6)) return false;
    // "supported 30 enterprise customers": whom the work serves, not a benefit to them.
    if (
      BENEFIT_VERBS.lemmaOf(lower) === 'support' &&
      !words.slice(i + 1, i + 7).some((x) => isQuality(x.lower) && !COUNTED_QUALITIES.has(x.lower))
    )
      return false;
    addCue(cues, w, w, 'benefit');
    return true;
  },
};

/** Verbs of keeping people or custom that a comparison with others makes a result: "kept more members than …". */
const KEEPING_MORE = lemmaSet('keeping-more-verbs', ['keep', 'hold']);

/**
 * "Our co-op kept more members than the other two dairies", "held on to more drivers than any other depot": a
 * keeping told done (a past form), "more" or "the most" two words on at most ("hold" with its "on to"), and the
 * comparison's "than" or "of any" within five words after it. The comparison with others is the result, as
 * "retained more members" is; "to keep more stock than we need" (no past form) is a plan.
 */
export const KEPT_MORE_RULE: CueRule = {
  name: 'kept-more',
  lemmas: [KEEPING_MORE],
  match({ words, cues, i, w, lower }) {
    const lemma = KEEPING_MORE.lemmaOf(lower);
    if (lemma === undefined || lower === lemma || lower.endsWith('s') || lower.endsWith('ing')) return false;
    let k = i + 1;
    if (lemma === 'hold') {
      if (words[k]?.lower !== 'on' || !/^(?:to|onto)$/.test(words[k + 1]?.lower ?? '')) return false;
      k += 2;
    }
    let more = -1;
    for (let j = k; j < words.length && j <= k + 1; j++) if (/^(?:more|most)$/.test(words[j].lower)) more = j;
    if (more < 0) return false;
    for (let j = more + 1; j < words.length && j <= more + 5; j++) {
      const l = words[j].lower;
      if (l === 'than' || (l === 'of' && words[j + 1]?.lower === 'any')) {
        addCue(cues, w, words[j], 'change');
        return true;
      }
    }
    return false;
  },
};

/** Attributive comparatives ("faster deploys", "a more seamless experience"), not a generic "X is better than Y". */
export const COMPARATIVE_RULE: CueRule = {
  name: 'comparative',
  words: [...COMPARATIVES, 'more'],
  match({ words, cues, i, w, lower, prev, next }) {
    if (!(COMPARATIVES.has(lower) || (lower === 'more' && next && MORE_ADJECTIVES.has(next)))) return false;
    // "picked the cheaper vendor", "chose a faster option": the option chosen, not a change made.
    if ((prev === 'the' || prev === 'a' || prev === 'an') && CHOICE_VERBS.has(words[i - 2]?.lower)) return true;
    if (prev && (COPULAS.has(prev) || prev === 'be') && (next === 'than' || words[i + 2]?.lower === 'than'))
      return true;
    if (lower === 'lower' || lower === 'higher') {
      if (!qualityAhead(words, i, 2)) return true;
    }
    const target = lower === 'more' ? words[i + 1] : w;
    if (prev && COPULAS.has(prev) && !qualityAhead(words, i - 3, 3)) return true;
    addCue(cues, w, target, 'comparative');
    return true;
  },
};

/**
 * A better state told by a comparative looked up by its adjective ("cleaner", "happier", "clearer"):
 * a verbless result ("Cleaner handoffs between shifts", "A healthier pipeline of leads") or a benefit
 * handed to someone ("giving new hires a clearer path"). A better thing the writer made ("wrote clearer
 * instructions") or asked for ("asked for a cleaner format") names no effect.
 */
export const BETTER_COMPARATIVE_RULE: CueRule = {
  name: 'better-comparative',
  lemmas: [BETTER_COMPARATIVE_BASES],
  match({ tokens, words, cues, i, w, prev }) {
    const opens = i === 0 || (i === 1 && (prev === 'a' || prev === 'an'));
    let given = false;
    if (!opens)
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        if (clauseEnd(tokens, words[k]) < w.start) break;
        if (GIVE_VERBS.has(words[k].lower)) {
          given = true;
          break;
        }
      }
    if (!opens && !given) return false;
    if (opens && words.some((x) => HYPOTHETICAL_MODALS.has(x.lower))) return false;
    addCue(cues, w, w, 'comparative');
    return true;
  },
};

/** Change nouns: "a 20% reduction in latency", "measurable improvement". */
export const CHANGE_NOUN_RULE: CueRule = {
  name: 'change-noun',
  words: CHANGE_NOUNS,
  match({ cues, w, lower, prev, next }) {
    if (!(
      next === 'in' ||
      next === 'of' ||
      next === 'to' ||
      (prev && CHANGE_NOUN_LEADS.has(prev)) ||
      lower === 'savings' ||
      (prev && /\d/.test(prev))
    ))
      return false;
    if (lower === 'growth' && !(next === 'in' || next === 'of')) return true;
    // "to catch any drop in quality", "alert on any increase in errors": a change that might happen, watched for.
    if (prev === 'any') return true;
    addCue(cues, w, w, 'change');
    return true;
  },
};

/** "transformed the intake into a self-serve form", "turned a weekly chore into a button". */
export const TRANSFORM_RULE: CueRule = {
  name: 'transform',
  words: ['transformed', 'transform', 'transforming', 'turned'],
  match({ words, cues, i, w }) {
    if (!words.slice(i + 1, i + 9).some((x) => x.lower === 'into')) return false;
    addCue(cues, w, w, 'change');
    return true;
  },
};

/** "turned around an underperforming support team", "turned the store around"; not "turned around requests within the day". */
export const TURNED_AROUND_RULE: CueRule = {
  name: 'turned-around',
  words: ['turned', 'turn', 'turning', 'turns'],
  match({ tokens, words, cues, i, w }) {
    const end = clauseEnd(tokens, w);
    let around = -1;
    for (let k = i + 1; k < words.length && k <= i + 5 && words[k].start < end; k++)
      if (words[k].lower === 'around' || words[k].lower === 'round') {
        around = k;
        break;
      }
    if (around < 0) return false;
    // The thing turned sits between the verb and "around" or within four words after it.
    for (let k = i + 1; k < words.length && k <= around + 4 && words[k].start < end; k++)
      if (k !== around && TURNAROUND_OBJECTS.has(words[k].lower)) {
        addCue(cues, w, words[around], 'change');
        return true;
      }
    return false;
  },
};

/** "refactored the prototype into a maintainable library": reworked into a better state. */
export const REWORK_RULE: CueRule = {
  name: 'rework',
  lemmas: [REWORK_VERBS],
  match({ tokens, words, cues, i, w }) {
    const end = clauseEnd(tokens, w);
    for (let k = i + 2; k < words.length && k <= i + 10 && words[k].start < end; k++) {
      if (words[k].lower !== 'into' && words[k].lower !== 'to') continue;
      const state = readyStateAfter(words, k);
      if (state) addCue(cues, w, state, 'change');
      break;
    }
    return cues.length > 0 && cues[cues.length - 1].start === w.start;
  },
};
