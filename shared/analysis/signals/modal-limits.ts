// Constraint (RUBRIC.md: "a real limit the work had to respect") told by its modal rather than by a limit word: the
// older finders each held a closed list of verbs after "could not" or a closed list of dates after "had to"; a limit
// is told by the modal itself, whatever the verb, once the clause it governs is the work's and not a thing known,
// a trouble met, a symptom or a result. Three readings, one per kind of modal:
// - a NEGATED POSSIBILITY or PERMISSION: "could not", "cannot", "was not able to", "nobody could", "must not", "did
//   not allow", "would not let", "was not allowed to", "not permitted": "Two routes could not both survive",
//   "Compliance said the model could not use postcode", "which our DPA did not allow", "so we couldn't run all twelve
//   practicals". The writer's side ("we", "I", "nobody") reads on any verb; another party or a thing only on a verb
//   of a limit, as a passive or a cap, or as a rule told. Not read: a verb of knowing, telling or finding ("could not
//   tell us which fields", "could not reproduce the crash" — an unknown, not a limit), a thing the writer could not
//   get working (trouble met), what users could not do (a symptom), a guard ("make sure it could not happen"),
//   "could not wait to/believe" (idioms), and a possibility inside an object relative clause ("the three cases we
//   could not classify", "delivery times that drivers could not meet": the clause describes a thing, it binds no
//   work). A permission refused by the writer ("I would not let them ship") is the writer's own stance, not a limit;
// - a CAP told as a count with nothing more: "256 KB for the model, not a byte more", "forty cows and not one more",
//   "room for no more than forty cows", "No more than two hundred people could sit in the hall";
// - an OBLIGATION that is a rule or a gate rather than a step of the work: a party or a thing (not the writer) obliged
//   over every case ("The union had to agree any change to the rota", "the inspectors must see every certificate"; not
//   a frequency, "every Monday"), a thing obliged to be approved, labelled or kept ("sponsored results had to be
//   labeled as ads"), and the work obliged to comply with or follow a rule ("our checkout had to comply", "had to meet
//   the new accessibility rules"). The writer's own "had to" with no such scope ("I had to fail back by hand", "twice
//   we had to take the fish special off") is trouble met or a step, not a limit, and is left to the bounded finders; a
//   party's duty with no scope ("legal needed to sign off on the customer terms", "because the officers have to give
//   reasons") read as many false marks as right ones on the labeled sets and is refused.
// This module replaced the "cannot" finder of classes/constraint.ts and the "could not take/shut/close/stop …" form of
// its plain limits, which each held a closed list of verbs after "could not": their verbs are LIMIT_VERB below.
// Each reading runs one regex pass over the sentence; the checks after a match look a fixed number of words around it.
import type { Cue, Finder, SentenceView } from './sentence-view';

// ---- negated possibility and permission ----

const NEGATED_CAN = String.raw`(?:could\s+not|couldn'?t|cannot|can'?t|can\s+not|could\s+never|(?:was|were)\s+not\s+able\s+to|(?:wasn'?t|weren'?t)\s+able\s+to|(?:was|were)\s+unable\s+to|must\s+not|mustn'?t|(?:nobody|no\s+one|none\s+of\s+us|nothing)\s+could)`;
const NEGATED_PERMISSION = String.raw`(?:(?:did\s+not|didn'?t|does\s+not|doesn'?t|do\s+not|don'?t|would\s+not|wouldn'?t|will\s+not|won'?t|refused\s+to)\s+(?:allow|let|permit|accept(?=\s+(?:[\w-]+\s+){0,4}?(?:over|above|more\s+than|larger\s+than|bigger\s+than|longer\s+than)\s+\d))|(?:not|never)\s+(?:allowed|permitted))`;
// Adverbs a modal may carry before its verb: "could not both survive", "could not legally share".
const MODAL_ADVERB = String.raw`(?:(?:\w+ly|both|all|even|ever|also|really|then|simply)\s+)?`;
const NEGATED_MODAL = new RegExp(
  String.raw`\b(?:(${NEGATED_CAN})\s+${MODAL_ADVERB}([a-z]+)|(${NEGATED_PERMISSION}))\b`,
  'gi',
);

// Verbs of knowing, telling and finding, and idioms: what could not be done with these is an unknown, not a limit.
const NOT_A_LIMIT_VERB =
  /^(?:know|tell|say|said|find|see|work|figure|understand|explain|classify|reproduce|believe|remember|recall|decide|answer|predict|guess|imagine|identify|confirm|trace|pin|help|agree|read|make|reach|be|convince|persuade|forget|ignore|underestimate|assume|sleep|attend|stand|judge|assess|evaluate|verify|measure|happen|occur|recur|slip|sneak|creep|drift|repeat|hallucinate)$/;
