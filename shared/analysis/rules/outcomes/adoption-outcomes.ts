// Adoption and agreement: what others did with the work — adopted it, copied it, made it
// the standard, accepted or approved it, or were brought to agree ("got the team to agree") or into a
// better state ("got everyone aligned").
import type { Token } from '../language/tokenize';
import {
  ADOPTED_ROLES,
  LATER_TAKE_UP_ADVERBS,
  AGREEING_VERBS,
  AGREEMENT_VERBS,
  AGREEMENT_PHRASALS,
  COPULAS,
  KEEPING_VERBS,
  REMIT_VERBS,
  WORK_PRODUCTS,
  irregularBase,
  lemmaSet,
  CLAUSE_OPENER_CORE,
  clauseOpeners,
  wordSet,
} from '../language/lexicon';
import { isPastForm } from '../language/verbs';
import { numberWordValue } from '../quantity/number-words';
import { addCue, betterStateAhead, clauseEnd, type CueRule } from './outcome-scan';
import { otherPeople, subjectBefore } from '../voices/clause-actors';
import { inParty, isPartyWord, PARTY, partyKindOf } from '../voices/party-kinds';

/**
 * Does a verb of upkeep govern the noun that "used by" describes ("re-develop the app used by …"), or a remit
 * told in the present ("Own the booking service used by every clinic", "I run the rota used by the wards"): the
 * job described, not the work taken up. A past remit ("Ran …") is left to the line's other readings.
 */
function keptForOthers(words: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const l = words[k].lower;
    if (KEEPING_VERBS.has(l)) return true;
    // The writer's present remit: a line's lead verb or one after "I"/"we" ("the work used by …" is no remit).
    const remit = REMIT_VERBS.lemmaOf(l);
    const writers = k === 0 || words[k - 1].lower === 'i' || words[k - 1].lower === 'we';
    if (remit !== undefined && writers && (l === remit || l === `${remit}s`)) return true;
  }
  return false;
}

/** "adopted by 3 teams", "the team adopted it"; not "to adopt". */
export const ADOPTED_RULE: CueRule = {
  name: 'adopted',
  words: ['adopted', 'adopt', 'adopts'],
  match({ cues, i, w, lower, prev }) {
    if (!(i > 0 && !(prev === 'to' && lower === 'adopt'))) return false;
    addCue(cues, w, w, 'adoption');
    return true;
  },
};

/** A number word or figure, after "all", "the" or "other", at word `k`: "two neighbouring courts", "all 4 wards". */
function countedAgent(words: readonly Token[], k: number): boolean {
  while (words[k] && (words[k].lower === 'all' || words[k].lower === 'the' || words[k].lower === 'other')) k++;
  const w = words[k];
  return w !== undefined && (w.kind === 'number' || numberWordValue(w.lower) !== undefined);
}

/**
 * "the rewrite was picked up the next year", "the template got picked up by two other wards": work
 * others took up (passive only; "picked up 40 tickets" is the writer's own work).
 */
export const PICKED_UP_RULE: CueRule = {
  name: 'picked-up',
  words: ['picked'],
  match({ words, cues, i, w, prev, next }) {
    if (next !== 'up' || prev === undefined) return false;
    // "…, later picked up by two neighbouring courts": a reduced passive with its agent counted.
    if (words[i + 2]?.lower === 'by' && LATER_TAKE_UP_ADVERBS.has(prev) && countedAgent(words, i + 3)) {
      addCue(cues, w, words[i + 1], 'adoption');
      return true;
    }
    if (!(COPULAS.has(prev) || prev === 'got')) return false;
    // A work product was taken up, not a parcel collected ("the parcels were picked up at noon").
    const subject = words[i - 2]?.lower;
    if (subject === undefined || !WORK_PRODUCTS.has(subject)) return false;
    addCue(cues, w, words[i + 1], 'adoption');
    return true;
  },
};

/** Words after "used to" that make it "accustomed to": "until the others were used to it", "got used to the noise". */
const ACCUSTOMED_TO = new Set([
  'it',
  'them',
  'this',
  'that',
  'the',
  'a',
  'an',
  'our',
  'their',
  'his',
  'her',
  'my',
  'me',
  'us',
  'him',
]);

