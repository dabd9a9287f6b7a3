// followUps: the questions an interviewer is likely to ask next, built from the story's own words —
// each one quotes the sentence or number it is about and says why it gets asked. Deterministic: the
// same story always gives the same questions in the same order.
import {
  CHOICE,
  choiceCue,
  reasonGiven,
  alternativesNamed,
  conflictCue,
  HELD_TO,
  LESSON_STATED,
  reflectionPlan,
  limitsNamed,
  MET_IN_TIME,
  NAMED_LIMIT,
  partnerHasStake,
  PREVENTION,
  failureCue,
  recurringFailure,
  launchCue,
  partnerName,
  ownTeamNamed,
  ownRoleNamed,
  teamSizeFact,
  weCue,
} from './follow-up-cues';
import { sentenceNumbers, sentenceOutcome, type NumberSpan } from './sentence-numbers';
import {
  attributable,
  CAUGHT_TOLD,
  CAUSE_SHOWN,
  causeCue,
  COMPARISON_TOLD,
  DATA_FLAW_TOLD,
  LABELLER_TOLD,
  dataCue,
  monitoringCue,
  FIRST_MISTAKE_TOLD,
  rampUpCue,
  tradeCue,
  difficultyCue,
} from './senior-probe-cues';
import { MAX_QUOTE_WORDS, quoteSpan, type Anchor, type Quote } from './quote';
import { isIncidentStory, setupNamesFailure } from './incident-context';
import { replacesFoundCause, switchCue } from './switch-choices';
import { reasonToldBefore } from './reasons-before';
import { stateAfterWork } from './result-states';
import {
  CLAUSE_OPENER_CORE,
  CONCESSIVE_SUBORDINATORS,
  EFFECT_VERBS,
  ENABLING_VERBS,
  GO_VERBS,
  MOVE_VERBS,
  clauseOpeners,
  wordAlternation,
} from '../rules/language/lexicon';
import { sentenceSignals } from './sentence-signals';
import { toldAfterLaunch } from './classes/after-launch';
import { storySentences, type StorySentence, type StoryText } from './story-sentences';

export interface FollowUp {
  question: string;
  /** Why an interviewer asks it, in one line. */
  why: string;
  /** The words the question is about. */
  anchor: Anchor;
  /** What the question probes (the project depth map files each question under a layer by it). */
  kind: FollowUpKind;
}

export const MAX_FOLLOW_UPS = 8;
export const MIN_FOLLOW_UPS = 5;

/** What a follow-up probes: a number, a decision, "we", a launch, a failure… */
export type FollowUpKind =
  | 'metric'
  | 'decision'
  | 'we'
  | 'launch'
  | 'conflict'
  | 'failure'
  | 'scale'
  | 'evidence'
  | 'constraint'
  | 'partner'
  | 'lesson'
  | 'attribution'
  | 'cause'
  | 'data'
  | 'monitoring'
  | 'tradeoff'
  | 'rampup'
  | 'difficulty';

// The order kinds are taken in: the probes interviewers use most come first.
const ORDER: FollowUpKind[] = [
  'metric',
  'decision',
  'we',
  'attribution',
  'launch',
  'failure',
  'cause',
  'conflict',
  'scale',
  'data',
  'monitoring',
  'tradeoff',
  'rampup',
  'evidence',
  'partner',
  'constraint',
  'lesson',
];

// Probes asked only to bring a short story up to five questions, each from the story's own words (what was tried
// first on the part the writer calls hardest). A story with five questions already has its main probes; these
// would crowd them out.
const FILL: FollowUpKind[] = ['difficulty'];

// An outcome word that a skeptical interviewer asks to see evidence for; an end to a problem ("no longer need a
// meeting", "releases stopped slipping") is one too.
const OUTCOME_WORD =
  /\b(?:improv\w*|increas\w*|reduc\w*|grew|boost\w*|decreas\w*|faster|better|higher|lower|fewer|more\s+\w+|eliminat\w*|enabl\w*|no\s+longer|stopped\s+\w+ing)\b/i;
// A sentence with the writer in it says its own part; "which part was yours" is for "we" alone.
// Case-sensitive: in notes typed in lower case the splitter may join "… webp. we also dropped …" into one
// sentence, and a lower-case "i" there would hide the "we" of the next.
const I = /\b(?:I|my|me)\b/;
// Asking a team for help: "worked with DevOps to …", "pinged the DBA team".
const HELP =
  /\b(?:worked\s+with|pinged|asked|paged|called|contacted|reached\s+out\s+to|looped\s+in|with\s+help\s+from)\b/i;
const ONCE = new Set<FollowUpKind>([
  'conflict',
  'failure',
  'launch',
  'lesson',
  'attribution',
  'cause',
  'monitoring',
  'tradeoff',
  'rampup',
  'difficulty',
]);

// A window of time the work was given, named in the setup: "all within about a week", "within two sprints".
const TIME_WINDOW =
  /\bwithin\s+(?:about\s+|roughly\s+|around\s+|just\s+|only\s+)?(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|sprints?|quarters?)\b/i;