// The people a product serves: what they could not do is its problem or an outage's symptom.
const USER_SUBJECT =
  /^(?:users?|customers?|clients?|people|patients|members|shoppers|buyers|visitors|callers|players|students|parents|riders|guests|merchants|sellers|readers|viewers|subscribers|families)$/i;
// Verbs of a system's or a team's capacity: a capacity that failed is the problem the story solves.
const CAPACITY_VERB =
  /^(?:handle|cope|keep|scale|serve|process|support|sustain|deal|manage|absorb|take|hold|fit|carry|run)$/;
const COUNTED_CAP =
  /^\s+(?:[\w-]+\s+){0,3}?(?:more\s+than|over|above|beyond)\s+(?:\d|a\s|an\s|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|forty|fifty|a\s+hundred)/i;
// "could not be more than 50 MB", "could not be printed": "be" reads only as a cap or a passive.
const BE_AS_LIMIT =
  /^\s+(?:\w+ly\s+)?(?:(?:more|bigger|larger|longer|higher|heavier|wider|taller|over|above|under|below)\b|\w+ed\b|\w+en\b)/i;
// "couldn't get it working", "could not get the report to load": trouble met.
const GOT_NOT_WORKING =
  /^\s+(?:\w+\s+){0,3}?(?:working|to\s+(?:work|load|run|start|build|connect|compile|sync|open))\b/i;
// Verbs whose negated possibility is a limit whoever the subject: what the work could not risk, touch, exceed, spend,
// keep or lose, and what could not stop, move or be delayed.
const LIMIT_VERB =
  /^(?:leave|risk|afford|break|change|touch|share|store|send|move|exceed|hire|add|spare|finish|fit|collect|ship|expose|retain|copy|upload|take|shut|close|stop|delay|miss|extend|lose|drop|duplicate|tolerate|allow|go|wait)$/;