/** Words that count a party: "more than 3 thousand merchants", "all 40 branches", "every clinic". */
const PARTY_COUNT_LEADS = new Set(['every', 'each', 'all', 'both', 'most', 'several']);
/** The most words between "for" and the party it counts: "for [more than 3 thousand] merchants". */
const MAX_COUNTED_PARTY_WORDS = 5;

/**
 * "used for more than 3 thousand merchants", "used for every clinic in the region": after "for" a count and
 * another party (people or bodies), the non-native "used for" of "used by"; "used for 3 years", "used for
 * 40 reports" count no party.
 */
function countedPartyAfter(words: Token[], p: number): boolean {
  let counted = false;
  for (let j = p + 1; j < words.length && j <= p + MAX_COUNTED_PARTY_WORDS; j++) {
    const l = words[j].lower;
    if (words[j].kind === 'number' || PARTY_COUNT_LEADS.has(l) || numberWordValue(l) !== undefined) counted = true;
    else if (counted && partyKindOf(l) === 'other') return true;
  }
  return false;
}

/**
 * "used by HR", "used at road-shows", "used in production", "is used to …"; not a tool the writer
 * maintains, nor "used to" as "accustomed to" (a pronoun, a noun phrase or a gerund after "to", not a verb).
 */
export const USED_RULE: CueRule = {
  name: 'used',
  words: ['used'],
  match({ words, cues, i, w, prev, next }) {
    const afterTo = next === 'to' ? words[i + 2]?.lower : undefined;
    if (afterTo !== undefined && (ACCUSTOMED_TO.has(afterTo) || afterTo.endsWith('ing'))) return true;
    if (!(
      (i > 0 || next === 'by') && // "Used by HR to validate …": a resume line about the writer's tool
      (next === 'by' ||
        next === 'at' ||
        next === 'across' ||
        (next === 'in' && words[i + 2]?.lower === 'production') ||
        (next === 'for' && countedPartyAfter(words, i + 1)) ||
        (prev !== undefined && COPULAS.has(prev) && next === 'to')) &&
      !keptForOthers(words, i)
    ))
      return false;
    addCue(cues, w, w, 'adoption');
    return true;
  },
};

/** Words after "copied" that make it data moved, not work taken up: "copied the files to S3", "copied from staging". */
const COPIED_ACROSS = new Set(['to', 'into', 'onto', 'from', 'over', 'across']);

/**
 * "The day shift copied the layout", "the site manager copied it on his side": another group took the
 * writer's work up, told actively. Not data moved ("the intern copied the files to the share",
 * "a limit copied from staging config") nor the writer's own copying.
 */
function othersCopied(words: Token[], i: number): boolean {
  const { at } = subjectBefore(words, i);
  if (!otherPeople(words, at) || words[i + 1] === undefined) return false;
  return !words.slice(i + 1, i + 5).some((x) => COPIED_ACROSS.has(x.lower));
}

/**
 * Verbs of taking up a made thing that others do many times over, by lemma: "downloaded", "cited", "printed",
 * "forked". Read only as a passive counted in times or by counted others (takenUpCounted); "copied" has its own
 * wider reading below.
 */
const TAKEN_UP_VERBS = lemmaSet('taken-up-verbs', ['download', 'cite', 'print', 'reprint', 'fork', 'clone']);
/** Auxiliaries of the passive: "has been downloaded", "was cited", "got printed". */
const PASSIVE_AUX = new Set(['been', 'was', 'were', 'got', 'is', 'are']);
/** Words that count a time or a party: "over", "more than", "every", "other", "thousands of". */
const COUNT_LEADS = new Set(['over', 'more', 'than', 'about', 'nearly', 'almost', 'around', 'some', 'of']);
/** Words of a big count told in words: "thousands of times", "a hundred times". */
const COUNT_WORDS = new Set(['thousands', 'hundreds', 'dozens', 'hundred', 'thousand', 'a']);
/** Quantifiers of a party that make the agent many others: "by every depot", "by the other two surgeries". */
const PARTY_QUANTIFIERS = new Set(['every', 'each', 'all', 'other', 'both', 'several', 'many']);
/** Verbs of taking up read only with their agent: a count of prints is a print run. */
const PRINTED = new Set(['print', 'reprint']);
/** The least count of an agent's members that makes it many others: "by over 60 schools", not "by 2 printers". */
const MANY_OTHERS = 10;
/** Words after "times" that make the count a frequency: "three times a day", "twice per week". */
const FREQUENCY_AFTER = new Set(['a', 'an', 'per', 'each', 'every', 'daily', 'weekly']);

