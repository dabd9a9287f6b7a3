// Claim detection: does the sentence assert something the writer (or their team) did, built, led,
// decided or achieved? Resume bullets ("Built …", "Responsible for …"), first-person actions
// ("I rewrote …", "we shipped …"), verbless results ("20% reduction in latency") and effects of the
// writer's work ("This tool cut …", "The team adopted it") are claims. Context ("The company
// sells …"), states and beliefs ("I was on call", "I assumed …"), job titles, goals ("My task was
// to …") and lessons ("Shipping early beats shipping perfect") are not.
import type { Token } from './language/tokenize';
import type { OutcomeCue } from './outcomes/outcomes';
import type { StorySection } from '../domain-types';
import {
  ACTIVITY_NOUNS,
  ADVERBS_BEFORE_VERB,
  AUXILIARIES,
  BE_FORMS,
  CREATION_VERBS,
  CREDENTIAL_STATES,
  FIRST_PERSON_SUBJECTS,
  FIRST_PERSON_WORDS,
  FOLLOWING_CLAUSE_OPENERS,
  GENERIC_OPENERS,
  HEAD_PHRASE_ENDS,
  INTENT_VERBS,
  LEADING_ADVERBIALS,
  LINKING_VERBS,
  MODAL_VERBS,
  NOT_NAMES,
  NOT_NOUNS,
  NO_ACT_PAST,
  OTHER_DETERMINERS,
  OTHER_PEOPLE,
  OWN_WORK_NOUNS,
  PRESENT_ACT_LEADS,
  REDUCED_PASSIVE_NEXT,
  REMIT_VERBS,
  RESPONSIBLE,
  ROLE_PREPOSITIONS,
  ROLE_QUALIFIERS,
  SUBORDINATORS,
  SUPERIORS,
  TASK_NOUNS,
  TASK_OPENERS,
  SWITCH_VERBS,
  TASK_VERBS_AFTER_WAS,
  WRITER_FEELINGS,
  VERB_NEGATORS,
  CLAUSE_COORDINATORS,
  clauseOpeners,
} from './language/lexicon';
import {
  ACTION_BASE,
  AMBIGUOUS_PAST,
  IRREGULAR_PAST,
  MOVE_PLACES,
  SPEECH_PAST,
  STATIVE,
  VERB_PREFIXES,
  isGerund,
  isParticiple,
  isPastForm,
  movesAThing,
} from './language/verbs';
import { isCredentialLine, isFieldTitle, isListLabelLine, isTitleLine } from './lines/title-lines';
import { isStatusLine } from './lines/line-status';
import { postOfUnitAt } from './lines/post-of-unit-lines';
import { numberWordValue } from './quantity/number-words';
import { TENURE_UNITS } from './language/lexicon';
import { isSkillList } from './lines/skill-lists';
import { isPresentActVerb, isSelfDescription } from './voices/present-acts';
import { openerLength, predicateStart } from './lines/predicate-start';
import { pastFormsInNames } from './language/name-past-forms';
import { isNominalActLine } from './lines/nominal-act-lines';
import { isCountLedDone, isDoneWithoutAgent } from './voices/done-without-agent';
import { ACTING_SUBJECTS, PARTY, inParty } from './voices/party-kinds';
import { verbAfterSubject } from './voices/clause-actors';
import { isBareWorkVerbAt, lineLeadAct, negatedWorkActAt, writerAct } from './voices/writer-acts';
import { isSpentTenure } from './figures/spent-tenure';
import { isRankedRoleLine } from './lines/ranked-role-lines';
import { lemmaSet } from './language/word-lists/lemma-set';
import { namedPersonActs } from './voices/third-person-lines';

const NO_NAMES: ReadonlySet<string> = new Set();

// The punctuation wordsOf keeps; the claim rules read the words without it.
const CLAUSE_PUNCTUATION = new Set([',', ':', ';', '(', ')', '—', '–', '-']);

/**
 * A clause mark of CLAUSE_PUNCTUATION. Every mark is one character: a longer word (nearly every word the
 * loops below read) needs no lookup.
 */
function isClausePunctuation(w: string): boolean {
  return w.length === 1 && CLAUSE_PUNCTUATION.has(w);
}

/** Does the main clause open with another person doing something ("One client asked for it")? */
function otherPersonActs(words: string[], s: number): boolean {
  let i = s;
  if (OTHER_DETERMINERS.has(words[i])) i++;
  // up to two modifiers: "the senior colleague", "a long-time enterprise client"
  if (i > s)
    for (let n = 0; n < 2 && i < words.length && !OTHER_PEOPLE.has(words[i]); n++) {
      if (isPastForm(words[i]) || IRREGULAR_PAST.has(words[i]) || AUXILIARIES.has(words[i])) return false;
      i++;
    }
  if (!OTHER_PEOPLE.has(words[i])) return false;
  if (i === s && !['he', 'she', 'they', 'someone', 'somebody'].includes(words[i])) {
    if (words[i] !== 'users' && words[i] !== 'customers' && words[i] !== 'clients' && words[i] !== 'stakeholders')
      return false;
  }
  let v = i + 1;
  while (v < words.length && words[v].endsWith('ly') && words[v].length > 4 && words[v] !== 'only') v++;
  const verb = words[v];
  if (verb === undefined) return false;
  return isPastForm(verb) || IRREGULAR_PAST.has(verb);
}
/** "built", "written", "deployed": a participle of a verb that creates the work. */
function isCreationParticiple(w: string | undefined): boolean {
  return w !== undefined && CREATION_VERBS.has(w) && (w.endsWith('ed') || w.endsWith('en') || IRREGULAR_PAST.has(w));
}

/** Whether the line tells what came of an act or sizes it: a metric, an effect, or a count ("14 new drivers"). */
function statesResult(input: ClaimInput): boolean {
  if (input.hasMetric || input.outcomes.some((o) => o.kind !== 'purpose')) return true;
  return input.tokens.some(
    (t) => (t.kind === 'number' && !/^(?:19|20)\d\d$/.test(t.text)) || numberWordValue(t.lower) !== undefined,
  );
}

/** The subject and the past or modal verb of a hypothetical rerun: "if I did it again", "if we had to do it again". */
const RERUN_SUBJECTS = new Set(['i', 'we']);
const RERUN_VERBS = new Set(['did', 'had', 'were', 'was', 'could', 'would']);

/** "if I did it again …", "if we had to run it again …": the writer imagining the story told over. */
function isHypotheticalRerun(words: readonly string[]): boolean {
  return (
    words[0] === 'if' &&
    RERUN_SUBJECTS.has(words[1]) &&
    RERUN_VERBS.has(words[2]) &&
    words.slice(3, 8).includes('again')
  );
}

/**
 * A reflection: "What I'd do differently …", "I should have involved QA earlier", "if I did it again I'd
 * …" (a hypothetical rerun). The claim reader and the headerless-story segmenter share it, so a lesson
 * is neither a claim nor the Result it follows. `words` are lower case.
 */
export function isReflection(words: readonly string[]): boolean {
  if (isHypotheticalRerun(words)) return true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (
      (words[i] === 'should' || words[i] === 'could' || words[i] === 'would' || words[i] === "shouldn't") &&
      words[i + 1] === 'have'
    )
      return true;
    if (
      words[i] === 'differently' ||
      (words[i] === 'next' && words[i + 1] === 'time') ||
      (words[i] === 'in' && words[i + 1] === 'hindsight')
    )
      return true;
  }
  return false;
}

