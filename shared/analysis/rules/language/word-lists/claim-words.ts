// The claim rules' word lists (claims.ts): auxiliaries, the words of a task, a role, a verbless duty
// and the writer's work told in the third person. Matched as written (wordSet): most are function words, and the rest
// are listed in the forms the rules read.
import { wordSet } from './lemma-set';

/**
 * Adverbs that stand between a subject and its verb ("I also rewrote …", "we then shipped …"): the verb is read past
 * them.
 */
export const ADVERBS_BEFORE_VERB = wordSet('adverbs-before-verb', [
  'also',
  'then',
  'first',
  'finally',
  'eventually',
  'personally',
  'directly',
  'later',
  'soon',
  'quickly',
  'immediately',
  'ultimately',
  'still',
  'just',
  'only',
  'even',
  'never',
  'always',
  'often',
  'successfully',
  'actively',
  'proactively',
  'independently',
  'single-handedly',
  'together',
  'both',
  'all',
  'jointly',
  'instead',
  // "I now check …", "these days I …": a practice kept up to now (RUBRIC-NOTES "Reflection").
  'now',
  'nowadays',
  'sometimes',
]);

/**
 * Finite forms of "be": one just after a past form and its next word ("— returned items were …") makes the past form
 * part of a subject, not the writer's act.
 */
export const BE_FORMS = wordSet('be-forms', ['was', 'were', 'is', 'are']);

/** Words after an opening verb that start its object or a question, not a subject's head noun. */
export const NOT_NOUNS = wordSet('not-nouns', [
  'where',
  'what',
  'how',
  'why',
  'who',
  'when',
  'which',
  'whether',
  'that',
  'it',
  'this',
]);

/** "Responsible for …", "accountable for …", with the misspellings resumes carry: the writer's remit, a claim. */
export const RESPONSIBLE = wordSet('responsible-words', [
  'responsible',
  'accountable',
  'resposible',
  'responsable',
  'reponsible',
  'responsibe',
  'responisble',
]);

/** Verbs of intending before "to", as written: "we plan to open the API" tells a plan, not an act. */
export const INTENT_VERBS = wordSet('intent-verbs', [
  'plan',
  'plans',
  'intend',
  'intends',
  'aim',
  'aims',
  'hope',
  'expect',
  'want',
]);

/** Who a writer reports to: "Reported to the CTO" is an org-chart line, not an action. */
export const SUPERIORS = wordSet('superiors', [
  'cto',
  'ceo',
  'cfo',
  'coo',
  'cpo',
  'vp',
  'svp',
  'evp',
  'director',
  'head',
  'founder',
  'founders',
  'manager',
  'board',
  'president',
]);

/**
 * Determiners that open a noun phrase ("One client asked …", "the senior colleague …", "our lead …"): a subject, never
 * a name.
 */
export const OTHER_DETERMINERS = wordSet('other-person-determiners', [
  'a',
  'an',
  'the',
  'one',
  'another',
  'my',
  'our',
  'their',
  'his',
  'her',
  'some',
]);

/** Capitalized sentence starters that are not names ("What made it hard: …", "Everyone agreed"). */
export const NOT_NAMES = wordSet('not-names', [
  'what',
  'which',
  'who',
  'whose',
  'why',
  'how',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'everyone',
  'everybody',
  'everything',
  'nobody',
  'nothing',
  'something',
  'each',
  'every',
  'most',
  'many',
  'all',
  'both',
  'no',
  'none',
  'nor',
  'not',
  'team',
  'teams',
]);

/** Remit verbs too loose in the present to name the writer's remit ("Finance supports four regions"). */
export const PRESENT_REMIT_EXCLUDED = wordSet('present-remit-excluded', [
  'work',
  'serve',
  'cover',
  'staff',
  'support',
  'look',
]);

/**
 * Feelings told after "I was" or "I am", past forms that are no act: "I am excited by the chance to …" (a cover
 * letter's wish), "I was tired of leaving late", "I was worried the fix would not hold" (the writer's state).
 */
export const WRITER_FEELINGS = wordSet('writer-feelings', [
  'excited',
  'thrilled',
  'delighted',
  'pleased',
  'interested',
  'frustrated',
  'worried',
  'tired',
  'surprised',
  'concerned',
  'annoyed',
  'stressed',
  'scared',
  'disappointed',
  'embarrassed',
  'fascinated',
  'bored',
  'overwhelmed',
  'relieved',
  'shocked',
  'amazed',
  'impressed',
  'confused',
  'determined',
]);

/**
 * Words after "I was" or "we were" that tell an assignment or a state, not an act: "I was asked to …", "we were
 * supposed to …", "I was based in …".
 */
export const TASK_VERBS_AFTER_WAS = wordSet('task-verbs-after-was', [
  'asked',
  'tasked',
  'told',
  'expected',
  'supposed',
  'assigned',
  'meant',
  'required',
  'given',
  'born',
  'based',
  'going',
  'about',
  'able',
  'unable',
]);

/**
 * Copulas and linking verbs after "this" or "that": "this is …", "that's …", "this became …" describe; "this cut …" is
 * an effect of the work.
 */
export const LINKING_VERBS = wordSet('linking-verbs', [
  'is',
  'are',
  'was',
  'were',
  "it's",
  "that's",
  "there's",
  'be',
  'been',
  'becomes',
  'become',
  'remains',
  'seems',
]);