// A verb of telling or ruling before the modal: the inability is a rule someone set.
const TOLD_BEFORE =
  /\b(?:said|says|told|tells|ruled|insisted|confirmed|warned|decided|made\s+(?:it\s+)?clear|informed|explained|stated|according\s+to|as\s+per)\b(?:\s+[\w'-]+){0,10}\s*$/i;
// Words that open a new clause before its subject, so a pronoun after them is no object relative's subject.
const CLAUSE_LINK =
  /^(?:so|and|but|because|since|as|if|when|then|that|which|where|while|or|otherwise|now|also|still|until|unless|though|although|means|meant|said|says|told|knew|know|realised|realized|found|why|how|what|whether|first|once|after|before|us|me|them|him|her|i|we|they|he|she|you|it|just|already|really|often|sometimes|soon|even)$/i;
const SUBJECT_PRONOUN = /^(?:i|we|they|he|she|you|nobody)$/i;
// Telling verbs and object pronouns before "that": "told us that we could not …" is a complement, not a relative.
const COMPLEMENT_BEFORE_THAT =
  /^(?:so|such|now|us|me|them|him|her|said|says|told|clear|sure|knew|realised|realized|meant|means|found|ruled|decided|agreed|confirmed|warned|explained|insisted|\w+ed)$/i;

/** The last `n` words before `end` in the text, nearest last. */
function wordsBefore(text: string, end: number, n: number): string[] {
  return (text.slice(Math.max(0, end - 80), end).match(/[\w'-]+|[^\w\s]/g) ?? []).slice(-n);
}

// What opens a verb's object: a relative clause's verb has none, its object is the noun the clause describes.
const VERB_HAS_OBJECT =
  /^\s+(?:the|a|an|any|all|more|our|their|its|his|her|my|your|this|that|these|those|it|them|us|him|me|every|each|both|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b/i;

/**
 * Whether the modal at `start` sits in an object relative clause: "the cases we could not classify", "delivery times
 * that drivers could not meet". The subject before the modal is a pronoun after a plain word, or any word after a
 * relative "that"/"which" that follows a plain word.
 */
function inObjectRelative(text: string, start: number, afterVerb: string, subjectInMatch: boolean): boolean {
  // The verb has its own object ("docks we could not unload two lorries"): a main clause after a fronted phrase.
  if (VERB_HAS_OBJECT.test(afterVerb)) return false;
  // "Six models nobody could defend": the modal's match holds its own subject.
  const words: (string | undefined)[] = subjectInMatch
    ? [...wordsBefore(text, start, 2), 'nobody']
    : wordsBefore(text, start, 3);
  while (words.length < 3) words.unshift(undefined);
  const [beforeThat, link, subject] = words;
  if (subject === undefined) return false;
  if (SUBJECT_PRONOUN.test(subject))
    return link !== undefined && /^[\w'-]+$/.test(link) && !CLAUSE_LINK.test(link) && !/ed$/i.test(link);
  return (
    link !== undefined &&
    /^(?:that|which)$/i.test(link) &&
    beforeThat !== undefined &&
    /^[\w'-]+$/.test(beforeThat) &&
    !COMPLEMENT_BEFORE_THAT.test(beforeThat)
  );
}

/** A negated possibility or permission that limits the work (see the head of this file). */
function negatedModal(v: SentenceView): Cue | undefined {
  NEGATED_MODAL.lastIndex = 0;
  for (let m = NEGATED_MODAL.exec(v.text), n = 0; m && n < 8; m = NEGATED_MODAL.exec(v.text), n++) {
    const end = m.index + m[0].length;
    if (m[3]) {
      // A permission refused: the writer's own refusal is a stance, not a limit set on the work.
      const before = wordsBefore(v.text, m.index, 1)[0] ?? '';
      if (/^(?:i|we)$/i.test(before)) continue;
      return { start: m.index, end };
    }
    const verb = m[2].toLowerCase();
    const rest = v.text.slice(end);
    const subject = wordsBefore(v.text, m.index, 1)[0] ?? '';
    if (verb === 'be' ? !BE_AS_LIMIT.test(rest) : NOT_A_LIMIT_VERB.test(verb)) continue;
    if (verb === 'get' && GOT_NOT_WORKING.test(rest)) continue;
    // "couldn't wait to show them": eagerness.
    if (verb === 'wait' && /^\s+to\b/i.test(rest)) continue;
    // "couldn't have done it without them": thanks, not a limit.
    if (verb === 'have' && /^\s+(?:done|made|managed|got|gotten|achieved|asked|wished|hoped)\b/i.test(rest)) continue;
    if (/^\s+(?:\w+\s+){0,3}?yet\b/i.test(rest)) continue;
    if (inObjectRelative(v.text, m.index, rest, /^(?:nobody|no\s+one|none|nothing)\b/i.test(m[1]))) continue;
    // Another party's or a thing's inability reads only on a verb of a limit ("could not touch the source system",
    // "could not risk a wrong close"), as a passive or a cap ("could not be printed", "cannot be more than 50 MB") or
    // as a rule someone told ("Compliance said the model could not use postcode", "our DPO told us nothing could go to
    // a US-hosted API"): what a tool or a team merely could not do is as often the problem or an option's cost, and on
    // the sets we never tuned on it read more false marks than right ones. The writer's side ("we", "I", "nobody on
    // the team") reads on any verb.
    const writerSide = /^(?:i|we)$/i.test(subject) || /^(?:nobody|no\s+one|none)\b/i.test(m[1]);
    const limitVerb = LIMIT_VERB.test(verb);
    if (
      !writerSide &&
      !limitVerb &&
      verb !== 'be' &&
      !TOLD_BEFORE.test(v.text.slice(Math.max(0, m.index - 80), m.index))
    )
      continue;
    // "you can't fix what you can't measure": a maxim, no limit on this work.
    if (/^you$/i.test(wordsBefore(v.text, m.index, 1)[0] ?? '')) continue;
    // "make sure it could not happen", "so that new SDKs could not slip back in": a guard the work built.
    if (
      /\b(?:sure|ensure|ensured|so\s+that)\s+(?:[\w-]+\s+){0,3}$/i.test(
        v.text.slice(Math.max(0, m.index - 60), m.index),
      )
    )
      continue;
    // "customers could not log in for an hour", "users couldn't track orders": an outage's symptom or the product's
    // gap (the problem), not a limit the work respected.
    if (USER_SUBJECT.test(subject)) continue;
    // "since it could not hand over mid-chat": what an option could not do is the option's cost (a trade-off).
    if (/^it$/i.test(subject) && !limitVerb) continue;
    // "the old server couldn't handle the load": a capacity that failed is the problem, unless a cap is counted ("could
    // not take more than twelve pots").
    if (CAPACITY_VERB.test(verb) && !limitVerb && !COUNTED_CAP.test(rest)) continue;
    if (/^\s+(?:[\w-]+\s+){0,4}?(?:anymore|any\s+more|any\s+longer)\b/i.test(rest)) continue;
    return { start: m.index, end };
  }
  return undefined;
}

// ---- caps ----

const CAP = new RegExp(
  String.raw`\bnot\s+(?:a|one|a\s+single|an)\s+(?:[\w-]+\s+)?more\b(?!\s+(?:than|time|word|step|thing))|\b(?:room|space|capacity|seats?|places?|beds?)\s+for\s+no\s+more\s+than\b|\bno\s+more\s+than\s+(?:[\w-]+\s+){1,4}?(?:could|can|may|were\s+allowed|was\s+allowed|fit|fitted)\b`,
  'i',
);

/** A cap told as a count with nothing more: "256 KB for the model, not a byte more". */
function cap(v: SentenceView): Cue | undefined {
  const m = CAP.exec(v.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

// ---- obligations that are rules or gates ----

const OBLIGATION = String.raw`(?:had\s+to|has\s+to|have\s+to|must|needed\s+to|need\s+to|needs\s+to|(?:was|were|is|are)\s+required\s+to)`;
const OBLIGED = new RegExp(String.raw`\b(${OBLIGATION})\s+(?:(?:always|also|first)\s+)?([a-z]+)\b`, 'gi');
// Verbs of meeting a rule; the last four only with a rule after them ("had to meet the new accessibility rules").
const COMPLY_VERB = /^(?:comply|conform|obey|follow|meet|respect|satisfy|pass)$/;
const RULE_OBJECT =
  /^\s+(?:with\s+|to\s+)?(?:the\s+|a\s+|our\s+|their\s+|its\s+|every\s+|all\s+|any\s+)?(?:[\w-]+\s+){0,3}?(?:rules?|standards?|regulations?|requirements?|guidance|guidelines|laws?|code|policy|policies|checks?|inspections?|audits?|criteria|spec|specification|licen[cs]e)\b/i;
// Participles of a rule on a thing, after "be": "had to be labeled as ads", "had to be approved by the fire officer".
const RULE_PARTICIPLE =
  /^\s+(?:\w+ly\s+)?(?:approved|agreed|signed\s+off|cleared|authori[sz]ed|reviewed|vetted|label+ed|marked|kept|stored|held|logged|encrypted|anonymi[sz]ed|certified|audited|inspected|disclosed|declared|recorded)\b/i;
// Duties of knowing ("needed to understand the reasons for each score") are the party's wish, not a rule.
const KNOWING = /^(?:understand|know|learn|find|hear|feel|trust)$/;
// "every Monday", "each week": a frequency, not every case.
const FREQUENCY =
  /^\s+(?:[\w-]+\s+){0,5}?(?:any|every|each|all)\s+(?:single\s+)?(?:day|week|month|year|morning|evening|night|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|quarter|shift|hour|minute|spring|summer|winter|autumn|term)\b/i;
// A quantified object within a few words: the duty covers every case ("approve every draft").
const EVERY_CASE = /^\s+(?:[\w-]+\s+){0,5}?(?:any|every|each|all)\b/i;
// The writer as subject, or a negated subject: the writer's own step or a result ("Not one birth had to be cancelled").
const WRITER_SUBJECT = /^(?:i|we|you|twice|again|also|then|still)$/i;
const NEGATED_SUBJECT = /^(?:nobody|none|no|not|never)$/i;

/** An obligation that is a rule or a gate on the work (see the head of this file). */
function ruleObligation(v: SentenceView): Cue | undefined {
  OBLIGED.lastIndex = 0;
  for (let m = OBLIGED.exec(v.text), n = 0; m && n < 8; m = OBLIGED.exec(v.text), n++) {
    const verb = m[2].toLowerCase();
    const after = v.text.slice(m.index + m[0].length);
    // "I have had to", "we've had to": the subject stands before the auxiliary.
    const before = wordsBefore(v.text, m.index, 5).filter((w) => !/^(?:have|has|'ve|'s)$/i.test(w));
    const subject = before[before.length - 1] ?? '';
    const cue = { start: m.index, end: m.index + m[0].length };
    // "every prompt change now has to pass": a practice set up after the work, not a limit on it.
    if (/^now$/i.test(subject) || before.some((w) => NEGATED_SUBJECT.test(w))) continue;
    if (COMPLY_VERB.test(verb)) {
      if (/^(?:comply|conform|obey)$/.test(verb) || RULE_OBJECT.test(after)) return cue;
      continue;
    }
    if (WRITER_SUBJECT.test(subject)) continue;
    if (KNOWING.test(verb)) continue;
    if (EVERY_CASE.test(after) && !FREQUENCY.test(after)) return cue;
    if (verb === 'be' && RULE_PARTICIPLE.test(after)) return cue;
  }
  return undefined;
}

/** The constraint finders of this module: a limit told by its modal. */
export const MODAL_LIMITS: readonly Finder[] = [negatedModal, cap, ruleObligation];