export interface ClaimInput {
  tokens: Token[];
  /** The STAR section; undefined for a resume line or a story without headings. */
  section?: StorySection;
  hasMetric: boolean;
  /** The sentence opens with a metric quantity ("116 commits — …"). */
  startsWithMetric?: boolean;
  outcomes: OutcomeCue[];
  /** The writer speaks in the first person elsewhere in the field (SentenceContext.writerInField). */
  writerInField?: boolean;
}

/** Word tokens, with hyphenated verb prefixes joined ("Co-founded" → "co-founded"). */
function wordsOf(tokens: Token[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'symbol') {
      if (
        (t.text === '-' || t.text === '‑') &&
        words.length > 0 &&
        tokens[i - 1]?.end === t.start &&
        tokens[i + 1]?.start === t.end &&
        tokens[i + 1].kind === 'word'
      ) {
        const left = words[words.length - 1];
        const right = tokens[i + 1].lower;
        const verbCompound = FIRST_PERSON_SUBJECTS.has(words[words.length - 2] ?? '') && isPastForm(right); // "I lazy-loaded it"
        // "Fine-tuned a 13B model", "fine-tuning BERT": the ML verb written with a hyphen.
        const fineTuned = left === 'fine' && /^tun(e|ed|es|ing)$/.test(right);
        if (VERB_PREFIXES.has(left) || ACTIVITY_NOUNS.has(`${left}-${right}`) || verbCompound || fineTuned) {
          words[words.length - 1] = `${left}-${tokens[i + 1].lower}`;
          i++;
        } else {
          words.push('-');
        }
      } else if (
        t.text === ':' ||
        t.text === ';' ||
        t.text === ',' ||
        t.text === '—' ||
        t.text === '–' ||
        t.text === '(' ||
        t.text === ')'
      ) {
        words.push(t.text);
      }
      continue;
    }
    words.push(t.lower);
  }
  return words;
}

// The last sentence's words: sentenceFacts asks isGoalStatement, detectClaim and isFirstPersonAction
// about the same tokens, and each would otherwise build them again. The arrays are never mutated.
let lastTokens: Token[] | undefined;
let lastAll: string[] = [];
let lastWords: string[] | undefined;
// isGoalStatement and detectClaim both ask whether the words state a task, detectClaim and
// isFirstPersonAction whether they reflect: answered once for the last sentence's words.
let lastTaskStatement: boolean | undefined;
let lastReflection: boolean | undefined;

/** wordsOf(tokens), built once per tokens array. */
function allWordsOf(tokens: Token[]): string[] {
  if (tokens !== lastTokens) {
    lastAll = wordsOf(tokens);
    lastWords = undefined;
    lastTaskStatement = undefined;
    lastReflection = undefined;
    lastTokens = tokens;
  }
  return lastAll;
}

/** isTaskStatement, remembered for the last sentence's plain words. */
function taskStatementOf(words: string[]): boolean {
  return words === lastWords ? (lastTaskStatement ??= isTaskStatement(words)) : isTaskStatement(words);
}

/** isReflection, remembered for the last sentence's plain words. */
function reflectionOf(words: string[]): boolean {
  return words === lastWords ? (lastReflection ??= isReflection(words)) : isReflection(words);
}

/** The words without clause punctuation, built once per tokens array. */
function plainWordsOf(tokens: Token[]): string[] {
  const all = allWordsOf(tokens);
  if (lastWords === undefined) {
    lastWords = [];
    for (const w of all) if (!isClausePunctuation(w)) lastWords.push(w);
  }
  return lastWords;
}

function isLesson(words: string[]): boolean {
  const first = words[0];
  if (
    (first === 'when' || first === 'if' || first === 'whenever') &&
    (words[1] === 'you' || words[1] === 'i' || words[1] === 'we')
  ) {
    // "When I join something new, find out …": generic advice when the main clause is an imperative or uses "you".
    const comma = words.indexOf(',');
    const main = comma >= 0 ? words[comma + 1] : undefined;
    if (
      main &&
      (ACTION_BASE.has(main) ||
        main === 'find' ||
        main === 'ask' ||
        main === 'write' ||
        main === 'do' ||
        main === "don't" ||
        main === 'you' ||
        main === 'always' ||
        main === 'never' ||
        main === 'the' ||
        main === 'it')
    )
      return true;
  }
  if (first === 'do' && words[1] === 'not') return true;
  if (first === "don't" || first === 'never' || first === 'always' || first === 'and')
    return words.includes('you') || words.includes('your') || first !== 'and';
  if (words.includes('you') || words.includes('your') || words.includes("you're")) return true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (
      (words[i] === 'is' || words[i] === 'are') &&
      (words[i + 1] === 'better' || words[i + 1] === 'worse' || words[i + 1] === 'defined')
    )
      return true;
    if (words[i] === 'beats' || words[i] === 'trumps' || words[i] === 'outweighs') return true;
    if (words[i] === 'itself' && (words[i + 1] === 'becomes' || words[i + 1] === 'is')) return true;
  }
  return false;
}

/** "My task was to …", "Target: cut cost by 15%": a goal, whose effects are not achieved yet. */
export function isGoalStatement(tokens: Token[]): boolean {
  const all = allWordsOf(tokens);
  if (all[1] === ':' && (TASK_NOUNS.has(all[0]) || all[0] === 'target' || all[0] === 'goals' || all[0] === 'targets'))
    return true;
  if (isPlannedValueLabel(all)) return true;
  return taskStatementOf(plainWordsOf(tokens));
}

/**
 * Participles that make a field's label a plan or an ask, not a thing done: "Requested funding:", "Proposed start
 * date:", "Estimated cost:", "Expected completion:". The value after the colon is what is asked for or foreseen.
 */
const PLANNED_LABEL_PARTICIPLES = lemmaSet('planned-label-participles', [
  'request',
  'propose',
  'plan',
  'estimate',
  'expect',
  'project',
  'forecast',
  'budget',
  'intend',
  'anticipate',
]);

/** The most words of a planned value's label after its participle: "Proposed start date". */
const MAX_PLANNED_LABEL_WORDS = 3;

/**
 * A field whose label is a participle of a plan or an ask before its noun ("Requested funding: €412,000 over 36
 * months", "Proposed start date: 1 March"): the line states a plan, as "Target: …" does, whatever its value. The
 * participle is read as the label's modifier only when a colon closes the label within a few words and no
 * determiner follows it ("Requested the funding: …" would be an act).
 */
function isPlannedValueLabel(all: readonly string[]): boolean {
  if (!all[0]?.endsWith('ed') || !PLANNED_LABEL_PARTICIPLES.has(all[0])) return false;
  const colon = all.indexOf(':');
  return (
    colon >= 2 &&
    colon <= MAX_PLANNED_LABEL_WORDS &&
    all.slice(1, colon).every((w) => /^[a-z]+$/.test(w) && w !== 'the')
  );
}

function isTaskStatement(words: string[]): boolean {
  // "My task was to …", "The goal was …", "I was asked to …", "I needed to …"
  if (TASK_OPENERS.has(words[0]) && TASK_NOUNS.has(words[1]) && (words[2] === 'was' || words[2] === 'is')) return true;
  if (TASK_OPENERS.has(words[0]) && TASK_NOUNS.has(words[2]) && (words[3] === 'was' || words[3] === 'is')) return true;
  // "Our goal for this year is …", "My task in the project was …": a time or a scope between the goal and its verb.
  if (TASK_OPENERS.has(words[0]) && TASK_NOUNS.has(words[1]) && GOAL_SCOPES.has(words[2])) {
    const be = words.slice(3, 7).findIndex((w) => w === 'was' || w === 'is');
    return be >= 0 && words.slice(3, 3 + be).every((w) => !isPastForm(w));
  }
  return false;
}