/** Is word `k` a count: a figure, a number word, or a word of a big count ("thousands")? */
function countWord(words: Token[], k: number): boolean {
  const w = words[k];
  return w !== undefined && (w.kind === 'number' || numberWordValue(w.lower) !== undefined || COUNT_WORDS.has(w.lower));
}

/**
 * "The lesson pack has been downloaded over 400 times", "was printed by three other depots", "downloaded by over
 * 60 schools": a thing the writer made taken up by others, told as a passive of a verb of taking up and counted,
 * in times (not a frequency: "is downloaded three times a day") or by an agent of counted others (not one service
 * doing a job: "the forms were printed by the office"). A source after the verb is data moved ("downloaded from
 * the portal"). The index of the count's last word, or -1.
 */
function takenUpCounted(tokens: Token[], words: Token[], i: number): number {
  if (!PASSIVE_AUX.has(words[i - 1]?.lower ?? '') || !isPastForm(words[i].lower)) return -1;
  // "printed 3 times before they came out straight": a print run counted is a process; printing is read by its agent.
  const timesCount = !PRINTED.has(TAKEN_UP_VERBS.lemmaOf(words[i].lower) ?? '');
  const end = clauseEnd(tokens, words[i]);
  let counted = false;
  let agent = -1;
  for (let k = i + 1; k < words.length && k <= i + 7 && words[k].start < end; k++) {
    const l = words[k].lower;
    if (l === 'from' || l === 'to' || l === 'into') return -1;
    if (l === 'by') agent = k;
    else if (countWord(words, k) || (agent >= 0 && PARTY_QUANTIFIERS.has(l))) counted = true;
    else if (l === 'times' && counted && agent < 0)
      return timesCount && !FREQUENCY_AFTER.has(words[k + 1]?.lower ?? '') ? k : -1;
    else if (agent >= 0 && counted && /^[a-z]+s$/.test(l)) return manyOthers(words, agent, k) ? k : -1;
    else if (!COUNT_LEADS.has(l) && !(agent >= 0 && l === 'the')) counted = false;
  }
  return -1;
}

/**
 * Is the agent from "by" at `by` to its head at `head` many others, not a few tools of a process ("by the two
 * scripts", "by 2 printers"): people or a party ("by two other teams"), "other" or "every" in the phrase ("by
 * three other depots", "by every depot"), or a count of ten and more ("by over 60 schools")?
 */
function manyOthers(words: Token[], by: number, head: number): boolean {
  if (otherPeople(words, head) || partyKindOf(words[head].lower) === 'other') return true;
  for (let k = by + 1; k < head; k++) {
    const l = words[k].lower;
    if (PARTY_QUANTIFIERS.has(l)) return true;
    const value = words[k].kind === 'number' ? Number(l.replace(/,/g, '')) : numberWordValue(l);
    if (value !== undefined && value >= MANY_OTHERS) return true;
  }
  return false;
}

/** "The scheduler has since been copied for other environments", "copied by two other teams", "the day shift copied it". */
export const COPIED_RULE: CueRule = {
  name: 'copied',
  words: ['copied'],
  lemmas: [TAKEN_UP_VERBS],
  match({ tokens, words, cues, i, w, lower, prev, next }) {
    if (lower !== 'copied') {
      const counted = takenUpCounted(tokens, words, i);
      if (counted >= 0) addCue(cues, w, words[counted], 'adoption');
      return counted >= 0;
    }
    // "a limit that had been copied from staging config": a thing's source, not work taken up.
    if (next === 'from') return false;
    if (!(next === 'by' || prev === 'been' || prev === 'was' || prev === 'were' || othersCopied(words, i)))
      return false;
    addCue(cues, w, w, 'adoption');
    return true;
  },
};

