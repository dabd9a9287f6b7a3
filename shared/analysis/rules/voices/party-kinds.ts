// Who a word names: the writer, the writer's group, another party (people, a post, a team, a client, an outside
// body) or none of them, a thing. Every rule that asks whose act a clause tells reads a word's party here, so the
// lists of people (word-lists/party-words.ts, the posts and units of title-lines.ts, the writer's words) are
// joined in one place, and a rule that counts a narrower set of people names which lists it joins (the scopes
// below) instead of keeping its own union.
import {
  FIRST_PERSON_WORDS,
  NOT_OTHERS,
  OTHER_PEOPLE,
  PEOPLE_GROUPS,
  PERSON_PRONOUNS,
  REACTING_BODIES,
  SERVED_PEOPLE,
} from '../language/lexicon';
import { ROLE_NOUNS, TITLE_UNITS } from '../lines/title-lines';
import { factsOf } from '../language/word-facts';

/** What kind of party a subject is: the writer, the writer's group, another party, a thing, or none (a subjectless line). */
export type PartyKind = 'writer' | 'group' | 'other' | 'thing' | 'none';

/** The lists a word is in, one bit each: a rule asks for the union it reads with one mask. */
export const PARTY = {
  /** PEOPLE_GROUPS: the people of a workplace ("finance", "the nurses", "she"). */
  workplace: 1,
  /** SERVED_PEOPLE: the people a service serves ("guests", "patients"). */
  served: 2,
  /** OTHER_PEOPLE: colleagues, clients and firms whose act is context ("a colleague", "the vendor"). */
  others: 4,
  /** ROLE_NOUNS: posts ("the site manager", "consultant"). */
  posts: 8,
  /** REACTING_BODIES: outside bodies ("the press", "the governors"). */
  bodies: 16,
  /** TITLE_UNITS: the units a post is over ("team", "ward"). */
  units: 32,
  /** PERSON_PRONOUNS: pronouns of people as an object ("her", "them", "us"). */
  objectPronouns: 64,
  /** Pronouns and indefinites standing as a subject that acts ("he", "it", "someone", "nobody"). */
  subjectPronouns: 128,
  /** A plural of a person noun: a listed singular or an agent ending ("reviewers", "pharmacists"). */
  peoplePlural: 256,
  /** FIRST_PERSON_WORDS: the writer's words ("I", "my", "we", "our", "I've"). */
  writerWord: 512,
  /** NOT_OTHERS: words before a verb that make its subject not another party ("to", "had", "the"). */
  notOthers: 1024,
} as const;

/** The heads of another party as the subject or agent of a verb: a group, a post or an outside body (adoption and reaction rules). */
export const PARTY_HEADS = PARTY.workplace | PARTY.posts | PARTY.bodies;
/** Subjects that act themselves, so a past form after one is active: a pronoun, a person or a group of people (claims). */
export const ACTING_SUBJECTS =
  PARTY.subjectPronouns | PARTY.others | PARTY.workplace | PARTY.served | PARTY.units | PARTY.peoplePlural;
/** Words that name people anywhere in a clause, the writer and object pronouns too (practice-inclusion-outcomes). */
export const NAMED_PEOPLE = PARTY.workplace | PARTY.others | PARTY.objectPronouns | PARTY.writerWord;
/** Every list of other people: what makes a subject another party. */
const OTHER_PARTY =
  PARTY.workplace |
  PARTY.served |
  PARTY.others |
  PARTY.posts |
  PARTY.bodies |
  PARTY.units |
  PARTY.subjectPronouns |
  PARTY.peoplePlural;

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'someone', 'everyone', 'nobody']);
/** The writer alone, as against the writer's group ("we", "our team"). */
const WRITER_ALONE = new Set(['i', 'me', 'my', 'mine', 'myself', "i'd", "i've", "i'm", "i'll"]);
/** The writer's group: "we", "us", "our" and their forms. */
const WRITERS_GROUP = new Set(['we', 'us', 'our', 'ours', 'ourselves', "we've", "we'd", "we're", "we'll"]);
const AGENT_ENDING = /^[a-z]{3,}(?:er|or|ist|ian|ant|ent|ary|ee)$/;

/** A plural of a person noun: "colleagues", "reviewers", "pharmacists", "deputies". */
function isPeoplePlural(w: string): boolean {
  if (!w.endsWith('s') || w.endsWith('ss')) return false;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return OTHER_PEOPLE.has(singular) || ROLE_NOUNS.has(singular) || AGENT_ENDING.test(singular);
}

function partyBitsOf(lower: string): number {
  let bits = 0;
  if (PEOPLE_GROUPS.has(lower)) bits |= PARTY.workplace;
  if (SERVED_PEOPLE.has(lower)) bits |= PARTY.served;
  if (OTHER_PEOPLE.has(lower)) bits |= PARTY.others;
  if (ROLE_NOUNS.has(lower)) bits |= PARTY.posts;
  if (REACTING_BODIES.has(lower)) bits |= PARTY.bodies;
  if (TITLE_UNITS.has(lower)) bits |= PARTY.units;
  if (PERSON_PRONOUNS.has(lower)) bits |= PARTY.objectPronouns;
  if (SUBJECT_PRONOUNS.has(lower)) bits |= PARTY.subjectPronouns;
  if (isPeoplePlural(lower)) bits |= PARTY.peoplePlural;
  if (FIRST_PERSON_WORDS.has(lower)) bits |= PARTY.writerWord;
  if (NOT_OTHERS.has(lower)) bits |= PARTY.notOthers;
  return bits;
}

/** The party lists a lower-case word is in (PARTY bits), worked out once per word and kept in its facts. */
export function partyBits(lower: string): number {
  const facts = factsOf(lower);
  return (facts.party ??= partyBitsOf(lower));
}

/** Is the word in any of the lists of `mask` (PARTY bits or a named scope)? */
export function inParty(lower: string, mask: number): boolean {
  return (partyBits(lower) & mask) !== 0;
}

/** Is the word the head of another party: a listed group, a post ("consultants", "the site manager") or an outside body ("the press")? */
export function isPartyWord(lower: string): boolean {
  const bits = partyBits(lower);
  return (bits & PARTY.notOthers) === 0 && (bits & PARTY_HEADS) !== 0;
}

/**
 * The kind of party a subject's head word names: "I"/"my" the writer, "we"/"our" the writer's group, a
 * person, post, group or body another party, anything else a thing ("the system", "it").
 */
export function partyKindOf(lower: string): PartyKind {
  if (WRITER_ALONE.has(lower)) return 'writer';
  if (WRITERS_GROUP.has(lower)) return 'group';
  if (lower === 'it') return 'thing';
  return inParty(lower, OTHER_PARTY) ? 'other' : 'thing';
}