/** Prepositions that open a goal's time or scope: "Our goal for this year is …", "The aim in phase two was …". */
const GOAL_SCOPES = new Set(['for', 'in', 'this', 'of']);

/** Arriving in a role: "I joined as …", "I started as a junior analyst" (not "I started by reading …"). */
function joinsRole(v: string, next: string | undefined): boolean {
  if (v === 'joined' || v === 'join') return true;
  return v === 'started' && (next === 'as' || next === 'at' || next === 'there' || next === 'on');
}

/** A subject fused with its be-form: "I'm", "we're". */
const BE_CONTRACTED_SUBJECTS = new Set(["i'm", "we're"]);

/** A verb in the present simple after "I" ("I teach", "I run the desk"): a base form, neither past nor gerund. */
function isPresentHabit(v: string): boolean {
  return ACTION_BASE.has(v) ? !isPastForm(v) && !IRREGULAR_PAST.has(v) && !isGerund(v) : isBareWorkVerbAt([v], 0);
}

/** What firstPersonActs reads of a whole sentence, found once per words array (a long one has many "I"s). */
interface SentenceMarks {
  /** "now" or "nowadays" anywhere in the sentence. */
  now: boolean;
  /** The index of the first "when", "if" … opener, or Infinity. */
  firstGeneric: number;
}
// The marks of the last words array read: the calls for one sentence read the same array, and a
// one-entry memo costs less than a WeakMap entry per sentence.
let markedWords: string[] | undefined;
let markedLength = -1;
let lastMarks: SentenceMarks = { now: false, firstGeneric: Infinity };

function marksOf(words: string[]): SentenceMarks {
  if (words === markedWords && words.length === markedLength) return lastMarks;
  let firstGeneric = Infinity;
  for (let k = 0; k < words.length; k++)
    if (GENERIC_OPENERS.has(words[k])) {
      firstGeneric = k;
      break;
    }
  lastMarks = { now: words.includes('now') || words.includes('nowadays'), firstGeneric };
  markedWords = words;
  markedLength = words.length;
  return lastMarks;
}

/**
 * The writer's perfect after the helper at `j` ("I have built …", "I have drawn up …", "I have since adapted
 * it …", "we had been running …"): an act when a participle of no state follows, read past a "since" of no
 * object (as before, any "been" but a saying's passive is the act). A request in the passive ("I have been told to redo …") is no act, nor
 * is a remit held with how long (tenure) or "had to" in a setting.
 */
function perfectActAt(words: string[], j: number, setting: boolean): 'action' | 'state' {
  // Only "since" is read past: "I had never used …" is negated, "I had just taken over …" sets a scene.
  let k = j + 1;
  if (words[k] === 'since' && isParticiple(words[k + 1] ?? '')) k++;
  const w = words[k];
  if (w === 'to') return setting ? 'state' : 'action'; // "I had to handle …"
  // "I had been teaching there for nine years": in a Situation, how long the writer had held the role.
  if (setting && w === 'been' && words[k + 1] !== undefined && isGerund(words[k + 1])) return 'state';
  // "I have taught maths there for six years", "we had been running the depot for a year": a remit
  // held, with how long, is tenure in any section (RUBRIC-NOTES "Headerless stories").
  if (heldRemitFor(words, k)) return 'state';
  // "I had assumed the alarms were too quiet": a belief in the perfect is a view, as "I assumed" is.
  if (w === undefined || STATIVE.has(w)) return 'state';
  // "I have been told to redo them": a request to the writer, told in the passive.
  if (w === 'been') return SPEECH_PAST.has(words[k + 1] ?? '') ? 'state' : 'action';
  // "I have built …", "I have drawn up …": a participle, regular or in "-en"/"-wn".
  return isPastForm(w) || /(?:en|wn)$/.test(w) ? 'action' : 'state';
}

/**
 * Does a first-person pronoun at `i` start an action clause? With `setting` (a Situation sets the scene),
 * what the writer had to do, and what the team ran, is the story's context, a state.
 */
function firstPersonActs(words: string[], i: number, setting = false): 'action' | 'state' | 'skip' {
  const before = words[i - 1];
  if (before && SUBORDINATORS.has(before)) return 'skip'; // "as we onboarded more partners" is context
  // "…, so we didn't lose the Easter slot": a negated clause after "so" tells what the act kept from
  // happening, a benefit; it is neither an act nor a state of the writer's that unasserts the sentence.
  if ((before === 'so' || (before === 'that' && words[i - 2] === 'so')) && negatedVerbAt(words, i + 1)) return 'skip';
  // "We did not ship the offline mode", "I never launched the app": a negated act of work (writer-acts.ts).
  if (negatedWorkActAt(words, i + 1) >= 0) return 'skip';
  const j = verbAfterSubject(words, i);
  const v = words[j];
  if (!v) return 'state';
  if (MODAL_VERBS.has(v)) return 'state';
  // "I'm currently working on a Rust rewrite", "we're rebuilding the booking flow": the be-form fused
  // with the subject, then an "-ing" verb, is the writer's act in progress. "I'm looking for a role" and
  // "I'm learning Go" describe the writer (present-acts.ts); "I'm a nurse" is left to the other readings.
  if (BE_CONTRACTED_SUBJECTS.has(words[i])) {
    if (RESPONSIBLE.has(v)) return 'action';
    if (setting && words[i] === "we're") return 'state';
    if (TASK_VERBS_AFTER_WAS.has(v) || !isGerund(v) || words[j + 1] === undefined) return 'skip'; // "I'm going to …"
    return isSelfDescription(words, j) ? 'skip' : 'action';
  }
  // "I'd bring finance in earlier", "I'd have cleared it": "'d" before a base form or "have" is
  // "would", a hypothetical (RUBRIC.md); before a past form it is "had" ("we'd shipped"), read below.
  if ((words[i] === "i'd" || words[i] === "we'd") && !isPastForm(v) && !IRREGULAR_PAST.has(v) && v !== 'been')
    return 'state';
  if (v === 'did' || v === 'do') {
    const k = VERB_NEGATORS.has(words[j + 1]) ? j + 2 : j + 1;
    const w = words[k];
    if (!w || STATIVE.has(w) || w === 'know' || w === 'understand') return 'state';
    return 'action';
  }
  if (v === 'was' || v === 'were' || v === 'am' || v === "'m") {
    const w = words[j + 1];
    if (!w) return 'state';
    if (RESPONSIBLE.has(w) || (w === 'in' && words[j + 2] === 'charge')) return 'action'; // "I was responsible for …"
    if (TASK_VERBS_AFTER_WAS.has(w) || WRITER_FEELINGS.has(w)) return 'state';
    // "we were running 40 services": in a Situation, what the team was running is the setting. The
    // writer's own "I was leading a project …" stays a claim: the corpus labels it one.
    if (setting && words[i] === 'we' && isGerund(w)) return 'state';
    // "I am learning Rust nowadays": the writer described, as "I'm learning Go" is above (present-acts.ts).
    if (v === 'am' && isSelfDescription(words, j + 1)) return 'skip';
    if (isGerund(w) || isPastForm(w) || IRREGULAR_PAST.has(w) || w.endsWith('en')) return 'action';
    return 'state';
  }
  // "I've since written them up …": the perfect fused with the subject, its participle read as after "have".
  const fusedPerfect = words[i] === "i've" || words[i] === "we've";
  if (fusedPerfect && (v === 'since' || (/(?:en|wn)$/.test(v) && v !== 'been')))
    return perfectActAt(words, j - 1, setting);
  if (v === 'had' || v === 'have' || v === 'has') return perfectActAt(words, j, setting);
  if (STATIVE.has(v)) return 'state';
  if (INTENT_VERBS.has(v) && words[j + 1] === 'to') return 'state'; // "we plan to open the API"
  // "We ran a marketplace of 50k sellers", "we supported the claims system": in a Situation, what the
  // team ran is the setting (RUBRIC-NOTES "Headerless stories"); a one-off act there is a claim. "I
  // owned …" stays the writer's claim: the corpus labels count the writer's own remit line as one.
  // The same remit told in the present ("We run the booking backend for 140 clinics") is the setting too.
  if (setting && words[i] === 'we' && (isRemitVerb(v, words[j + 1]) || isPresentRemitVerb(v, words[j + 1])))
    return 'state';
  // "I joined as the first data engineer", "I teach Year 6 at a village school": in a Situation, the
  // writer's arrival in a role or the job they hold (a present habit) is the scene, not an act of the
  // story (fresh-10, fresh-11 spent sets; ERROR-KINDS-S20-VAGUE kind 6). A past act stays a claim.
  // Only with a word of time or order before the verb ("Then I move …", "I now check …"): a bare "I
  // run the front desk" is the job the writer holds, a split the rubric leaves open (RUBRIC-NOTES).
  const presentAct =
    words[i] === 'i' &&
    (PRESENT_ACT_LEADS.has(before ?? '') || j > i + 1 || marksOf(words).now) &&
    marksOf(words).firstGeneric > i &&
    isPresentActVerb(v, words[j + 1]);
  if (setting && words[i] === 'i' && (joinsRole(v, words[j + 1]) || isPresentHabit(v) || presentAct)) return 'state';
  // "Before that I spent six years at a credit bureau": how long the writer held a post (spent-tenure.ts).
  if (isSpentTenure(words, j)) return 'state';
  if (isPastForm(v) || IRREGULAR_PAST.has(v) || ACTION_BASE.has(v) || (/s$/.test(v) && ACTION_BASE.has(v.slice(0, -1))))
    return 'action';
  // "I sign off their competencies", "I chair the forum": the writer's own verb of work, by its lemma
  // (writer-acts.ts). "We process 2,500 parcels a day" is what the team does, the setting, not read so.
  if (words[i] === 'i' && isBareWorkVerbAt(words, j) && words[j + 1] !== undefined) return 'action';
  // "After that I call each driver", "These days I check the list first": the writer's act told in
  // the present simple, whatever the verb (present-acts.ts).
  if (presentAct) return 'action';
  return 'state';
}