/** "reused by the mobile team", "widely adopted". */
export const REUSED_RULE: CueRule = {
  name: 'reused',
  words: ['reused', 'widely'],
  match({ cues, w }) {
    addCue(cues, w, w, 'adoption');
    return true;
  },
};

/** "became the default alerting tool". */
export const BECAME_STANDARD_RULE: CueRule = {
  name: 'became-standard',
  words: ['became', 'become', 'becoming'],
  match({ words, cues, i, w }) {
    if (!words.slice(i + 1, i + 6).some((x) => ADOPTED_ROLES.has(x.lower))) return false;
    addCue(cues, w, w, 'adoption');
    return true;
  },
};

/** "got approved", "were getting approved": a passive told with "get". */
const GET_FORMS = new Set(['got', 'get', 'gets', 'getting', 'gotten']);

/**
 * "my proposal was accepted", "approved by the board", "pull requests were getting approved", and the
 * same told with "signed off": "signed off by the pricing committee", "the plan was signed off".
 */
export const ACCEPTED_RULE: CueRule = {
  name: 'accepted',
  words: ['accepted', 'approved', 'signed'],
  match({ words, cues, i, w, lower, prev, next }) {
    // "signed off" stands for "approved"; "signed" alone is a sale or a contract (recognition-outcomes.ts).
    // A line opening "Signed off by my assessor as competent" tells the writer signed off: a credential.
    const off = lower === 'signed' ? 1 : 0;
    if (off === 1 && (next !== 'off' || i === 0)) return false;
    const after = words[i + 1 + off]?.lower;
    if (!(after === 'by' || (prev !== undefined && (COPULAS.has(prev) || GET_FORMS.has(prev))))) return false;
    addCue(cues, w, words[i + off], 'adoption');
    return true;
  },
};

/**
 * The verbs of AGREEMENT_VERBS a causative "have" is read with: agreeing, approving, taking up, restoring. Its others
 * tell a chore as often after "had" ("had the team use the new log", "had them move desks", "had the parents sign
 * the forms"; a spent story set's false claim was one).
 */
const HAD_AGREEING = new Set([
  'agree',
  'approve',
  'adopt',
  'accept',
  'endorse',
  'fund',
  'sponsor',
  'standardize',
  'standardise',
  'switch',
  'renew',
  'reopen',
  'reinstate',
  'restore',
  'take',
  'bring',
  'roll',
  'buy',
]);
/** Forms of "have" that make it causative before a party and a bare verb: "had the council reopen it". */
const CAUSATIVE_HAVE = new Set(['had', 'have', 'has', 'having']);

/**
 * A causative "have" with a party as its object and a bare verb of agreeing or keeping after it: "had the council
 * reopen the bus stop", "had the drivers switch to my route sheet" (RUBRIC-NOTES agreement, as "got the council to
 * reopen it"). The party object runs up to four words; "had the council reopened" (a participle) and "had the
 * team look at it" (no act of agreeing) are none. The index of the bare verb, or -1.
 */
function hadPartyAct(words: Token[], i: number, end: number): number {
  let party = false;
  for (let k = i + 1; k < words.length && k <= i + 5 && words[k].start < end; k++) {
    if (party && HAD_AGREEING.has(words[k].lower) && agreementVerbAt(words, k)) return k;
    if (!otherPeople(words, k) && !isPartyWord(words[k].lower)) {
      if (party) return -1;
      continue;
    }
    party = true;
  }
  return -1;
}

/** "had the council reopen the bus stop": another party brought to act by a causative "have". */
export const HAD_PARTY_ACT_RULE: CueRule = {
  name: 'had-party-act',
  words: [...CAUSATIVE_HAVE],
  match({ tokens, words, cues, i, w }) {
    const verb = hadPartyAct(words, i, clauseEnd(tokens, w));
    if (verb < 0) return false;
    addCue(cues, w, words[verb], 'adoption');
    return true;
  },
};

/** The most words of the party a causative "get" brings to agree: "the payments and identity teams". */
const MOST_PARTY_WORDS = 6;