/**
 * Auxiliaries ("be", "have", "do" and the modals, finite): a sentence with none whose past form is followed by "with",
 * "in" … is a passive with no actor ("Configs cached with a 30-minute TTL").
 */
export const AUXILIARIES = wordSet('auxiliaries', [
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'should',
  'might',
  'must',
  "it's",
  "that's",
  "there's",
]);

/**
 * Verbless fragments that list duties are claims when they name an activity ("Code reviews and merge requests",
 * "Implementation of CI/CD pipelines") or an authorship ("Creator and maintainer of …").
 */
export const ACTIVITY_NOUNS = wordSet('activity-nouns', [
  'implementation',
  'architecture',
  'development',
  'design',
  'integration',
  'migration',
  'upgrade',
  'upgrades',
  'creation',
  'testing',
  'reviews',
  'review',
  'work',
  'maintenance',
  'administration',
  'management',
  'leadership',
  'mentoring',
  'mentorship',
  'automation',
  'deployment',
  'optimization',
  'optimisation',
  'ownership',
  'delivery',
  'refactoring',
  'creator',
  'maintainer',
  'owner',
  'author',
  'co-author',
  'coauthor',
  'founder',
  'co-founder',
  'cofounder',
  'inventor',
  'co-inventor',
  'contributor',
  'organizer',
  'organiser',
  'builder',
  'instructor',
  'speaker',
  'panelist',
  'panellist',
  'presenter',
  'co-presenter',
  'moderator',
  'winner',
  'recipient',
]);

/**
 * The writer's own work referred to in the third person: "this tool", "the fix", "these tools". Exact forms: a plural
 * such as "these libraries" is as often what others use as the writer's work.
 */
export const OWN_WORK_NOUNS = wordSet('own-work-nouns', [
  'tool',
  'tools',
  'tooling',
  'application',
  'app',
  'system',
  'fix',
  'feature',
  'features',
  'platform',
  'change',
  'changes',
  'approach',
  'project',
  'prototype',
  'solution',
  'pipeline',
  'service',
  'script',
  'automation',
  'work',
  'design',
  'redesign',
  'migration',
  'proposal',
  'initiative',
  'process',
  'framework',
  'library',
  'model',
  'dashboard',
]);

/**
 * Words that open a leading adverbial up to its comma ("As part of the DevX team, …", "After deploy, …"): the main
 * clause starts after it, and such a word, capitalized, is no name.
 */
export const LEADING_ADVERBIALS = wordSet('leading-adverbials', [
  'as',
  'on',
  'in',
  'at',
  'after',
  'before',
  'outside',
  'with',
  'for',
  'during',
  'while',
  'rather',
  'once',
  'over',
  'by',
  'following',
  'within',
  'across',
  'since',
  'upon',
  'from',
  'throughout',
  'alongside',
  'between',
  'under',
  'besides',
  'despite',
  'instead',
  'working',
  'together',
  'one',
  'first',
  'then',
  'later',
  'eventually',
  'finally',
  'initially',
  'afterwards',
  'also',
  'next',
  'ultimately',
  'separately',
  'meanwhile',
  'additionally',
  'however',
  'so',
  'but',
  'and',
]);

/** Determiners before a task noun: "My task was to …", "Our goal is …". */
export const TASK_OPENERS = wordSet('task-openers', ['my', 'our', 'the']);

/** Nouns of an assignment or aim: "My task was to …", "Goal: …" state a goal, not a claim. */
export const TASK_NOUNS = wordSet('task-nouns', [
  'task',
  'goal',
  'job',
  'ask',
  'mission',
  'objective',
  'aim',
  'challenge',
  'assignment',
  'brief',
  'mandate',
  'role',
  'responsibility',
]);

/**
 * Prepositions that end a verbless line's head noun phrase: "Member of the architecture council" is read by its head
 * alone.
 */
export const HEAD_PHRASE_ENDS = wordSet('head-phrase-ends', [
  'of',
  'in',
  'for',
  'with',
  'on',
  'at',
  'to',
  'from',
  'across',
  'within',
]);

/**
 * Words after a past form that make it a passive with no auxiliary ("configs cached with a TTL", "went live on
 * schedule"), not an act with an object.
 */
export const REDUCED_PASSIVE_NEXT = wordSet('reduced-passive-next', [
  'with',
  'in',
  'into',
  'using',
  'via',
  'for',
  'on',
  'at',
  'from',
  'through',
  'behind',
  'inside',
  'per',
]);

/** Words that make a role the writer's own part in the work: "Sole maintainer of …", "Key decision maker in …". */
export const ROLE_QUALIFIERS = wordSet('role-qualifiers', [
  'sole',
  'key',
  'primary',
  'main',
  'lead',
  'principal',
  'driving',
  'core',
]);

/**
 * Prepositions between such a role and the work it was over: "Primary point of contact for …", "Driving force behind
 * …".
 */
export const ROLE_PREPOSITIONS = wordSet('role-prepositions', ['for', 'of', 'in', 'on', 'behind', 'to']);

/** Past forms that start no act after a break: "based in Leeds", "born in Lagos", "had two releases". */
export const NO_ACT_PAST = wordSet('no-act-past', [
  'had',
  'did',
  'been',
  'was',
  'were',
  'based',
  'born',
  'given',
  'located',
  'promoted',
]);

/** Words that open a following clause after a comma: "…, but the rest …", "…, though we …". */
export const FOLLOWING_CLAUSE_OPENERS = wordSet('following-clause-openers', [
  'but',
  'though',
  'although',
  'while',
  'whereas',
  'yet',
]);