/** "didn't", "did not", "never", "wasn't": a negated verb at `j`. */
function negatedVerbAt(words: string[], j: number): boolean {
  const w = words[j];
  if (w === undefined) return false;
  if (w === 'never' || (w.endsWith("n't") && w !== "can't")) return true;
  return (w === 'did' || w === 'was' || w === 'were' || w === 'do') && VERB_NEGATORS.has(words[j + 1]);
}

/**
 * "I'd been there six weeks when I rewrote the intake form": a past perfect sets the time, and the
 * when-clause after it, not the main clause, tells the event. `i` is the pronoun after "when".
 */
function eventAfterPastPerfect(words: string[], i: number): boolean {
  if (words[i - 1] !== 'when' || i < 3) return false;
  for (let k = 0; k < i - 2; k++) {
    if (words[k] !== 'had' && words[k] !== "i'd" && words[k] !== "we'd") continue;
    let n = k + 1;
    while (n < i - 1 && ADVERBS_BEFORE_VERB.has(words[n])) n++;
    if (words[n] === 'been' || isPastForm(words[n])) return true;
  }
  return false;
}

/**
 * Is the word after the first word token `lead` written with a capital ("Staff Machine Learning Engineer",
 * "STAFF FRONTEND ENGINEER")? Then the line is a title, not a base-form act and its object.
 */
function capitalizedAfter(tokens: Token[], lead: string): boolean {
  const at = tokens.findIndex((t) => t.kind === 'word' && t.lower === lead);
  const next = tokens.slice(at + 1).find((t) => t.kind !== 'symbol');
  return at >= 0 && next !== undefined && /^[A-Z]/.test(next.text);
}

/**
 * Strip a leading adverbial ("As part of the DevX team, …", "After deploy, …") up to its comma, or a
 * leading conjunction ("But finding it took …": predicate-start.ts).
 */
function mainClauseStart(words: string[]): number {
  const first = words[0];
  if (first === undefined) return 0;
  if (first.endsWith('ly') && words[1] !== ',') return 0; // "Regularly read …" is not an adverbial clause
  if (!LEADING_ADVERBIALS.has(first) && !first.endsWith('ly')) return openerLength(words);
  const comma = words.indexOf(',');
  if (comma > 0 && comma <= 14) return comma + 1;
  return openerLength(words);
}

/** The index in the punctuation-free word list of the word at `index` in `all`. */
function wordIndexOf(all: string[], index: number): number {
  let n = 0;
  for (let i = 0; i < index && i < all.length; i++) if (!isClausePunctuation(all[i])) n++;
  return n;
}

/**
 * Whether the words hold a verb form we recognize as finite (past, auxiliary). `names` are past forms
 * inside a proper name ("Speaker, Embedded Online Conference"), no verb.
 */
/** Prepositions after which a past form before a noun is its adjective: "with refrigerated trucks". */
const ADJECTIVE_AFTER = new Set(['with', 'of', 'for', 'in', 'on', 'from', 'into']);

function hasFiniteVerb(words: string[], names: ReadonlySet<string> = NO_NAMES): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (AUXILIARIES.has(w)) return true;
    if (isPastForm(w) && !AMBIGUOUS_PAST.has(w) && words[i - 1] !== '-' && words[i + 1] !== '-' && !names.has(w)) {
      const prev = words[i - 1];
      // "the event-driven approach", "a tested feature": participles used as adjectives
      if (prev === 'a' || prev === 'an' || prev === 'the' || prev === 'fully' || prev === 'well') continue;
      // "… with refrigerated trucks", "… for trained volunteers": after a preposition and before its noun.
      if (ADJECTIVE_AFTER.has(prev) && /^[a-z]/.test(words[i + 1] ?? '') && !SUBORDINATORS.has(words[i + 1])) continue;
      return true;
    }
  }
  return false;
}

/**
 * A verbless role line that names the writer's part in some work: a qualifier, a role of up to three
 * words, then a preposition and what the role was over ("Primary point of contact for the bank's
 * team", "Driving force behind the move to streaming"). A bare title ("Lead Engineer") names no work.
 */
function isLeadingRole(words: string[]): boolean {
  if (!ROLE_QUALIFIERS.has(words[0])) return false;
  for (let i = 2; i <= 4 && i < words.length; i++) if (ROLE_PREPOSITIONS.has(words[i])) return words.length - i >= 3;
  return false;
}

/** "ran", "managed", "looked after": a verb that names a standing remit, not a one-off act. */
function isRemitVerb(verb: string, next: string | undefined): boolean {
  if (!isPastForm(verb) && !IRREGULAR_PAST.has(verb)) return false;
  const lemma = REMIT_VERBS.lemmaOf(verb);
  return lemma !== undefined && (lemma !== 'look' || next === 'after');
}

/** Words that join a further clause after a tenure's span: "… for a year and cut …". */
const CLAUSE_JOINERS = clauseOpeners('claim-clause-joiners', [CLAUSE_COORDINATORS, ['which', 'where']]);