// A deadline the writer was held to in the setup: "asked me to close the gap by the end of the spring term", "had to
// ship it before the audit", "needed it in time for the January renewals". Read where the checklist's constraint
// finder names none.
const SET_DEADLINE =
  /\b(?:asked|told|had|needed|required|expected|tasked|charged|given)\b[^.;:]{0,80}?\b((?:by\s+the\s+(?:end|start|close)\s+of|before|ahead\s+of|in\s+time\s+for)\s+(?:the\s+|our\s+|this\s+|next\s+)?(?:[A-Z0-9][\w'-]*|(?:spring|summer|autumn|fall|winter|next|end|year|month|week|quarter|term|semester|season|audit|launch|inspection|renewals?|deadline|holidays?)\b))/;

// Something the work had to leave as it was, set in the setup: "the fix had to keep the same file format for the bank",
// "needed to stay compatible with the old app", "was required to run on the existing servers".
// Only a thing kept unchanged or within a bound is a limit: "needed to keep the project moving" is a goal.
const KEPT_AS_IT_WAS =
  /\b(?:had|needed|was\s+required|were\s+required|must)\s+(?:to\s+)?(?:keep\s+(?:\w+\s+)?(?:the\s+)?(?:same|existing|old|current|original)|(?:stay|remain)\s+(?:under|within|below|inside|compatible|backwards?[-\s]compatible)|preserve|run\s+on\s+(?:the\s+|our\s+)?(?:same|existing|old|current)|fit\s+(?:in|on|into|within))\b/i;

function deadlineSet(text: string): { index: number; 0: string } | null {
  const m = SET_DEADLINE.exec(text) ?? KEPT_AS_IT_WAS.exec(text);
  if (!m) return null;
  // From the verb that set it, so the quote shows what was asked and by when.
  return { index: m.index, 0: m[0] };
}

// A window that says what is counted, not a limit: "tickets answered within a day", "users who churned within three
// months" (the event just before "within"), unless the writer was held to it ("had to", "asked to", "must").
const MEASURED_WINDOW =
  /\b(?:answered|resolved|closed|churned|replied|responded|returned|cancell?ed|renewed|converted|escalated|reopened|arrived|left|quit|dropped\s+out)\s+(?:\w+\s+)?$/i;
const HELD_BY = /\b(?:had\s+to|have\s+to|has\s+to|asked\s+to|must|needed\s+to|required|target|goal)\b/i;

// The words before a limit cue place it in the option a choice turned down: "… over a single earlier deadline",
// "… instead of a fixed budget", "… rather than a hard cut-off" (no clause break between).
const REJECTED_OPTION = /\b(?:over|instead\s+of|rather\s+than)\s+(?:[^\s,;:.—–(]+\s+){0,4}$/i;

// A span of time the data was drawn from, not a measured result: "retrained on the analysts' decisions from the last
// six months", "looked at tickets over the past two quarters".
const WINDOW_BEFORE = /\b(?:from|over|in|during|across|of)\s+the\s+(?:last|past|previous|prior)\s+$/i;
const PERIOD_UNIT = /^\S+\s+(?:days?|weeks?|months?|quarters?|years?|sprints?|terms?|semesters?)\b/i;
function dataWindow(text: string, n: NumberSpan): boolean {
  return !n.change && WINDOW_BEFORE.test(text.slice(0, n.start)) && PERIOD_UNIT.test(text.slice(n.start));
}

// A count the Result tells changing, in the number's own clause: "Pages fell to about 5 a week", "lost notes went
// from about ten a month to none", "cut duplicate orders to 3 a month". What the work moved, not the load a system
// carries: no "what broke as it grew". A change verb of the lexicon (a move, an effect, "went from/down/up") before
// the number in its clause, or "to none/zero" after it.
const CHANGE_AFTER = /^[^,;:.]*?\bto\s+(?:none|zero|nothing)\b/i;
function countChanged(text: string, n: NumberSpan): boolean {
  if (CHANGE_AFTER.test(text.slice(n.start))) return true;
  const clause =
    text
      .slice(0, n.start)
      .split(/[,;:.]/)
      .pop() ?? '';
  const words = clause.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.some(
    (w, k) =>
      MOVE_VERBS.has(w) || EFFECT_VERBS.has(w) || (GO_VERBS.has(w) && /^(?:from|down|up)$/.test(words[k + 1] ?? '')),
  );
}

// A measured change that quotes its value before: the baseline is in the quote.
const BASELINE_TOLD =
  /\bfrom\b.*\bto\b|→|->|\binstead\s+of\b|\b(?:down|up)\s+from\b|\b(?:was|previously|formerly)\s+[~≈$£€]?\d/i;

// The period a measured change is told over, before or after the figure: "fell by 40% the following quarter",
// "over the next eight weeks", "within six weeks of launch", "in the first two months", "during the sale".
const PERIOD_TOLD =
  /\b(?:over|in|within|during|across|for)\s+(?:the\s+|its\s+|their\s+)?(?:first|next|following|last|past|same|whole|entire)?\s*(?:\w+\s+)?(?:days?|weeks?|months?|quarters?|years?|sprints?|terms?|semesters?|seasons?)\b|\b(?:the|that|this)\s+(?:following|next|same)\s+(?:day|week|month|quarter|year|term|semester|season|sprint)\b|\b(?:that|this)\s+(?:quarter|year|term|semester|season)\b|\bduring\s+the\s+\w+|\b(?:since|after)\s+(?:the\s+)?(?:launch|rollout|go-live|release|switch|change)\b/i;

const OFFLINE_SET = /\b(?:held[-\s]out|hold[-\s]?out|test\s+set|offline|benchmark|eval(?:uation)?\s+set|backtest)/i;

// A period that opens the sentence: "In the first quarter after launch, churn fell by 8%".
const OPENING_PERIOD = /^\s*(?:in|over|within|during|after|since|by)\b[^,;]{0,40},/i;

// Whether the period of the change at `at` is told: after the figure, in its own clause ("fell by 40% the following
// quarter", "dropped to 8 a week within two months"), or opening the sentence. A period inside the measure's own
// name ("the share of clicks in their first week rose…") is what is counted, not when it changed.
function periodTold(text: string, at: number): boolean {
  const rest = text.slice(at).split(/[;—–(]|,\s+(?:and|but|while|which|whereas)\b/)[0];
  const opening = OPENING_PERIOD.exec(text);
  return PERIOD_TOLD.test(rest) || (opening !== null && opening[0].length <= at && PERIOD_TOLD.test(opening[0]));
}

// Where a clause ends; a comma or point inside a number ("1,200 tickets", "2.5 s") ends none.
const CLAUSE_BREAK = /(?<!\d)[,.]|[,.](?!\d)|[;:—–(\n]|\s-\s/;
const CUE_CLAUSE_BREAK = /(?<!\d),|,(?!\d)|[;:—–(]/g;

// A number with the words before it in the same clause, so the quote names what the number counts: the whole
// clause when it is up to sixteen words ("weekend sales in the pilot stores rose by 4%", not "the pilot stores
// rose by 4%"), from after a conjunction that opens a clause of its own inside it ("…and the nightly run time
// went from") or a verb that lets others do it ("allowed integrations to be completed in half the time"), else
// the last five words, reaching back over a prepositional phrase to the noun phrase it hangs on.
// What follows runs to the clause end: "cloud spend by 22% (~$180K annually)" reads as the claim.
const WHOLE_CLAUSE_WORDS = 16;
const LAST_WORDS = 5;
// Words after which a new clause starts inside a comma-less stretch; it must leave a subject and a verb (4 words).
// Not "before" or "until": the clause after them is the time frame of the claim ("cut the queue before the audit
// came round"), not a claim of its own; taking them in moves the quotes of follow-ups in the written stories.
const INNER_CLAUSE = new RegExp(
  `^${wordAlternation(clauseOpeners('inner-clause-openers', [CLAUSE_OPENER_CORE, ['whereas']], ['before', 'until']))}$`,
  'i',
);
const INNER_CLAUSE_WORDS = 4;
const PREPOSITION = /^(?:in|of|at|on|for|among|across|from|with|within|per|into|over|under|between|during)$/i;
function numberQuote(story: StoryText, s: StorySentence, n: NumberSpan): Quote | undefined {
  const before = s.text.slice(0, n.start);
  const clause = before.split(CLAUSE_BREAK).pop() ?? '';
  const words = [...clause.matchAll(/\S+/g)];
  const inner = words.findLastIndex(
    (w, j) =>
      j > 0 &&
      (INNER_CLAUSE.test(w[0]) || ENABLING_VERBS.has(w[0].toLowerCase())) &&
      words.length - j - 1 >= INNER_CLAUSE_WORDS,
  );
  let keep = inner >= 0 && words.length - inner - 1 <= WHOLE_CLAUSE_WORDS ? words.slice(inner + 1) : words;
  if (keep.length > WHOLE_CLAUSE_WORDS) {
    let from = keep.length - LAST_WORDS;
    // "…the share of clicks in the pilot stores rose by": not from inside "in the pilot stores".
    for (let reach = 0; reach < 2 && from >= 2 && PREPOSITION.test(keep[from - 1][0]); reach++) {
      const head = from - 2;
      const opener = keep.slice(Math.max(0, head - 3), head + 1).findLastIndex((w) => PHRASE_OPENER.test(w[0]));
      from = opener >= 0 ? Math.max(0, head - 3) + opener : head;
    }
    keep = keep.slice(from);
  }
  // Not from inside a quoted name: '"Where is my money" tickets fell', not 'my money" tickets fell'.
  const marks = (ws: RegExpExecArray[]) => ws.reduce((k, w) => k + (w[0].match(/["“”]/g)?.length ?? 0), 0);
  if (marks(keep) % 2 === 1) {
    const open = words.slice(0, words.length - keep.length).findLastIndex((w) => /^["“]/.test(w[0]));
    if (open >= 0) keep = words.slice(open);
  }
  // A clause that opens with a conjunction reads better without it: "p99 latency fell…", not "and p99…".
  while (keep.length > 1 && /^(?:and|but|so|which|while|then)$/i.test(keep[0][0])) keep = keep.slice(1);
  const from = keep.length > 0 ? n.start - clause.length + keep[0].index : n.start;
  // The quote reaches past the number: its words, and "to 20 seconds" after a "from".
  const maxWords = Math.max(MAX_QUOTE_WORDS, keep.length + 5);
  return withOpeningMark(story[s.section], quoteSpan(story[s.section], s.section, s.start + from, s.end, maxWords));
}

// A quote that starts on a quoted name keeps the name's opening mark, which quoteSpan leaves out as a lead mark.
function withOpeningMark(text: string, quote: Quote | undefined): Quote | undefined {
  if (!quote || (quote.text.match(/["“”]/g)?.length ?? 0) % 2 === 0) return quote;
  const mark = text[quote.anchor.start - 1];
  if (mark !== '"' && mark !== '“') return quote;
  return { text: `${mark}${quote.text}`, anchor: { ...quote.anchor, start: quote.anchor.start - 1 } };
}

function sentenceQuote(story: StoryText, s: StorySentence): Quote | undefined {
  return quoteSpan(story[s.section], s.section, s.start, s.end);
}

// Words that open a clause or a noun phrase: a quote that starts on one reads as the start of something.
const CLAUSE_OPENER = new RegExp(
  `^${wordAlternation(
    clauseOpeners('quote-clause-openers', [
      CLAUSE_OPENER_CORE,
      ['or', 'which', 'who', 'where', 'whereas'],
      CONCESSIVE_SUBORDINATORS,
    ]),
  )}$`,
  'i',
);
const PHRASE_OPENER = /^(?:the|a|an|our|my|their|his|her|its|this|these|those|every|each)$/i;
const CUE_REACH = 7;

// Where a quote of a long clause starts, as an index into the words before the cue: after the last conjunction
// within reach of the cue ("asked the risk analysts…", not "segment only and asked…"), else at the first
// noun phrase within reach ("the new booking system at our school handled…"), else five words before the cue.
function opening(lead: RegExpExecArray[]): number {
  const reach = lead.length - CUE_REACH;
  for (let j = lead.length - 1; j >= reach && j >= 0; j--)
    if (CLAUSE_OPENER.test(lead[j][0].replace(/[,;:]$/, ''))) return j;
  for (let j = Math.max(0, reach); j < lead.length; j++) if (PHRASE_OPENER.test(lead[j][0])) return j;
  return lead.length - 5;
}

// A cue with the words around it, for sentences whose opening is not the point: from the start of its
// clause, or from three words before the cue when the clause is too long for the quote to reach it.
function cueQuote(story: StoryText, s: StorySentence, at: number): Quote | undefined {
  let clauseStart = 0;
  for (const m of s.text.slice(0, at).matchAll(CUE_CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const lead = [...s.text.slice(clauseStart, at).matchAll(/\S+/g)];
  let skip = lead.length > 7 ? opening(lead) : 0;
  // Not from a conjunction: "convince the team…", not "and convince the team…".
  while (skip < lead.length && /^(?:and|but|so|or|while|then|which)$/i.test(lead[skip][0])) skip++;
  const from = skip < lead.length ? clauseStart + lead[skip].index : at;
  return quoteSpan(story[s.section], s.section, s.start + from, s.end);
}

// The limit a constraint names, with the words that say what it is: "within a quarter", "before Black Friday",
// "without adding to my marking", "by the end of Q3", "with no budget for new tools", "in under six weeks".
const LIMIT_PHRASE =
  /\b(?:within|before|without|ahead\s+of|in\s+time\s+for|no\s+(?:more\s+than|budget|extra|new|additional|spare)|at\s+most|by(?=\s+(?:the\s+)?(?:end|start|close|middle|time|[A-Z]|Q\d|year|month|week|spring|summer|autumn|fall|winter|next))|in\s+(?:under|less\s+than)\b)(?:\s+(?![,;:.—–(])[^\s,;:.—–(]+){1,5}/g;
const CONSTRAINT_QUOTE_WORDS = 12;

// A constraint's quote that stops before the limit it asks about ("I owned the model and was asked to halve the…")
// is re-cut to end on that limit: up to twelve words, from the start of its clause when that is within reach.
function constraintQuote(story: StoryText, s: StorySentence, at: number): Quote | undefined {
  const quote = cueQuote(story, s, at);
  if (!quote) return quote;
  const quoteEnd = quote.anchor.start - s.start + (quote.anchor.end - quote.anchor.start);
  const limit = [...s.text.matchAll(LIMIT_PHRASE)].find((m) => m.index >= at && m.index + m[0].length > quoteEnd);
  if (!limit) return quote;
  const end = limit.index + limit[0].length;
  let clauseStart = 0;
  for (const m of s.text.slice(0, limit.index).matchAll(CUE_CLAUSE_BREAK)) clauseStart = m.index + m[0].length;
  const lead = [...s.text.slice(clauseStart, end).matchAll(/\S+/g)];
  let from = Math.max(0, lead.length - CONSTRAINT_QUOTE_WORDS);
  // From a clause of its own when the window starts mid-way into the one before: "had to cut its cost…", not
  // "model and had to cut its cost…".
  const joint = lead.findIndex((w, j) => j >= from && j < lead.length - 3 && /^(?:and|but|so|while|then)$/i.test(w[0]));
  if (from > 0 && joint >= 0) from = joint + 1;
  return quoteSpan(
    story[s.section],
    s.section,
    s.start + clauseStart + lead[from].index,
    s.start + end,
    CONSTRAINT_QUOTE_WORDS,
  );
}

// This sentence or a later one (not a reflection) tells what happened after launch.
function afterLaunchFrom(sentences: StorySentence[], from: number): boolean {
  return sentences
    .slice(from)
    .some(
      (s) => s.section !== 'reflection' && (sentenceSignals(s.text).has('after-launch') || toldAfterLaunch(s.text)),
    );
}

interface Candidate {
  kind: FollowUpKind;
  quote: Quote;
  /** Decision: the sentence shows a trade-off (options weighed), so the question asks what made this one win. */
  weighed?: boolean;
  /** Decision: the sentence gives the reason for the choice, so the question asks what would have changed it. */
  reasoned?: boolean;
  /** Metric: the quote already names the value before ("from 80 ms to 35 ms"), so the baseline is not asked. */
  baselineTold?: boolean;
  /** Metric: the sentence tells the period of the change ("the following quarter"), so the period is not asked. */
  periodTold?: boolean;
  /** Metric: a level kept while something else changed ("latency stayed under 60 ms"): asked how it was watched. */
  guardrail?: boolean;
  /** Data: what the data was for, which decides what is asked about it. */
  use?: 'training' | 'evaluation';
  /** Metric: part of a measured change; placed before plain figures. */
  change?: boolean;
  /** The number the question is about (metric, scale), so one number is asked about once. */
  number?: string;
  /** The partner named (partner), so one team is asked about once. */
  partner?: string;
  /** What a scale figure counts ("services"), so one kind of load is asked about once. */
  counts?: string;
  /** The kinds of limit a constraint names ("staff", "time"), so one limit is asked about once. */
  limits?: string[];
  /** Asked only to bring a short story up to five questions (a choice told as a switch). */
  fill?: boolean;
}

function candidates(story: StoryText, sentences: StorySentence[]): Map<FollowUpKind, Candidate[]> {
  const byKind = new Map<FollowUpKind, Candidate[]>([...ORDER, ...FILL].map((k) => [k, []]));
  const add = (kind: FollowUpKind, quote: Quote | undefined, extra: Partial<Candidate> = {}) => {
    if (quote && quote.text.length >= 3) byKind.get(kind)!.push({ kind, quote, ...extra });
  };
  // A story that already says what it changed after a failure has answered "what changed afterwards".
  const prevented = PREVENTION.test(`${story.action}\n${story.result}\n${story.reflection}`);
  // In an incident (a live failure and its fix), deploying is the fix.
  const incident = isIncidentStory(sentences);
  // Where the setup names a failure, incident or not, a team asked to help with it brings no stake of its own.
  let asked: boolean | undefined;
  // A setup that names something failing ("the nightly export failed twice a week"): shipping the change is the fix.
  // Read only when an Action sentence ships something.
  let fixing: boolean | undefined;
  // A story that names its comparison (an A/B test, a control, side by side) has told how its result is attributed.
  const comparisonTold = COMPARISON_TOLD.test(sentences.map((s) => s.text).join('\n'));
  const isFixing = () =>
    (fixing ??=
      incident ||
      sentences.some((s) => (s.section === 'situation' || s.section === 'task') && failureCue(s.text) >= 0));
  for (const [i, s] of sentences.entries()) {
    const spoken = s.section !== 'reflection';
    const nums = sentenceNumbers(s.text, s.section === 'result');
    if (spoken && (s.section === 'result' || s.section === 'action'))
      for (const m of nums.metrics.filter((n) => !dataWindow(s.text, n)).slice(0, 1)) {
        const quote = numberQuote(story, s, m);
        // "Cycle times reduced by 40%", then "onboarding time cut by 40%": two measures, one figure.
        const number = m.change && quote ? `${m.text} ${quote.text.split(/\s+/, 3).join(' ')}` : m.text;
        add('metric', quote, {
          change: m.change || s.section === 'result',
          number,
          baselineTold: BASELINE_TOLD.test(quote?.text ?? ''),
          periodTold: m.change && periodTold(s.text, m.start),
          // Held on an offline set it is no level watched live: asked as any measure.
          guardrail: m.guardrail && !OFFLINE_SET.test(s.text),
        });
        // A change in an outcome other things move too: how do you know it came from the work?
        if (s.section === 'result' && m.change && !comparisonTold && attributable(s.text.slice(0, m.start)))
          add('attribution', quote);
      }
    if (spoken)
      for (const m of nums.scale.slice(0, 1))
        if (!(s.section === 'result' && countChanged(s.text, m)))
          add('scale', cueQuote(story, s, m.start), { number: m.text, counts: m.head });
    const signals = sentenceSignals(s.text);
    const conflict = conflictCue(s.text);
    // A choice is probed where the sentence names one; "I disagreed" alone is the conflict's question.
    const decision = signals.get('own-decision') ?? signals.get('trade-off');
    const choice = choiceCue(s.text);
    // A choice the checklist already counts as a trade-off (options weighed, one named) is asked what made it
    // win, not whether there were alternatives: the checklist and the question must not contradict each other.
    if (decision && spoken && choice) {
      // The reason told after the choice ("…, because …") or before it ("Because …, I chose", "So I chose").
      const reasoned = reasonGiven(s.text, choice.index) || reasonToldBefore(s.text, choice.index);
      add('decision', cueQuote(story, s, choice.index), {
        // With its reason given, a choice whose alternative the sentence names is asked what would have tipped it.
        weighed: signals.has('trade-off') || (reasoned && alternativesNamed(s.text)),
        reasoned,
      });
    }
    // A choice told as a switch, with no choice word ("switched the clinic from phone calls to text reminders",
    // "I moved to a config-based approach"): asked like any choice, but only to bring a short story up to five. Not
    // where the setup names something failing (the switch is then the fix, as shipping is), nor where the sentence
    // tells the trade it made (that is the trade-off's question).
    const switched =
      s.section === 'action' && !choice && !isFixing() && tradeCue(s.text) < 0 ? switchCue(s.text) : undefined;
    const previous = i > 0 && sentences[i - 1].section === s.section ? sentences[i - 1].text : undefined;
    if (switched && !replacesFoundCause(switched, previous))
      add('decision', cueQuote(story, s, switched.index), {
        weighed: switched.leftNamed,
        reasoned: reasonGiven(s.text, switched.index) || reasonToldBefore(s.text, switched.index),
        fill: true,
      });
    const we = weCue(s.text);
    if ((s.section === 'action' || s.section === 'result') && we >= 0 && !I.test(s.text))
      add('we', cueQuote(story, s, we));
    const launch = launchCue(s.text);
    // A story that goes on to say what happened after launch does not need the question.
    const fix = () => s.section === 'action' && isFixing();
    if (launch >= 0 && spoken && s.section !== 'situation' && !fix() && !afterLaunchFrom(sentences, i))
      add('launch', cueQuote(story, s, launch));
    if (conflict && spoken) add('conflict', cueQuote(story, s, conflict.index));
    const failure = failureCue(s.text);
    // A failure that kept happening, named in the setup ("the export failed twice a week"), is what the story's
    // work changed: the story is the answer to "what changed afterwards". One event (an outage) still gets it.
    const setupProblem = (s.section === 'situation' || s.section === 'task') && recurringFailure(s.text);
    if (failure >= 0 && spoken && !prevented && !setupProblem) add('failure', cueQuote(story, s, failure));
    // A cause the writer found, unless this sentence or the one either side says how it was pinned down.
    const cause = causeCue(s.text);
    const near = sentences.slice(Math.max(0, i - 1), i + 2).filter((n) => n.section === s.section);
    if (cause >= 0 && spoken && !near.some((n) => CAUSE_SHOWN.test(n.text))) add('cause', cueQuote(story, s, cause));
    // The data a model was trained or judged on, unless this sentence or one beside it says what was wrong with it.
    const data = s.section === 'action' || s.section === 'task' ? dataCue(s.text) : undefined;
    // The sentence before counts too: "found the training data had never seen slang", then "fine-tuned on 20,000 new
    // examples" is the fix of the flaw just told.
    if (data && !LABELLER_TOLD.test(s.text) && !near.some((n) => DATA_FLAW_TOLD.test(n.text)))
      add('data', cueQuote(story, s, data.index), { use: data.use });
    // Monitoring the writer set up, unless the story goes on to say what it caught.
    const watch = spoken && (s.section === 'action' || s.section === 'result') ? monitoringCue(s.text) : -1;
    if (watch >= 0 && !sentences.slice(i + 1).some((n) => CAUGHT_TOLD.test(n.text)))
      add('monitoring', cueQuote(story, s, watch));
    // A trade the writer accepted, where no choice is named (that is the decision's question), unless the next
    // sentence says how it held up.
    const trade = spoken ? tradeCue(s.text) : -1;
    if (trade >= 0 && !CHOICE.test(s.text)) add('tradeoff', cueQuote(story, s, trade));
    // Something the writer had never done, unless this sentence or the next tells the first mistake.
    const learning = spoken && s.section !== 'result' ? rampUpCue(s.text) : -1;
    if (learning >= 0 && !sentences.slice(i, i + 2).some((n) => FIRST_MISTAKE_TOLD.test(n.text)))
      add('rampup', cueQuote(story, s, learning));
    // The part the writer calls hardest, unless this sentence or the next two tell what was tried first.
    const hard = spoken && s.section !== 'result' ? difficultyCue(s.text) : -1;
    if (hard >= 0 && !sentences.slice(i, i + 3).some((n) => FIRST_MISTAKE_TOLD.test(n.text)))
      add('difficulty', cueQuote(story, s, hard));
    // An outcome told without a number, by an outcome word the claim analyzer reads as one, or as the state the
    // problem is in after the work ("late starts became rare", "complaints stopped", "no renewal has been missed since").
    if (
      s.section === 'result' &&
      nums.metrics.length === 0 &&
      ((OUTCOME_WORD.test(s.text) && sentenceOutcome(s.text).outcomeWithoutNumber) || stateAfterWork(s.text))
    )
      add('evidence', sentenceQuote(story, s));
    // A time window the task was set ("build an alpha prototype, all within about a week") is a limit too.
    const setup = s.section === 'task' || s.section === 'situation';
    const timeWindow = setup ? (TIME_WINDOW.exec(s.text) ?? deadlineSet(s.text)) : null;
    const constraint =
      signals.get('constraint') ??
      (timeWindow ? { start: timeWindow.index, end: timeWindow.index + timeWindow[0].length } : undefined);
    const heldTo =
      s.section === 'result'
        ? NAMED_LIMIT.test(s.text) && !MET_IN_TIME.test(s.text)
        : s.section !== 'action' || HELD_TO.test(s.text);
    // "Refund tickets answered within a day", "churned within three months": a window that defines a measure.
    const measuredWindow =
      constraint !== undefined &&
      /^(?:within|in)\b/i.test(s.text.slice(constraint.start)) &&
      MEASURED_WINDOW.test(s.text.slice(0, constraint.start)) &&
      !HELD_BY.test(s.text);
    // "I chose checkpoints over a single earlier deadline": the limit word names the option turned down.
    const optionTurnedDown =
      constraint !== undefined && choice !== undefined && REJECTED_OPTION.test(s.text.slice(0, constraint.start));
    // "I chose low beds … over one-to-one watching, given that we could not staff one-to-one": the limit given as the
    // reason of a choice whose alternative the sentence names says what it made the writer choose and what it left
    // out, which is what the probe asks, so it is answered (follow-ups RUBRIC.md). Without the alternative named ("I
    // chose the smaller model because we had to ship within two weeks") what was left out is still asked.
    const limitIsTheReason =
      constraint !== undefined &&
      choice !== undefined &&
      constraint.start > choice.index &&
      reasonGiven(s.text.slice(0, constraint.end), choice.index) &&
      /\b(?:over|instead\s+of|rather\s+than)\s/i.test(s.text.slice(choice.index, constraint.start));
    // A team's size stated as a fact is no limit the work had to respect.
    if (
      constraint &&
      !optionTurnedDown &&
      !limitIsTheReason &&
      spoken &&
      heldTo &&
      !measuredWindow &&
      !teamSizeFact(s.text.slice(constraint.start, constraint.end), s.text)
    )
      add('constraint', constraintQuote(story, s, constraint.start), { limits: limitsNamed(s.text) });
    const partner = signals.get('cross-functional');
    // "What did they need" asks about a partner with a stake, and not again where the conflict is asked.
    const helped = s.section === 'action' && HELP.test(s.text) && (asked ??= setupNamesFailure(sentences));
    if (
      partner &&
      spoken &&
      !conflict &&
      !helped &&
      partnerHasStake(s.text) &&
      !ownTeamNamed(s.text.slice(0, partner.start)) &&
      !ownRoleNamed(s.text, partner.start, partner.end)
    )
      add('partner', cueQuote(story, s, partner.start), { partner: partnerName(s.text) });
  }
  // The story's measured changes come first, wherever they are told.
  byKind.get('metric')!.sort((a, b) => Number(b.change) - Number(a.change));
  const title = story.title?.trim();
  // The closing probe names the story by its title and points at where it ends.
  const last = sentences.filter((s) => s.section === 'result').pop() ?? sentences[sentences.length - 1];
  // A story that ends on its lesson, or reflects on what it would do differently, has answered the probe.
  const lessonTold = (end: StorySentence) =>
    [end, ...sentences.filter((s) => s.section === 'reflection')].some(
      (s) => LESSON_STATED.test(s.text) || (s.section === 'reflection' && reflectionPlan(s.text)),
    );
  if (title && last && !lessonTold(last))
    add('lesson', { text: title, anchor: { section: last.section, start: last.start, end: last.end } });
  return byKind;
}

function ask(c: Candidate): Pick<FollowUp, 'question' | 'why'> {
  const q = `“${c.quote.text}”`;
  switch (c.kind) {
    case 'metric':
      return {
        question: c.guardrail
          ? `You say ${q}: how did you watch that while the change went out, and what level would have made you roll back?`
          : c.periodTold
            ? c.baselineTold
              ? `You say ${q}: how was that measured, and has it held since?`
              : `You say ${q}: how was that measured, and what was the baseline?`
            : c.baselineTold
              ? `You say ${q}: how was that measured, and over what period?`
              : `You say ${q}: how was that measured, what was the baseline, and over what period?`,
        why: 'Interviewers probe every number: how it was measured, compared with what, and for how long.',
      };
    case 'attribution':
      return {
        question: `You say ${q}: how do you know that came from your work and not from something else that changed at the same time?`,
        why: 'A result counts as yours once you can rule out the season, the market and other launches.',
      };
    case 'cause':
      return {
        question: `On ${q}: how did you confirm that was the cause, and what else did you rule out?`,
        why: 'A root cause is a claim too: interviewers ask what evidence pinned it down.',
      };
    case 'data':
      return c.use === 'evaluation'
        ? {
            question: `About ${q}: how did you choose what went into it, and how did you know it matched real use?`,
            why: 'An evaluation is only as good as its test set; interviewers ask how it was built.',
          }
        : {
            question: `About ${q}: where did the labels come from, and what was wrong with the data that you had to fix?`,
            why: 'In ML work the data is most of the story; interviewers probe its labels and flaws.',
          };
    case 'monitoring':
      return {
        question: `After ${q}, what did it catch first, and what did you change because of it?`,
        why: 'Monitoring you built invites the question of what it told you after launch.',
      };
    case 'tradeoff':
      return {
        question: `On ${q}: what did that trade cost you later, and would you make it again?`,
        why: 'A trade-off you name invites the question of what it cost once it was live.',
      };
    case 'rampup':
      return {
        question: `You say ${q}: what did you get wrong at first, and how did you find out?`,
        why: 'Learning fast is judged by how quickly you noticed your own mistakes.',
      };
    case 'difficulty':
      return {
        question: `On ${q}: what did you try first that did not work, and what did you change?`,
        why: 'The part you call hardest is where interviewers dig: what failed before what worked.',
      };
    case 'decision':
      // The sentence already says why it won: ask what would have tipped it and what it gave up.
      if (c.reasoned)
        return c.weighed
          ? {
              question: `On ${q}: what would have made you choose the other way, and what did this choice give up?`,
              why: 'You give the reason; interviewers test it with what would have changed it and what it cost.',
            }
          : {
              question: `On ${q}: what else did you consider, and what would have made you choose it instead?`,
              why: 'You give the reason; interviewers ask what it was weighed against.',
            };
      return c.weighed
        ? {
            question: `On ${q}: what made this one win over what you ruled out, and what would have changed your mind?`,
            why: 'Options weighed invite the reason this one won and what would have tipped it the other way.',
          }
        : {
            question: `On ${q}: what alternatives did you consider, and why did this one win?`,
            why: 'A senior answer names the options it turned down and the reason.',
          };
    case 'we':
      return {
        question: `${q}: which part of that was yours, and what did the others do?`,
        why: '"We" hides your part; the interviewer will ask what you did yourself.',
      };
    case 'launch':
      return {
        question: `After ${q}, what happened next: what did you watch, and what did you change?`,
        why: 'Ownership after launch is what interviewers look for in senior engineers.',
      };
    case 'failure':
      return {
        question: `About ${q}: what changed afterwards so it would not happen again?`,
        why: 'A problem in a story invites "what did you change?": the learning is the point.',
      };
    case 'conflict':
      return {
        question: `About ${q}: what was the other side's strongest argument, and what did you concede?`,
        why: 'Interviewers check that you understood the other view, not only that you won.',
      };
    case 'scale':
      return {
        question: `At ${q}, what broke first or had to be redesigned as it grew?`,
        why: 'A scale figure invites a system-design probe.',
      };
    case 'evidence':
      return {
        question: `You say ${q}: what evidence would you show that it happened?`,
        why: 'An outcome without a number will be questioned; know what backs it.',
      };
    case 'partner':
      return {
        question: `About ${q}: what did they need that you did not, and how did you settle it?`,
        why: 'Cross-team work is judged by how differing goals were resolved.',
      };
    case 'constraint':
      return {
        question: `How did ${q} shape what you built, and what did you leave out because of it?`,
        why: 'Constraints explain choices; interviewers ask what they cost you.',
      };
    case 'lesson':
      return {
        question: `Looking back on ${q}, what would you do differently now?`,
        why: 'A closing probe on judgment: what you learned and would change.',
      };
  }
}

/**
 * Five to eight follow-up questions an interviewer is likely to ask about this story (fewer when the
 * story is too short to ask more without generic filler). Each quotes the story; none repeats another.
 */
export function followUps(story: StoryText): FollowUp[] {
  const sentences = storySentences(story);
  const byKind = candidates(story, sentences);
  const out: FollowUp[] = [];
  const seenQuestions = new Set<string>();
  const seenQuotes = new Set<string>();
  const numbers = new Set<string>();
  const partners = new Set<string>();
  const counted = new Set<string>();
  const limits = new Set<string>();
  const take = (c: Candidate, filling = false) => {
    if (c.fill && !filling) return;
    const key = c.quote.text.toLowerCase();
    if (c.kind !== 'lesson' && seenQuotes.has(`${c.kind}:${key}`)) return;
    // One number is asked about once ("45 minutes → 4 minutes" after "took 45 minutes"); one team once.
    if (c.number && numbers.has(c.number)) return;
    if (c.partner && partners.has(c.partner)) return;
    // "120 services" then "80 services": what broke as it grew is one question about the services.
    if (c.counts && counted.has(c.counts)) return;
    // "no extra headcount", then "because we could not hire": the same limit, asked once.
    if (c.limits && c.limits.length > 0 && c.limits.every((l) => limits.has(l))) return;
    const { question, why } = ask(c);
    const norm = question.toLowerCase();
    if (seenQuestions.has(norm)) return;
    // One sentence anchors at most two questions, so the list covers the story, not one line of it. "How do you
    // know it was you" goes with the number's own question and takes no place of another.
    const sameAnchor = out.filter(
      (f) =>
        f.kind !== 'attribution' &&
        f.anchor.section === c.quote.anchor.section &&
        f.anchor.start === c.quote.anchor.start,
    ).length;
    if (c.kind !== 'attribution' && sameAnchor >= 2) return;
    seenQuestions.add(norm);
    seenQuotes.add(`${c.kind}:${key}`);
    if (c.number) numbers.add(c.number);
    if (c.partner) partners.add(c.partner);
    if (c.counts) counted.add(c.counts);
    for (const l of c.limits ?? []) limits.add(l);
    out.push({ question, why, anchor: c.quote.anchor, kind: c.kind });
  };
  // First pass: one question of each kind, in ORDER; then a second metric and further ones until full.
  for (const kind of ORDER) {
    if (out.length >= MAX_FOLLOW_UPS) break;
    for (const c of byKind.get(kind)!) {
      const before = out.length;
      take(c);
      if (out.length > before) break;
    }
  }
  // Later rounds: at most two of a kind (three numbers), so one habit of the story does not fill the list.
  // A story has one conflict, one failure, one launch: a second question on them asks the same thing.
  for (let round = 1; out.length < MAX_FOLLOW_UPS && round < 3; round++) {
    for (const kind of ORDER) {
      if (out.length >= MAX_FOLLOW_UPS) break;
      if (ONCE.has(kind) || (round >= 2 && kind !== 'metric')) continue;
      const taken = out.filter((f) => f.kind === kind).length;
      for (const c of byKind.get(kind)!) {
        if (out.filter((f) => f.kind === kind).length > taken) break;
        take(c);
      }
    }
  }
  // A short story: the fill probes, one of each kind, until it has five questions; then choices told as a switch.
  for (const kind of FILL) {
    if (out.length >= MIN_FOLLOW_UPS) break;
    for (const c of byKind.get(kind)!) {
      const before = out.length;
      take(c);
      if (out.length > before) break;
    }
  }
  for (const c of byKind.get('decision')!) {
    if (out.length >= MIN_FOLLOW_UPS) break;
    if (c.fill && !out.some((f) => f.kind === 'decision')) take(c, true);
  }
  return out;
}