/** "got the team to agree", "got them comfortable with the harness", "got everyone aligned". */
export const GOT_AGREEMENT_RULE: CueRule = {
  name: 'got-agreement',
  words: ['got', 'get', 'getting'],
  match({ tokens, words, cues, i, w }) {
    let agreed = false;
    // The party may be a coordinated noun phrase: "got the payments and identity teams to adopt it"; past six
    // words only with people named in it and a place after them ("got finance and the ops leads in one room to agree").
    let people = false;
    for (let k = i + 2; k < words.length && k <= i + MOST_PARTY_WORDS + 3; k++) {
      if (k > i + MOST_PARTY_WORDS + 1 && !people) break;
      if (inParty(words[k - 1].lower, BROUGHT_PEOPLE)) people = true;
      if (words[k].lower === 'to' && agreementVerbAt(words, k + 1)) {
        addCue(cues, w, words[k + 1], 'adoption');
        agreed = true;
        break;
      }
    }
    // "got the product teams to review error budgets in their sprint planning": a party's practice changed.
    const practice = agreed ? -1 : partyPracticeAhead(words, i, clauseEnd(tokens, w));
    if (practice > 0) {
      addCue(cues, w, words[practice], 'adoption');
      return true;
    }
    // "got it approved for 90 days", "got the rota signed off": a decision of others won.
    const decided = agreed ? -1 : decisionWonAhead(words, i, clauseEnd(tokens, w));
    if (decided > 0) {
      addCue(cues, w, words[decided], 'adoption');
      return true;
    }
    // People brought into a better state.
    const state = agreed ? -1 : betterStateAhead(words, i, clauseEnd(tokens, w));
    if (state > 0) addCue(cues, w, words[state], 'effect');
    // Nothing read: "got" is left to the frames after this one ("the other wards got on board", party-act-outcomes.ts).
    return agreed || state > 0;
  },
};

/** The lists whose words name the people a causative "got" brings to act: groups, posts, bodies, plurals of people, "them". */
const BROUGHT_PEOPLE =
  PARTY.workplace | PARTY.served | PARTY.others | PARTY.posts | PARTY.bodies | PARTY.units | PARTY.peoplePlural;
/**
 * Words that tell the party's act as a changed way of working: "on tablets instead of paper". Not "every" or
 * "each" alone: "got the apprentices to sweep the yard every evening" is a chore handed out, not a practice won.
 */
const PRACTICE_MARKS = wordSet('party-practice-marks', ['instead']);
/** Possessives of the party before what it keeps: "in their sprint planning", "into their handover". */
const THEIR_PLACES = wordSet('party-practice-places', ['in', 'into', 'to']);
/** Bare verbs that put the writer's thing into what the party keeps: "add the route to the welcome pack". */
const PRACTICE_ADDING = wordSet('party-practice-adding', ['add', 'include', 'build', 'write', 'fold', 'embed']);
/** Words the party's act does not run past: the writer's next clause ("and i started …", "so we …"). */
const PRACTICE_STOPS = wordSet('party-practice-stops', ['i', 'we', 'so', 'but', 'because', 'until', 'which', 'while']);
/** The most words of the party's act after its verb: "take orders two hours before each meal on tablets instead of paper". */
const MOST_PRACTICE_WORDS = 12;

/**
 * A past causative "got" with people as its object and a bare verb whose act is a standing practice of theirs:
 * "got the product teams to review error budgets in their sprint planning", "got the drivers to log deliveries on
 * tablets instead of paper slips",
 * "got the accommodation team to add the route to the welcome pack" (RUBRIC-NOTES agreement, approval and
 * adoption: others changed how they work). The practice is told by structure, within the party's own clause: a
 * contrast with the old way ("instead of"), the party's possessive place ("in their …"), or a verb of adding with
 * the place it adds to. A one-off chore for the writer ("got the lighting crew to move two of
 * the lamps", "got the caretaker to put the heating on timers"), a goal or a failure ("couldn't get …") or another
 * party as the causer ("the manager got the staff to …") is none.
 * The index of the word that tells the practice, or -1.
 */