/** Words a tenure's span may open with: "for six years", "for about a year", "for over two years". */
const SPAN_LEADS = new Set([
  'about',
  'around',
  'almost',
  'nearly',
  'over',
  'roughly',
  'a',
  'an',
  'the',
  'last',
  'past',
]);

/**
 * Whether the words from `k` hold a perfect remit verb ("taught", "been running", "managed") and then,
 * within ten words, "for" and a span of years or months that ends the sentence's last clause: how long the writer has held the remit.
 */
function heldRemitFor(words: string[], k: number): boolean {
  let v = k;
  if (words[v] === 'been') v++;
  const verb = words[v];
  if (verb === undefined || REMIT_VERBS.lemmaOf(verb) === undefined || REMIT_VERBS.lemmaOf(verb) === verb) return false;
  for (let f = v + 1; f < words.length && f <= v + 10; f++) {
    if (words[f] !== 'for') continue;
    let u = f + 1;
    while (u < words.length && SPAN_LEADS.has(words[u])) u++;
    if (numberWordValue(words[u]) !== undefined || /^\d+$/.test(words[u] ?? '')) u++;
    if (!TENURE_UNITS.has(words[u] ?? '')) return false;
    // "… for two months and cut costs by 10%": an act after the span is told of the remit, a claim.
    return words.slice(u + 1).every((w) => !CLAUSE_JOINERS.has(w) && !isPastForm(w) && !IRREGULAR_PAST.has(w));
  }
  return false;
}

/**
 * "run", "manage", "look after" in the present simple after "we": the remit the team holds now ("We run
 * the booking system for 90 gyms"), a standing state like "we ran …", with no change told.
 */
function isPresentRemitVerb(verb: string, next: string | undefined): boolean {
  return REMIT_VERBS.lemmaOf(verb) === verb && (verb !== 'look' || next === 'after');
}

/** Separators between a title and the work it names: "Event planner — organized …", "Shift lead: ran …". */
const TITLE_SEPARATORS = new Set(['—', '–', '-', ':']);

/**
 * A resume line that opens with a title of up to four words, a separator, then a past action verb
 * ("Event planner — organized conferences …", "Volunteer coordinator: recruited 50 helpers"): the clause
 * after the separator is the writer's act, as a verb-first bullet is.
 */
function actAfterTitle(all: string[]): boolean {
  for (let i = 1; i < all.length && i <= 4; i++) {
    if (!TITLE_SEPARATORS.has(all[i])) continue;
    for (let k = 0; k < i; k++)
      if (!/^[a-z][a-z.&/+-]*$/.test(all[k]) || FIRST_PERSON_SUBJECTS.has(all[k])) return false;
    const verb = all[i + 1];
    return (
      verb !== undefined &&
      isPastForm(verb) &&
      !AMBIGUOUS_PAST.has(verb) &&
      !STATIVE.has(verb) &&
      !CREDENTIAL_STATES.has(verb) &&
      verb !== 'was' &&
      verb !== 'were' &&
      all[i + 2] !== 'by'
    );
  }
  return false;
}

/**
 * "we were burning roughly $38k/month on idle GPU nodes", "we were doing ~4k writes/s at peak back then":
 * "we" and a past progressive tell what the team was doing when the story starts, the setting (RUBRIC-NOTES
 * "Headerless stories": pure setup is context), as a Situation reads it (firstPersonActs). Neither an act
 * nor a state of the writer's: the other readings decide. "I was leading …" stays the writer's claim.
 */
function teamWasDoing(words: string[], i: number): boolean {
  if (words[i] !== 'we' || words[i + 1] !== 'were') return false;
  const w = words[i + 2];
  if (w === undefined || !isGerund(w) || TASK_VERBS_AFTER_WAS.has(w)) return false;
  // "we were throwing away much less food": a smaller amount told is the change the work made, not the scene.
  return !words.slice(i + 3).some((x) => x === 'less' || x === 'fewer');
}

/**
 * "The governors signed off the sensor spend after I showed them the payback", "The vendor fixed the bug
 * after I sent them a reproducible case": what other people did once the writer had acted. The clause
 * after "after" or "once" tells the writer's act as done, and the main clause what others did as its
 * result: the writer's claim and an outcome (RUBRIC-NOTES "Agreement, approval and adoption"). The main
 * clause's subject is a person or a group of people; the writer's arrival ("after I joined") or a move
 * ("after we moved to Leeds") sets a time, no act. Returns the main clause's words as the effect's cue.
 */
export function othersActAfterWriter(tokens: Token[]): string | undefined {
  const words = plainWordsOf(tokens);
  const at = words.findIndex((w, k) => (w === 'after' || w === 'once') && FIRST_PERSON_SUBJECTS.has(words[k + 1]));
  if (at < 2) return undefined;
  let h = OTHER_DETERMINERS.has(words[0]) || words[0] === 'their' ? 1 : 0;
  while (h < at - 1 && h < 3 && !inParty(words[h], ACTING_SUBJECTS)) h++;
  const verb = words[h + 1];
  if (!inParty(words[h], ACTING_SUBJECTS) || inParty(words[h], PARTY.subjectPronouns) || verb === undefined)
    return undefined;
  if (!(isPastForm(verb) || IRREGULAR_PAST.has(verb)) || AUXILIARIES.has(verb) || STATIVE.has(verb)) return undefined;
  const i = at + 1;
  const j = verbAfterSubject(words, i);
  const v = words[j];
  if (v === undefined || !(isPastForm(v) || IRREGULAR_PAST.has(v)) || joinsRole(v, words[j + 1])) return undefined;
  if (STATIVE.has(v) || AMBIGUOUS_PAST.has(v) || MOVE_PLACES.has(words[j + 1] ?? '')) return undefined;
  if (firstPersonActs(words.slice(i), 0) !== 'action') return undefined;
  return words.slice(0, at).join(' ');
}

/**
 * "Continuing education: manual therapy, lymphatic drainage", "Driving licence: full, clean", "Operating
 * systems: Linux, macOS": a field label whose "-ing" word modifies the noun after it, then a colon and a
 * value with no verb. The line is a field, not an act (RUBRIC.md: skill lists and fields are no claims;
 * predicate-start.ts keeps such a label as the line's own words). A label of the "-ing" word alone
 * ("Mentoring: 2 juniors") names the writer's activity, and a value with a verb ("Training: delivered 12
 * workshops") tells an act. `k` is the gerund's index in the words with punctuation.
 */
function isGerundFieldLabel(all: string[], k: number): boolean {
  const colon = all.indexOf(':', k + 1);
  if (colon < k + 2 || colon > k + 3) return false;
  if (all.slice(k + 1, colon).some((w) => !/^[a-z][a-z-]*$/.test(w))) return false;
  return fieldValueOnly(all, colon);
}

/** After the label's colon at `colon`: a value with no finite verb and no first person ("Linux, macOS"). */
function fieldValueOnly(all: string[], colon: number): boolean {
  const value = all.slice(colon + 1).filter((w) => !isClausePunctuation(w));
  return value.length > 0 && !hasFiniteVerb(value) && !value.some((w) => FIRST_PERSON_WORDS.has(w));
}

/** Words that open a relative clause: "…, which only worked with …", "the ones that failed …". */
const RELATIVE_WORDS = new Set(['which', 'who', 'that', 'whose']);

/** Heads that open a sentence's subject rather than a title: "The old system — crashed nightly". */
const SUBJECT_OPENERS = new Set([...OTHER_DETERMINERS, ...NOT_NAMES, 'they', 'he', 'she']);

