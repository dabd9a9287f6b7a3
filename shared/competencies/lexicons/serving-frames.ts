// Customer focus asked as its definition tells it (RUBRIC.md: "to care about users or customers"; "users named by the
// domain (merchants, shoppers, ward staff, travellers, chefs) are customers"), not as the words one posting used. The
// frame has two parts inside one clause:
//   1. an act of SERVING by the hire: serving, helping, assisting, looking after, caring for, taking care of,
//      greeting, welcoming, advising, answering or replying to, listening to, keeping happy, putting first;
//   2. a PARTY that is the people the business serves, named in the trade's own words: WordNet's nouns whose most
//      frequent sense is a customer or client, a patient, a passenger or traveller, a guest or visitor, a consumer, a
//      resident or tenant, a learner or student, a member (served-people-generated.ts, written by
//      scripts/gen-served-people.mjs), with the lexicon's own words for the served (served-people.ts).
// Any trade fills the parts, so "Look after our members at the front desk", "Greet every guest by name" and "Answer
// calls from tenants about repairs" are one frame; it may also be told from the served ("Every guest greeted by you"),
// or as a nominal duty of what the served get ("member experience", "tenant welfare").
// Refused, because the act is not serving: dealing with a party (relations: "dealing with the client's representative
// and building control"), keeping the served informed (communication: "keeping parents informed through the
// newsletter"). Refused, because the party is not the served: the company's own staff or crew ("support staff members", "help the
// crew members load"), the hire's team, the board; a thing named after the served ("the customer database": no act);
// a thing told as serving them in a relative clause ("the decision that serves members best"); and the company's
// market told in its blurb ("We serve 40,000 members"), whose act is the company's: the serving
// verbs join the doer verbs whose other subject the tokenizer marks (tokenize.ts), as "our doctors look after
// patients" is theirs.
// Phrase syntax: see job-focus/phrase-matcher.ts. Every gap is bounded (`*` at most three words, `**` eight), so a
// sentence costs one pass per phrase.
import { framePhrases } from './phrase-frames';
import { SERVED_PEOPLE_GENERATED } from './served-people-generated';
import { SERVED_PEOPLE } from './served-people';

/** Colleagues in some trades ("support the teachers", "the dispatchers"): not the served in a frame of serving. */
const COLLEAGUE_WORDS = new Set(['teacher', 'dispatcher']);
/** The people served, one word each: WordNet's family and the lexicon's own words for the served. */
const SERVED_FAMILY = [
  ...new Set([
    ...SERVED_PEOPLE_GENERATED,
    ...SERVED_PEOPLE.flatMap((half) => half.split('|')).filter((w) => !COLLEAGUE_WORDS.has(w)),
  ]),
];
/**
 * The family's plurals, as exact forms: a plural is the head of its noun phrase ("look after the patients"), where a
 * singular often only modifies the head ("look after the electronic patient record", "help with the customer
 * database"). A word listed as an exact form keeps its own forms.
 */
const SERVED_PLURALS = SERVED_FAMILY.filter((w) => !w.startsWith('=') || w.endsWith('s')).map((w) =>
  w.startsWith('=') ? w : /(?:s|x|ch|sh)$/.test(w) ? `=${w}es` : `=${w}s`,
);
/** Collective nouns whose members a singular served word before them names: "our biggest supporter groups". */
const GROUPS = '=group|=groups|=families|=community|=communities';
/** A singular that is its phrase's head because a quantifier over people comes before it: "greet every guest". */
const EACH = 'every|each';
/** The hire's acts of serving someone, each followed by its object (a particle joined with `_`). */
const SERVE = [
  'serve',
  'serving',
  'help',
  'assist',
  'look_after',
  'care_for',
  'take_care_of',
  'greet',
  'welcome',
  'advise',
  'guide',
  'listen_to',
  'reply_to',
  'respond_to',
];
/** The same acts told of the served, as a participle ("every guest greeted by you"). */
const SERVED_BY = [
  '=helped',
  '=served',
  '=assisted',
  '=greeted',
  '=welcomed',
  '=advised',
  '=guided',
  '=looked_after',
  '=cared_for',
  '=taken_care_of',
  '=kept_happy',
];
/** The company's own people, who are not the served: "support staff members", "the board members". */
const OWN_PEOPLE = 'staff|team|crew|board|committee|faculty|cast|band|family|council|panel';
/** What the served get, as the head of a nominal duty ("member experience", "tenant welfare"). */
const SERVICE_NOUNS = ['=experience', 'welfare', 'wellbeing', 'enquiries', 'queries', 'happiness'];

/** The phrases of the frame, for the customer focus lexicon (concepts.ts). */
export const SERVING_FRAMES: readonly string[] = [
  // "support staff members", "help the crew members load the van": the company's own people.
  ...framePhrases(`!${SERVE.slice(0, 8).join('|')}`, '*', OWN_PEOPLE, '=member|=members'),
  ...framePhrases(`!${SERVE.slice(8).join('|')}`, '*', OWN_PEOPLE, '=member|=members'),
  '!=members of * staff|team|crew|board|committee|faculty',
  // "find the decision that serves members best": a thing's relative clause; the serving is the thing's.
  ...framePhrases('!that|which ?', SERVE, '*', SERVED_PLURALS),
  // "We serve over 40,000 members", "we proudly help families": the company's market, told in its blurb.
  ...framePhrases("!we|=we’re|=we're ?", SERVE, '*', SERVED_FAMILY),
  // "Look after our members at the front desk", "Care for patients and their families".
  ...framePhrases(SERVE, '*', SERVED_PLURALS),
  // "look after our biggest supporter groups": a group of the served.
  ...framePhrases(SERVE, '*', SERVED_FAMILY, GROUPS),
  // "You're good with members": the trait of serving, told as being good with the served.
  ...framePhrases('good|great * with *', SERVED_PLURALS),
  // "Greet every guest by name".
  ...framePhrases(SERVE, '?', EACH, SERVED_FAMILY),
  // "Answer calls from tenants about repairs", "reply to every message from patrons".
  ...framePhrases('answer|answering|reply|replying|respond|responding ** from', SERVED_PLURALS),
  // "keep our members happy", "make the guests feel at home".
  ...framePhrases('keep|keeping|make|making *', SERVED_PLURALS, '? happy|welcome|welcomed|valued|=at_home'),
  // "put the customer first".
  ...framePhrases('put|putting *', SERVED_FAMILY, 'first'),
  // "Every guest greeted by you", "guests taken care of by you": told from the served; not "by our consultants".
  ...framePhrases(SERVED_FAMILY, '*', SERVED_BY, 'by the|our|their|its|his|her').map((p) => `!${p}`),
  ...framePhrases(SERVED_FAMILY, '*', SERVED_BY),
  // "member experience", "tenant welfare": what the served get, as a nominal duty.
  ...framePhrases(SERVED_FAMILY, SERVICE_NOUNS),
];