function partyPracticeAhead(words: Token[], i: number, end: number): number {
  if (words[i].lower !== 'got' || NOT_WON.has(words[i - 1]?.lower ?? '')) return -1;
  // The writer is the one who brought it about: "the manager got the staff to stay late every night" is not.
  if (otherPeople(words, subjectBefore(words, i).at)) return -1;
  let to = -1;
  let people = false;
  for (let k = i + 1; k < words.length && k <= i + MOST_PARTY_WORDS + 1 && words[k].start < end; k++) {
    if (words[k].lower === 'to') {
      to = k;
      break;
    }
    if (inParty(words[k].lower, BROUGHT_PEOPLE) || otherPeople(words, k)) people = true;
  }
  const verb = words[to + 1];
  if (to < 0 || !people || verb === undefined || verb.start >= end || isPastForm(verb.lower)) return -1;
  const adding = PRACTICE_ADDING.has(verb.lower);
  for (let k = to + 2; k < words.length && k <= to + 1 + MOST_PRACTICE_WORDS && words[k].start < end; k++) {
    const l = words[k].lower;
    if (PRACTICE_STOPS.has(l)) return -1;
    if (PRACTICE_MARKS.has(l)) return k;
    if (THEIR_PLACES.has(l) && words[k + 1]?.lower === 'their') return k + 1;
    if (adding && (l === 'to' || l === 'into') && words[k + 1]?.lower === 'the') return k;
  }
  return -1;
}

/** Participles of a decision others make about the work: "approved", "signed (off)", "funded", "changed". */
const DECIDED_PARTICIPLES = new Set([
  'approved',
  'signed',
  'agreed',
  'funded',
  'accepted',
  'adopted',
  'endorsed',
  'ratified',
  'sanctioned',
  'changed',
  'amended',
  'reversed',
  'extended',
  'renewed',
  'prioritised',
  'prioritized',
  'reinstated',
]);
/** Words before "get" that make it a goal, a failure or a hope: "to get it approved", "never got it funded". */
const NOT_WON = new Set(['to', 'not', 'never', "couldn't", "didn't", "can't", 'cannot', 'could', 'would', 'might']);

/**
 * Particles and prepositions after a participle that place the object into something others keep:
 * "added to the contract", "written into the checklist", "split into 3 milestones", "moved up the
 * roadmap", "put on the agenda". Read after any participle, not only a decision's. Not "in" or "out"
 * ("got my laptop replaced in a day", "got the pump swapped out"): a job done for the writer.
 */
const PLACED_INTO = new Set(['to', 'into', 'onto', 'on', 'forward', 'back', 'across']);
/**
 * Verbs of placing or arranging a thing within what others keep (a contract, a plan, a calendar, a
 * checklist): "added", "written (into)", "split (into)", "moved (onto)", "put (on)", "pulled
 * (forward)". By lemma, so every form is read. Not verbs of sending or finishing ("got the sheets sent
 * to the office", "got it fixed"): a job done for the writer, no decision of others won.
 */
const PLACING_VERBS = lemmaSet('placing-verbs', [
  'add',
  'write',
  'put',
  'split',
  'break',
  'move',
  'pull',
  'push',
  'bring',
  'fold',
  'build',
  'bake',
  'slot',
  'schedule',
  'include',
  'insert',
  'merge',
  'list',
  'pin',
  'book',
  'enter',
  'embed',
  'roll',
  'fast-track',
  'bump',
  'escalate',
]);
/** Words the object phrase of "get" does not run past: a clause of its own or a coordinated verb. */
const OBJECT_STOPS = clauseOpeners('adoption-object-stops', [['to'], CLAUSE_OPENER_CORE, ['which', 'who', 'that']]);

/** Is the word a past participle by its form ("added", "split", "written", "put")? */
function participleForm(lower: string): boolean {
  return isPastForm(lower) || irregularBase(lower) !== undefined || (/^[a-z]+en$/.test(lower) && lower.length > 4);
}

/**
 * A causative "get" with its object and a participle of others' decision ("got it approved for 90
 * days", "got the new rota signed off by the matron", "got the policy changed"), or any participle that
 * places the object into something others keep ("got a notice clause for format changes added to the
 * contract", "got the rewrite split into 3 milestones"): agreement or approval won (RUBRIC-NOTES
 * agreement, approval and adoption), as "the board approved the plan" is. The object runs up to ten
 * words with no clause of its own; a participle of placing needs the place after it ("got the notes
 * written up" is a job done); a goal, a failure or a hope before "get" is none. The index of the
 * participle, or -1.
 */