/**
 * Token indices of clause breaks a resume line puts before its act: ";", ":", "—", "–", or " - " with
 * spaces ("Nursing assistant on the stroke ward: turned and fed patients on nights").
 */
function clauseBreaks(tokens: Token[]): number[] {
  const breaks: number[] = [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (t.kind !== 'symbol') continue;
    // "Shift lead, trained 14 new hires": a comma too, the act after it checked as after the others.
    if (t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–' || t.text === ',') breaks.push(i);
    else if (t.text === '-' && tokens[i - 1].end < t.start && tokens[i + 1].start > t.end) breaks.push(i);
  }
  return breaks;
}

/**
 * A comma before the act ("Shift lead, trained 14 new hires") only where the line is a head and one act:
 * the line's one comma, a head of two words or more, a lower-case verb ("Volunteer, United Way" names a
 * body) and a clause after it, not a list item ("Google Classroom, Seesaw, differentiated instruction",
 * "Power BI, automated reporting": a participle before its noun).
 */
function actAfterComma(tokens: Token[], b: number, head: string[], clause: string[]): boolean {
  // "RN, led the sepsis audit": a one-word head is a post only where it is a status held (line-status.ts).
  if (clause.length < 3 || isGerund(clause[1])) return false;
  if (head.length < 2 && !isStatusLine(tokens.slice(0, b))) return false;
  if (tokens.some((t, i) => i !== b && t.text === ',')) return false;
  return tokens.slice(b + 1).some((t) => t.kind === 'word' && t.text === clause[0]);
}

/** Determiners that open an object after a verb: "led the audit", "cut our spend". */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'his', 'her', 'its', 'this', 'that']);

/**
 * A verbless head (a title, a tenure, a background), a clause break, then a past act: "12-year veteran
 * of regional logistics; led the switch …", "Shift lead - trained 14 new hires", "Volunteer treasurer
 * for the allotment society: moved subs to standing orders". The act is the
 * writer's, as a verb-first bullet's is. A credential ("licensed in …") or a place ("based in …") is
 * no act, nor is a participle followed by a preposition ("trained in CPR").
 */
function actAfterVerblessHead(tokens: Token[]): boolean {
  for (const b of clauseBreaks(tokens)) {
    const head = plainWordsOf(tokens.slice(0, b));
    // Heads only grow from one break to the next: past 12 words no later break can open a head.
    if (head.length > 12) break;
    if (head.length === 0 || hasFiniteVerb(head)) continue;
    if (SUBJECT_OPENERS.has(head[0]) || head.some((w) => FIRST_PERSON_WORDS.has(w))) continue;
    const tail = plainWordsOf(tokens.slice(b + 1));
    let k = 0;
    while (k < tail.length && (ADVERBS_BEFORE_VERB.has(tail[k]) || (tail[k].endsWith('ly') && tail[k].length > 4))) k++;
    const verb = tail[k];
    const next = tail[k + 1];
    if (verb === undefined || next === undefined) continue;
    if (tokens[b].text === ',' && !actAfterComma(tokens, b, head, tail.slice(k))) continue;
    if (!isPastForm(verb) && !IRREGULAR_PAST.has(verb)) continue;
    // "led", "cut", "set" are as often nouns ("LED", "a cut"); one written after the break before a determiner
    // of its object ("RN, led the sepsis audit") is the verb.
    if (AMBIGUOUS_PAST.has(verb) && !OBJECT_DETERMINERS.has(next)) continue;
    if (STATIVE.has(verb) || CREDENTIAL_STATES.has(verb) || NO_ACT_PAST.has(verb)) continue;
    // "moved subs collection online" is an act with its object; "moved to Leeds" a coming or going.
    if ((SPEECH_PAST.has(verb) && !movesAThing(verb, next)) || TASK_VERBS_AFTER_WAS.has(verb)) continue;
    if (next === 'by' || REDUCED_PASSIVE_NEXT.has(next) || next === 'as' || next === 'to') continue;
    if (verb === 'ran' && next === 'out') continue; // "— 0.3, ran out of time": what happened, no act
    if ([tail[k + 2], tail[k + 3]].some((x) => x !== undefined && BE_FORMS.has(x))) continue;
    return true;
  }
  return false;
}

/** Words that set a present act in the time since the story: "now", "nowadays", "these days", "since then". */
function inTimeSinceStory(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (w === 'now' || w === 'nowadays') return true;
    if (w === 'these' && next === 'days') return true;
    if (w === 'since' && (next === 'then' || next === 'that' || words[i - 1] === 'ever')) return true;
    if (w === 'from' && next === 'then' && words[i + 2] === 'on') return true;
  }
  return false;
}

/**
 * A practice the writer still follows: "Since then I check query plans before anything ships", "Now I
 * ask for the raw data first", "These days I pair on every migration". The writer's act told in the
 * present simple (present-acts.ts), in a sentence set in the time since the story. RUBRIC-NOTES
 * "Reflection": it is a claim, but it tells what the writer does now, not what came of the work, so a
 * story without headings reads it as its Reflection. A past act ("Since then we have had no outage",
 * "Now we shipped …") is not one, nor a hypothetical ("Now I'd ask …").
 */
export function isKeptPractice(tokens: Token[]): boolean {
  const words = plainWordsOf(tokens);
  if (!inTimeSinceStory(words) || reflectionOf(words)) return false;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'i' || firstPersonActs(words, i) !== 'action') continue;
    const j = verbAfterSubject(words, i);
    if (isPresentActVerb(words[j], words[j + 1])) return true;
  }
  return false;
}

/**
 * Does the sentence say what "I" or "we" did ("I rewrote …", "we shipped …")? With `setting` (a
 * Situation), "I had to …" and "we ran a marketplace …" set the scene: no act. "I was leading a
 * project …" stays the writer's claim there: the corpus labels it one (dev-claims-2 s02-01, s04-01).
 */
export function isFirstPersonAction(tokens: Token[], setting = false): boolean {
  const words = plainWordsOf(tokens);
  if (reflectionOf(words)) return false;
  return words.some((w, i) => FIRST_PERSON_SUBJECTS.has(w) && firstPersonActs(words, i, setting) === 'action');
}

/**
 * The index, in the punctuation-free word list, of the first word after the sentence's first clause
 * ends: a semicolon or a dash, or a comma before "but", "though" and the like. The word count when there
 * is none.
 */
function firstClauseBreak(all: string[]): number {
  let n = 0;
  for (let i = 0; i < all.length; i++) {
    const w = all[i];
    if (w === ';' || w === '—' || (w === ',' && FOLLOWING_CLAUSE_OPENERS.has(all[i + 1]))) return n;
    if (!isClausePunctuation(w)) n++;
  }
  return n;
}

/** The line's own clause: past its date, tag or label (predicate-start.ts) and any bullet marks. */
function lineClause(tokens: Token[]): Token[] {
  let i = predicateStart(tokens);
  while (tokens[i]?.kind === 'symbol') i++;
  return tokens.slice(i);
}

