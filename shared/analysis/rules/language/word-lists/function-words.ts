// Function words rules read around a cue: copulas, negations, determiners, prepositions, clause marks.
import { wordSet } from './lemma-set';
import { FIRST_PERSON_WORDS } from './first-person-words';

/** Forms of "be" before a predicate: "is now automated", "was accepted". */
export const COPULAS = wordSet('copulas', ['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's", 'its']);
/** Negations after "so" that tell a problem will not recur: "so it wouldn't happen again". */
export const NEGATIONS = wordSet('negations', [
  "wouldn't",
  "won't",
  "couldn't",
  "didn't",
  "don't",
  "doesn't",
  'never',
  'not',
  'no',
]);
/** Determiners and possessives: after "now" they start a noun phrase, not a verb ("now our team …"). */
export const POSSESSIVE_LEADS = wordSet('possessive-leads', [
  'our',
  'my',
  'their',
  'his',
  'her',
  'its',
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
]);
/** Possessives before an improved thing that make it one's own artifact: "improved our onboarding doc". */
export const OWN_ARTIFACT_LEADS = wordSet('own-artifact-leads', ['our', 'my', 'his', 'her', 'their', 'its']);
/** Words before "increasing" that make it a problem: "experiencing increasing latency". */
export const PROBLEM_LEADS = wordSet('problem-leads', [
  'experiencing',
  'facing',
  'seeing',
  'saw',
  'suffering',
  'despite',
  'amid',
  'with',
  'had',
  'causing',
  'caused',
]);
/** Prepositions before "a popular …" that make it the context: "a plugin for a popular editor". */
export const CONTEXT_PREPOSITIONS = wordSet('context-prepositions', [
  'for',
  'of',
  'on',
  'in',
  'with',
  'to',
  'into',
  'at',
  'from',
  'about',
  'like',
]);
/**
 * Prepositions that open a post-modifier of a noun in a subject: "the waste of plants", "complaints
 * about cleanliness", "wait times in the clinic", "sick days among drivers". Not "to", "with" or "by",
 * which as often start the verb's own complement or a clause of means.
 */
export const POST_MODIFIER_PREPOSITIONS = wordSet('post-modifier-prepositions', [
  'of',
  'about',
  'in',
  'on',
  'for',
  'from',
  'at',
  'among',
  'across',
  'per',
]);
/** Pronouns that name people as an object: "made her part of the rota", "made him the go-to person". */
export const PERSON_PRONOUNS = wordSet('person-pronouns', ['him', 'her', 'them', 'you', 'us', 'me', 'everyone']);
/** Words before "from" that make it a range, not a change: "anywhere from 10,000 to 1,000,000". */
export const RANGE_LEADS = wordSet('range-leads', [
  'anywhere',
  'ranging',
  'ranges',
  'ranged',
  'varying',
  'varies',
  'varied',
  'vary',
]);
/** Marks that end a clause, for look-aheads that must stay inside one. */
export const CLAUSE_END_MARKS = wordSet('clause-end-marks', [',', ';', ':', '—', '–', '(', ')']);

/**
 * Negators of the verb after an auxiliary ("did not adopt", "was never used"): claims.ts reads the verb
 * past them. Narrower than NEGATIONS (no negated auxiliaries, no "no").
 */
export const VERB_NEGATORS = wordSet('verb-negators', ['not', "n't", 'never']);
/** Words that negate a state named next to them ("no longer manual", "not flaky"): present-state.ts. Adds "no", "nobody", "none" to VERB_NEGATORS. */
export const STATE_NEGATORS = wordSet('state-negators', ['not', "n't", 'never', 'no', 'nobody', 'none']);
/** Every modal verb, asserting or not ("will", "can", "must" too): after one, "I" states an ability or a plan, not an act (claims.ts). */
export const MODAL_VERBS = wordSet('modal-verbs', [
  'would',
  'will',
  'could',
  'should',
  'might',
  'may',
  'must',
  'can',
  "won't",
  "wouldn't",
  'shall',
]);
/**
 * Modals that open a clause whose figure nobody reached ("would have saved $100K"): sentence-facts.ts.
 * Narrower than HYPOTHETICAL_MODALS: not "may" (also a month), "will" or "must" (plans and duties a
 * result can still follow).
 */
export const UNREAL_MODALS = wordSet('unreal-modals', ['would', 'could', 'might', 'should']);

/** Modals that make a verbless-looking opening a hypothetical: "Clearer goals would have saved us a month". */
export const HYPOTHETICAL_MODALS = wordSet('hypothetical-modals', [
  'would',
  'could',
  'should',
  'might',
  'will',
  'may',
  'must',
]);
/**
 * Words after a verb whose past form is its base ("set", "put", "led") that make it a done act in a
 * subjectless note line: a particle or the start of an object ("set up …", "led the …", "met with …").
 */
export const DONE_ACT_FOLLOWERS = wordSet('done-act-followers', [
  'up',
  'down',
  'out',
  'together',
  'through',
  'back',
  'off',
  'over',
  'with',
  'the',
  'a',
  'an',
  'all',
  'every',
  'each',
  'my',
  'our',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'some',
]);
/** Verbs two or three words into a line that show its opening past form was an adjective ("missed doses are …"). */
export const SUBJECT_VERBS = wordSet('subject-verbs', ['is', 'are', 'was', 'were', 'has', 'have', 'now']);
/** Openers of a share of what was looked into: "most were …", "nearly all of them were …", "a lot of it was …". */
export const SHARE_OPENERS = wordSet('share-openers', [
  'most',
  'all',
  'nearly',
  'almost',
  'many',
  'half',
  'some',
  'none',
  'a',
]);
/** Words after a past copula that say where or how much of it a finding lies in: "was all on mobile", "were mostly stale". */
export const FINDING_PREDICATES = wordSet('finding-predicates', [
  'all',
  'mostly',
  'mainly',
  'almost',
  'nearly',
  'largely',
  'about',
  'in',
  'on',
  'at',
  'from',
  'due',
  'out',
]);
/** Bare subjects of a remark about the work in a Result: "It was a tough call", "That was hard". */
export const REMARK_PRONOUNS = wordSet('remark-pronouns', ['it', 'this', 'that']);
/** The work itself as a subject: "Most of the work was reading docs", "Half the job was deciding …". */
export const WORK_NOUNS = wordSet('work-nouns', ['work', 'job', 'effort', 'bit']);
/**
 * Words a wrapped line ends on when its sentence runs on to the next line ("… moved the" / "billing job"):
 * conjunctions, articles, prepositions, question words, auxiliaries and quantifiers. A line that ends on
 * one is never a note of its own (split-sentences.ts).
 */
export const LINE_RUN_ON_WORDS = wordSet('line-run-on-words', [
  'and',
  'or',
  'but',
  'nor',
  'the',
  'a',
  'an',
  'of',
  'to',
  'for',
  'with',
  'in',
  'on',
  'at',
  'by',
  'from',
  'into',
  'onto',
  'via',
  'that',
  'which',
  'who',
  'whose',
  'as',
  'than',
  'so',
  'because',
  'while',
  'when',
  'if',
  'its',
  'their',
  'our',
  'my',
  'his',
  'her',
  'your',
  'plus',
  'per',
  'about',
  'over',
  'under',
  'across',
  'between',
  'without',
  'what',
  'how',
  'where',
  'why',
  'whether',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'not',
  'each',
  'every',
  'all',
  'both',
  'some',
  'any',
  'more',
  'less',
  'very',
]);

/**
 * Words that make a line a clause, with a subject or a finite verb, so the claim rules read it and
 * duty-lines.ts does not take it for a verbless duty line ("On-call for the payments API"): the writer's
 * words, the finite forms of "be" (COPULAS with "am", without "being", no finite verb, and "its", a
 * possessive), of "have", every modal but "may" (also a month: "cover since May"), and "available" (a
 * line offering the writer: "Available for weekend cover").
 */
export const CLAUSE_WORDS = wordSet('clause-words', [
  ...FIRST_PERSON_WORDS,
  ...[...COPULAS].filter((w) => w !== 'being' && w !== 'its'),
  'am',
  'has',
  'have',
  'had',
  ...[...MODAL_VERBS].filter((w) => w !== 'may'),
  'available',
]);
/** Conjunctions that join a sentence to the one before and leave its clause whole: "But finding it took …". */
export const LEADING_CONJUNCTIONS = wordSet('leading-conjunctions', ['but', 'and', 'yet']);