function decisionWonAhead(words: Token[], i: number, end: number): number {
  const before = words[i - 1]?.lower;
  if (before !== undefined && NOT_WON.has(before)) return -1;
  for (let k = i + 2; k < words.length && k <= i + 11 && words[k].start < end; k++) {
    const l = words[k].lower;
    if (DECIDED_PARTICIPLES.has(l)) return l === 'signed' && words[k + 1]?.lower !== 'off' ? -1 : k;
    if (OBJECT_STOPS.has(l)) return -1;
    if (!participleForm(l) || !(PLACING_VERBS.has(l) || l === 'broken')) continue; // "broken into": an irregular participle of "break"
    const after = words[k + 1];
    if (after === undefined || after.start >= end) continue;
    // "moved up the roadmap": "up" with a place after it, not "written up".
    if (PLACED_INTO.has(after.lower) || (after.lower === 'up' && words[k + 2]?.lower === 'the')) return k;
  }
  return -1;
}

/**
 * An agreement verb at `k`, also after a hyphenated "co-" ("co-own", "co-sponsor", split by the tokenizer), or a
 * phrasal one with its particle within two words ("take up the pick list", "bring it in").
 */
function agreementVerbAt(words: Token[], k: number): boolean {
  const l = words[k]?.lower;
  if (l === undefined) return false;
  const particle = Object.hasOwn(AGREEMENT_PHRASALS, l) ? AGREEMENT_PHRASALS[l] : undefined;
  if (particle !== undefined) return words[k + 1]?.lower === particle || words[k + 2]?.lower === particle;
  if (l === 'co' && words[k + 1]?.start === words[k].end + 1) return AGREEMENT_VERBS.has(words[k + 1].lower);
  return AGREEMENT_VERBS.has(l);
}

/** Others agreeing to the writer's case: "finance approved the budget", "my manager agreed to …", "both teams signed off". */
export const OTHERS_AGREED_RULE: CueRule = {
  name: 'others-agreed',
  lemmas: [AGREEING_VERBS],
  match({ words, cues, i, w }) {
    const { at } = subjectBefore(words, i);
    if (!otherPeople(words, at)) return false;
    addCue(cues, w, w, 'adoption');
    return true;
  },
};

/**
 * Particles that close a persuasion: "talked finance into dropping a step", "talked the owner out of a new
 * roof", "brought the supervisors around", "won the skeptics over".
 */
const PERSUADED_BY: Readonly<Record<string, readonly string[]>> = {
  talk: ['into', 'out'],
  bring: ['around', 'round'],
  win: ['over'],
};

/** Object pronouns of people persuaded: "talked them into it", "brought her round". */
const PERSUADED_PEOPLE = /^(?:them|him|her|everyone)$/;

/**
 * Others talked into a change: "talked finance into dropping the second approval step", "brought the
 * skeptical supervisors around to scanning". Past forms only ("tried to talk legal into …" is an attempt).
 */
export const PERSUADED_RULE: CueRule = {
  name: 'persuaded',
  words: ['talked', 'brought', 'won'],
  match({ tokens, words, cues, i, w, lower }) {
    const particle = PERSUADED_BY[lower === 'talked' ? 'talk' : lower === 'brought' ? 'bring' : 'win'];
    const end = clauseEnd(tokens, w);
    for (let k = i + 2; k < words.length && k <= i + 5 && words[k].start < end; k++) {
      const l = words[k].lower;
      if (!particle.includes(l) || (l === 'out' && words[k + 1]?.lower !== 'of')) continue;
      // The persuaded are people: "talked finance into", "talked the owner out of", not "talked the numbers into shape".
      if (!words.slice(i + 1, k).some((x) => PERSUADED_PEOPLE.test(x.lower) || isPartyWord(x.lower))) return false;
      addCue(cues, w, words[k], 'adoption');
      return true;
    }
    return false;
  },
};