/** Whether the sentence asserts something the writer or their team did or achieved (see the top of this file). */
export function detectClaim(input: ClaimInput): boolean {
  const all = allWordsOf(input.tokens);
  const words = plainWordsOf(input.tokens);
  if (words.length === 0) return false;
  // "* Work", "EXPERIENCE", "Keyholder": a line of one word is a heading or a bare title; a past form
  // alone ("Promoted.") may still report the writer's act.
  if (words.length === 1 && !isPastForm(words[0]) && !IRREGULAR_PAST.has(words[0])) return false;
  if (taskStatementOf(words) || reflectionOf(words) || (all[1] === ':' && (all[0] === 'target' || all[0] === 'goal')))
    return false;
  if (isListLabelLine(input.tokens)) return false;
  // "Director of engineering, responsible for 4 teams": a title followed by its duties.
  const comma = all.indexOf(',');
  if (comma > 0 && comma <= 6 && RESPONSIBLE.has(all[comma + 1]) && all[comma + 2] === 'for') return true;

  // 0. The writer's act told with a joint subject ("me and Jonas did …", "Priya and me repaired …"), as a
  //    group's member ("Was part of the team that moved …") or a remit handed over ("Was tasked with the
  //    responsibility of …"), or a passive told verb first ("Was carried out the migration of …"):
  //    writer-acts.ts, the predicate the outcome readers ask too.
  const act = writerAct(words);
  if (act.kind === 'joint' || act.kind === 'member' || act.kind === 'remit-given' || act.kind === 'inverted-passive')
    return true;
  // 1. First-person actions anywhere: "I rewrote …", "…, so I coordinated …", "we did not adopt …".
  let statedAsState = false;
  const clauseBreak = firstClauseBreak(all);
  for (let i = 0; i < words.length; i++) {
    // "Four of us stayed late": a part of the writer's team as the subject.
    const partOfUs = words[i] === 'us' && words[i - 1] === 'of' && i <= 4;
    if (!FIRST_PERSON_SUBJECTS.has(words[i]) && !BE_CONTRACTED_SUBJECTS.has(words[i]) && !partOfUs) continue;
    // "we were burning $38k a month on idle nodes": with no section, what the team was doing sets the scene.
    if (input.section === undefined && teamWasDoing(words, i)) continue;
    const r = firstPersonActs(words, i);
    if (r === 'action') return true;
    if (r === 'skip' && eventAfterPastPerfect(words, i) && firstPersonActs(words.slice(i), 0) === 'action') return true;
    // "Moved 9 of the 12 dashboards; the other three needed a source we couldn't reach": a state told
    // in a clause after the first one leaves the verb-first clause before it the writer's act.
    if (r === 'state' && i < clauseBreak) statedAsState = true;
  }

  if (isLesson(words)) return false;
  // "To cut costs, the company froze hiring": a leading purpose clause is not the subject either.
  const mainStart = all[0] === 'to' && comma > 0 && comma <= 14 ? comma + 1 : mainClauseStart(all);
  const mainWords = all.slice(mainStart).filter((w) => w !== ',' && w !== ':' && w !== ';' && w !== '(' && w !== ')');
  // The same start counted in `words`: mainClauseStart needs the commas, which `words` has dropped.
  const s = wordIndexOf(all, mainClauseStart(all));
  // (In a Result, what happened next is a claim whoever the subject is: result-report.ts reads that.)
  // In a field where the writer says "I", a "he" or "she" is someone else: only what came of their act
  // (a result, a count) is read, as an outcome of the writer's work.
  // "Priya built the fraud scoring service", "He rebuilt the night rota": a resume, a case or a bio written in
  // the third person names its writer (read before another person's act, which a pronoun also opens).
  // "Forklift certified (counterbalance)" is a credential after a skill's name, not a named person's act.
  if (
    input.section === undefined &&
    namedPersonActs(input.tokens, words, input.writerInField === true && !statesResult(input)) &&
    !isCredentialLine(input.tokens)
  )
    return true;
  if (otherPersonActs(mainWords, 0) && !input.outcomes.some((o) => o.kind === 'adoption')) return false;
  // The writer's system as the subject of a stated result: "The platform achieved 99.9% uptime".
  {
    const d = words[s] === 'the' || words[s] === 'our' || words[s] === 'my' ? s + 1 : s;
    const v = words[d + 1];
    if (
      OWN_WORK_NOUNS.has(words[d]) &&
      v !== undefined &&
      !LINKING_VERBS.has(v) &&
      !AUXILIARIES.has(v) &&
      (isPastForm(v) || IRREGULAR_PAST.has(v)) &&
      words[d + 2] !== 'by' &&
      (input.hasMetric || input.outcomes.some((o) => o.kind !== 'purpose'))
    )
      return true;
  }

  // A result stated first: "116 commits — …", "3 apps topped the charts".
  if (input.startsWithMetric) return true;

  // "Lead Engineer, Payments", "Head of Data": a verbless title names no work, though its first word
  // may be a verb; only a measure or an effect stated beside it makes the line a claim.
  const finite = hasFiniteVerb(words, pastFormsInNames(input.tokens));
  // "Python, SQL, Tableau, stakeholder management": a bare list of tools and skills (skill-lists.ts).
  if (!finite && !input.hasMetric && input.outcomes.length === 0 && isSkillList(input.tokens)) return false;
  // "Office manager for a 40-person practice": a post and the one unit it belongs to names no work.
  if (!finite && input.section === undefined && postOfUnitAt(input.tokens) >= 0)
    return (input.hasMetric || input.outcomes.length > 0) && !statedAsState;
  if (input.section === undefined && !statedAsState && actAfterVerblessHead(input.tokens)) return true;
  // "Top biller, Q2 and Q3 2023": a placing before the post noun is a standing won, not a title.
  if (!finite && isTitleLine(input.tokens) && !isRankedRoleLine(words))
    return (input.hasMetric || input.outcomes.length > 0) && !statedAsState;
  // "Certified forklift operator": the participle is no verb; a credential names no work either.
  if (input.section === undefined && isCredentialLine(input.tokens))
    return (input.hasMetric || input.outcomes.length > 0) && !statedAsState;

  // 2. Resume-style openings: a verb first ("Built", "Co-founded", "Successfully migrated", "Lead …",
  //    "Building …"), possibly after a leading adverbial or a bracketed tag.
  const restAll = all.slice(mainClauseStart(all));
  let k = 0;
  while (
    k < restAll.length &&
    (restAll[k] === '(' ||
      restAll[k] === ')' ||
      restAll[k] === ',' ||
      restAll[k] === ':' ||
      restAll[k] === '-' ||
      restAll[k] === '—')
  )
    k++;
  while (k < restAll.length && restAll[k].endsWith('ly') && restAll[k].length > 4 && restAll[k] !== 'only') k++;
  const lead = restAll[k];
  const afterAdverbial = restAll.length !== all.length;
  if (lead !== undefined && !statedAsState) {
    // "As on-call engineer, restore the server …": an imperative after a role is a task, not a claim.
    if (afterAdverbial && ACTION_BASE.has(lead) && !isPastForm(lead)) return false;
    const after = restAll[k + 1];
    if (RESPONSIBLE.has(lead)) return true;
    // "Reported to the CTO", "Reporting to the CFO": whom the writer answered to is context.
    if (
      (lead === 'reported' || lead === 'reporting') &&
      after === 'to' &&
      restAll.slice(k + 2, k + 5).some((x) => SUPERIORS.has(x))
    )
      return false;
    // "Uploaded images were scanned …": a participle before a noun and its verb is the subject, not a verb.
    const participleSubject =
      after !== undefined &&
      !NOT_NOUNS.has(after) &&
      [restAll[k + 2], restAll[k + 3]].some((x) => x !== undefined && BE_FORMS.has(x));
    if (
      isPastForm(lead) &&
      !STATIVE.has(lead) &&
      negatedWorkActAt(restAll, k) < 0 &&
      !isSpentTenure(restAll, k) &&
      lead !== 'was' &&
      lead !== 'were' &&
      after !== 'by' &&
      !participleSubject
    )
      return true;
    if (ACTION_BASE.has(lead) && after !== 'is' && after !== 'was' && after !== "'s") return true;
    // "Make the sales dashboard for the board", "Build rota tool for …", "DONE move ci runners …": a verb's
    // base form and its object on a line with nothing before it (writer-acts.ts reads the verb by lemma).
    if (
      input.section === undefined &&
      !afterAdverbial &&
      lineLeadAct(restAll, k).kind === 'base-lead' &&
      !capitalizedAfter(input.tokens, lead)
    )
      return true;
    // "In charge of the pentest campaigns", "In charge for the night shift": a remit, as "Responsible for" is.
    if (lead === 'in' && after === 'charge' && (restAll[k + 2] === 'of' || restAll[k + 2] === 'for')) return true;
    // "Was responsible for payment gateway integration": the same remit with its be-form, subject dropped.
    if (
      input.section === undefined &&
      k === 0 &&
      lead === 'was' &&
      (RESPONSIBLE.has(after) || (after === 'in' && restAll[k + 2] === 'charge'))
    )
      return true;
    // "Look after a portfolio of 310 properties": a remit told with a base-form phrasal verb.
    if (input.section === undefined && lead === 'look' && after === 'after') return true;
    // "Currently learning Rust on weekends": a line about the writer, no act (present-acts.ts).
    if (!finite && isSelfDescription(restAll, k)) return false;
    if (
      isGerund(lead) &&
      after !== 'is' &&
      after !== 'was' &&
      !(k === 0 && (isFieldTitle(restAll, k) || isGerundFieldLabel(restAll, k)))
    )
      return true;
    if (lead === 'currently' || lead === 'also') return true;
  }
  // "Event planner — organized conferences of up to 800": a title, a dash, then what the writer did.
  if (input.section === undefined && actAfterTitle(all)) return true;
  // "Over 1,200 books sent to 30 countries": a count, its noun, a participle of work (done-without-agent.ts).
  if (input.section === undefined && !statedAsState && isCountLedDone(lineClause(input.tokens))) return true;

  // 3. Verbless fragments: a listed duty or an authorship, or a stated result.
  if (!finite) {
    // Only the head noun phrase counts: "Member of the architecture council" is a title.
    for (let i = 0; i < words.length && i < 5 && !HEAD_PHRASE_ENDS.has(words[i]); i++)
      if (ACTIVITY_NOUNS.has(words[i])) return true;
    if (isLeadingRole(words)) return true;
    // "Top biller, Q2 and Q3 2023": the writer's placing among peers (ranked-role-lines.ts).
    if (input.section === undefined && isRankedRoleLine(words)) return true;
    // "Realisation of a recommender for …": the act named by its noun (nominal-act-lines.ts).
    if (input.section === undefined && isNominalActLine(input.tokens)) return true;
    if (input.hasMetric || input.outcomes.length > 0) return !statedAsState;
    // "Ward 7 e-prescribing go-live: my project from the first meeting to switch-on": a label's thing told
    // as the writer's possessed work is the writer's act, with no verb as with one ("… was my project");
    // "my work" alone is the writer's trade ("most of my work comes from word of mouth").
    return input.tokens.some(
      (t, i) =>
        (t.text === ':' || t.text === '—') &&
        input.tokens[i + 1]?.lower === 'my' &&
        input.tokens[i + 2]?.lower !== 'work' &&
        OWN_WORK_NOUNS.has(input.tokens[i + 2]?.lower ?? ''),
    );
  }

  // 4. Third person. The writer's work as subject ("This tool …", "The fix …"), an unattributed
  //    creation ("Platform was created with …"), or an effect of the work ("The team adopted it").
  const w0 = words[s];
  const w1 = words[s + 1];
  const w2 = words[s + 2];
  if (
    (w0 === 'this' || w0 === 'these' || w0 === 'that') &&
    w1 &&
    !LINKING_VERBS.has(w1) &&
    (isPastForm(w1) || (OWN_WORK_NOUNS.has(w1) && w2 !== undefined && !LINKING_VERBS.has(w2)))
  )
    return true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (
      (words[i] === 'this' || words[i] === 'these' || words[i] === 'the' || words[i] === 'my' || words[i] === 'our') &&
      OWN_WORK_NOUNS.has(words[i + 1]) &&
      (words[i] !== 'the' || words[i + 1] === 'fix' || words[i + 1] === 'tool')
    ) {
      if (words[i] === 'the' && i !== s && words[i + 1] !== 'tool' && words[i + 1] !== 'fix') continue;
      if (words[i] === 'our' && i === s) continue;
      // "I was new to this project", "I was worried the fix would not hold": the writer's state names the work.
      return !statedAsState;
    }
  }
  // "Partner configurations cached with a 30-minute TTL": a passive with no auxiliary and no actor.
  if (!words.some((w) => AUXILIARIES.has(w))) {
    const v = words.findIndex((w, i) => i > 0 && isPastForm(w) && !IRREGULAR_PAST.has(w));
    // Only in the main clause: "… because students queued for the kit", "…, which only worked with a
    // full postcode" tell the scene in a subordinate or relative clause, not the writer's work.
    const clauseEnd = words.findIndex((w) => SUBORDINATORS.has(w) || RELATIVE_WORDS.has(w));
    // "Feature backfills moved to Spark 3.3": on a resume line, a switch told in the passive, its bare
    // noun first; "The team later moved to a different one" tells what others did.
    const switchedTo =
      input.section === undefined &&
      words[v + 1] === 'to' &&
      SWITCH_VERBS.lemmaOf(words[v]) !== undefined &&
      v >= 2 &&
      v <= 3 &&
      !SUBJECT_OPENERS.has(words[0]);
    // "Secrets moved out of repos", "Fraud model retrained monthly": a résumé line's work verb with no
    // preposition after it, its subject a thing (done-without-agent.ts).
    const doneWithoutAgent =
      input.section === undefined && v > 0 && !inParty(words[v - 1], ACTING_SUBJECTS) && isDoneWithoutAgent(words, v);
    if (
      v > 0 &&
      (clauseEnd < 0 || v < clauseEnd) &&
      (REDUCED_PASSIVE_NEXT.has(words[v + 1] ?? '') || switchedTo || doneWithoutAgent) &&
      !FIRST_PERSON_SUBJECTS.has(words[v - 1]) &&
      !BE_CONTRACTED_SUBJECTS.has(words[v - 1])
    )
      return true;
    // "The new portal went live on schedule": a launch told with "go live", like "The portal launched in March".
    const live = words.indexOf('live');
    if (live > 1 && words[live - 1] === 'went' && REDUCED_PASSIVE_NEXT.has(words[live + 1] ?? '')) return true;
  }
  for (let i = 0; i + 1 < words.length; i++) {
    if (
      (words[i] === 'was' || words[i] === 'were') &&
      isCreationParticiple(words[i + 1]) &&
      !words.slice(i + 2, i + 6).includes('by')
    )
      return true;
  }
  const presentDescription =
    (w1 !== undefined && (w1 === 'is' || w1 === 'are')) ||
    w0 === "it's" ||
    (w2 !== undefined && (w2 === 'is' || w2 === 'are'));
  const effects = input.outcomes.filter((o) => o.kind !== 'purpose' && o.kind !== 'benefit');
  if (effects.length > 0 && (!presentDescription || input.outcomes.some((o) => o.kind === 'state')))
    return !statedAsState || effects.some((o) => o.kind === 'adoption');
  return false;
}
