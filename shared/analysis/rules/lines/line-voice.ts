// Whose words a line is, and in what mood (RUBRIC.md, clarifications: quoted speech, questions and
// hypotheticals are no claims; "what other people did (a colleague proposed …, the client asked …) is
// not"). A claim is the writer's own statement of something that happened, so a line carries none, nor a
// measure or an outcome, when
//   - its words are another speaker's: a chat line under someone else's name and a time stamp ("[09:14]
//     Marta: I moved the delivery run …"; which speaker of a text is the writer is decided over all its lines
//     by chat-voices.ts, and the analyzer reads the writer's own lines by their message alone), a quotation that holds the line with only a voice around it (a
//     label naming feedback or a reference, or "she said" / "the matron wrote"), or another person's
//     request to the writer (requests.ts);
//   - or no clause of it is realis: every clause with a verb is a modal hypothetical or future ("we would
//     open", "I'd put", "we will reduce", "could have finished"), a condition ("if we had more staff"), a
//     wish or a plan of the writer's ("I am wishing to improve", "we plan to"), or the line is a prompt to
//     the reader ("Describe a time you reduced costs …:").
// The reading is by structure (the speaker slot, the quote's extent, each clause's verb group), not by the
// line's topic, so one predicate serves every claim reader: the veto in claim-exceptions.ts.
import type { Token } from '../language/tokenize';
import { clauseWalk, readNextClause, type ClauseActor } from '../voices/clause-actors';
import { isOthersRequest } from '../voices/requests';
import { FIRST_PERSON_WORDS } from '../language/lexicon';
import { IRREGULAR_PAST, isPastForm } from '../language/verbs';
import { lemmaSet, wordSet } from '../language/word-lists/lemma-set';
import { holdsTrigger, mayBeTrigger, triggerWords } from '../language/trigger-words';
import { WEEKDAY_NAMES, isMonthWord } from '../language/word-lists/calendar-words';

/** Why a line is not the writer's claim: another speaker's words, or no realis clause. */
export type LineVoice = 'other-speaker' | 'irrealis';

/**
 * A chat log's stamp, read by its shape (digits, separators, brackets), never by an example: a clock time
 * ("09:14", "10.02", "4:40 PM", "16:40:12"), optionally after a date ("14/03", "14.03.", "2024-03-14",
 * "3/14/24") joined by a comma or a blank.
 */
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[aApP]\.?[mM]\.?)?`;
const DATE = String.raw`\d{1,4}[./-]\d{1,2}(?:[./-](?:\d{2}|\d{4}))?\.?`;
const STAMP = String.raw`(?:${DATE},?\s+)?${CLOCK}`;
/** A stamp in brackets: "[09:14]", "(14.03. 16:40)", "[14/03/24 16:40:12]". */
const BRACKETED = String.raw`[\[(]${STAMP}[\])]`;
/** A speaker's name: one or two capitalised words ("Marta", "Ricardo S.", "Priya Nair"). */
const NAME = String.raw`[A-Z][\p{Ll}'’-]+(?:\s[A-Z][\p{Ll}'’.-]*)?`;
/** A handle: "@marta", "@marta.k". */
const AT_HANDLE = String.raw`@[\p{L}\d][\p{L}\d._-]*`;
/**
 * A handle as a log prints it after its stamp or inside "<…>": "marta_k", "sam.k", "jo2". A plain lower-case
 * word after a stamp ("[09:00] handover: …") is a diary's entry: after a stamp the handle needs a mark of one.
 */
const HANDLE = String.raw`[\p{L}][\p{L}\d._-]*`;
const MARKED_HANDLE = String.raw`\p{Ll}+[\d._-][\p{L}\d._-]*`;
/** A role after the name: "(shift lead)". */
const ROLE = String.raw`(?:\([^()\n]{1,30}\)\s*)?`;
/** What may open a log's line: a dash, a bullet or a quote mark. */
const LEAD = String.raw`^\s*(?:[-–—*•>]\s*)?`;

/**
 * A chat line's prefix, up to the speaker, in each layout a log or an export prints (the speaker is the
 * first capture that matched):
 *   - a bracketed stamp, then the speaker and a colon: "[09:14] Marta:", "[14/03/2024, 16:40] Sam:", "[09:14]
 *     @marta.k:", "[09:14] marta_k:";
 *   - an export's date and time, a dash, the speaker and a colon: "14/03/2024, 16:40 - Priya:", "3/14/24,
 *     4:40 PM - Priya:" (a bare time and a word, "08:00 Handover: …", is a diary's entry, the writer's own: an
 *     unbracketed stamp must hold a date and a dash);
 *   - the speaker, a role, then the stamp and a colon: "Ricardo (shift lead) 10:02:", "Sam, 09:12:", "Sam
 *     [09:12]:", "Sam @ 09:12:", "— Sam (site lead), 2:14 PM:", "Sam (site lead) at 14:14:";
 *   - the speaker in angle brackets: "<marta> …", "[09:14] <marta> …".
 */
const CHAT_PREFIX = new RegExp(
  LEAD +
    String.raw`(?:${BRACKETED}\s*[-–—,]?\s*(${NAME}|${AT_HANDLE}|${MARKED_HANDLE})\s*${ROLE}[:>]` +
    String.raw`|${DATE},?\s+${CLOCK}\s*[-–—]\s*(${NAME}|${AT_HANDLE})\s*${ROLE}:` +
    String.raw`|(${NAME}|${AT_HANDLE})\s*${ROLE}(?:[,@]\s*|at\s+)?(?:[\[(]${STAMP}[\])]|${STAMP})\s*[:>]` +
    String.raw`|(?:${BRACKETED}\s*)?<(${HANDLE})>)\s*\S`,
  'u',
);

/**
 * Labels an export gives the writer's own messages: "Me:", "You:" (a messenger's export calls its owner
 * "You"), "I:". Their lines are the writer's account whatever the other speakers are called.
 */
const WRITER_NAMES = wordSet('voice-writer-names', ['me', 'i', 'myself', 'you']);

/** A chat line's speaker and where its message starts (chatLine). */
export interface ChatLine {
  /** The speaker as a key: the first word of the name or handle, lower case, no "@" ("priya", "marta_k"). */
  readonly speaker: string;
  /** The speaker is a label of the writer's own ("Me", "You"). */
  readonly writerLabel: boolean;
  /** The offset in the line where the message after the stamp and the speaker starts. */
  readonly bodyStart: number;
}

/**
 * The line as a chat log's line, or undefined: its speaker and where its message starts. A day or a month
 * where a speaker would stand ("Mon 14:00: fixed the pump", "March 3, 09:00: …") is a diary's date, no speaker.
 */
export function chatLine(line: string): ChatLine | undefined {
  const m = CHAT_PREFIX.exec(line);
  if (m === null) return undefined;
  const speaker = (m.slice(1).find((g) => g !== undefined) ?? '').replace(/^@/, '').split(/\s/)[0].toLowerCase();
  if (WEEKDAY_NAMES.has(speaker) || isMonthWord(speaker)) return undefined;
  // The prefix's match ends on the message's first character.
  return { speaker, writerLabel: WRITER_NAMES.has(speaker), bodyStart: m.index + m[0].length - 1 };
}

/**
 * Whose chat line is it, read alone: another speaker's (a name that is no label of the writer's), or not a
 * chat line. The analyzer decides a text's chat lines together first (chat-voices.ts) and reads the writer's
 * own by their message alone, so this is the reading of a sentence given with no text around it.
 */
function isOthersChatLine(text: string): boolean {
  const line = chatLine(text);
  return line !== undefined && !line.writerLabel;
}

/** Quotation marks, each with the mark that closes it. */
const QUOTE_PAIRS: readonly [string, string][] = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ["'", "'"],
];

/**
 * Verbs that give a quotation a voice: "she said", "the matron wrote", "as my manager put it", "Nominated by
 * my manager:". Matched by lemma, the irregular past forms listed.
 */
const VOICE_VERBS = lemmaSet('voice-verbs', [
  'say',
  'said',
  'write',
  'wrote',
  'written',
  'tell',
  'told',
  'put',
  'comment',
  'add',
  'note',
  'reply',
  'remark',
  'nominate',
  'praise',
  'describe',
]);

/** Nouns of someone's words around a quotation: "Customer feedback:", "from my reference", "Review from a client:". */
const VOICE_NOUNS = lemmaSet(
  'voice-nouns',
  [
    'feedback',
    'review',
    'reference',
    'testimonial',
    'endorsement',
    'quote',
    'word',
    'nomination',
    'citation',
    'comment',
  ],
  [],
  { nouns: true },
);

/** Verbs by which the writer only receives someone's words: "Peer feedback I received: …", "I was told: …". */
const RECEIVING_VERBS = lemmaSet('voice-receiving-verbs', [
  'receive',
  'get',
  'got',
  'hear',
  'heard',
  'be',
  'was',
  'were',
  'am',
  'have',
  'had',
]);

/** The writer as a subject, whose verb after it may be an act of their own. */
const WRITER_SUBJECTS = wordSet('voice-writer-subjects', ['i', 'we']);

/** The most letters a quotation may leave outside it: the voice's words, not a clause of the writer's own. */
const MAX_OUTSIDE_SHARE = 0.5;

/** The letters of a stretch of text. */
function letters(s: string): number {
  let n = 0;
  for (const c of s) if (/\p{L}/u.test(c)) n++;
  return n;
}

/** The first quotation in the line whose marks pair up: its inside and outside text, or undefined. */
function quotation(text: string): { inside: string; outside: string } | undefined {
  for (const [open, close] of QUOTE_PAIRS) {
    let from = text.indexOf(open);
    // A straight single quote is an apostrophe inside a word ("didn't"): only one after a blank or a colon opens.
    while (open === "'" && from > 0 && !/[\s:("]/.test(text[from - 1])) from = text.indexOf(open, from + 1);
    if (from < 0) continue;
    let to = text.lastIndexOf(close);
    if (open === "'") while (to > from && /\w/.test(text[to + 1] ?? '')) to = text.lastIndexOf(close, to - 1);
    if (to <= from) continue;
    return { inside: text.slice(from + 1, to), outside: text.slice(0, from) + ' ' + text.slice(to + 1) };
  }
  return undefined;
}

/** Words that show a quotation is speech, not a title: a pronoun of a speaker, a be-form or a past form. */
const SPEECH_WORDS = wordSet('voice-speech-words', [
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'is',
  'are',
  'was',
  'were',
  "i'm",
  "you're",
  "it's",
]);

/** Does the quoted text read as someone's speech (a clause), not a title or a name ("Feature flags at 2am")? */
function isSpeech(inside: string): boolean {
  for (const w of inside.toLowerCase().match(/[\p{L}'’]+/gu) ?? [])
    if (SPEECH_WORDS.has(w) || isPastForm(w) || IRREGULAR_PAST.has(w)) return true;
  return false;
}

/**
 * Whether the words outside a quotation only give it a voice: a voice word among them, and no act of the
 * writer's ("I rebuilt …"); the writer receiving the words ("Feedback I received") is no act.
 */
function onlyVoices(outside: string): boolean {
  const words = outside.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  if (!words.some((w) => VOICE_VERBS.has(w) || VOICE_NOUNS.has(w))) return false;
  for (let i = 0; i < words.length; i++) {
    if (!WRITER_SUBJECTS.has(words[i])) continue;
    const verb = words[i + 1];
    if (verb !== undefined && !RECEIVING_VERBS.has(verb)) return false;
  }
  return true;
}

/**
 * Is the line someone else's quoted words: a quotation that holds most of it and reads as speech, and
 * around it only who said it ("Customer feedback: “Fast, tidy, fixed the boiler first time.”", "“She
 * turned the ward around,” the matron wrote in my reference")?
 */
function isOthersQuotation(text: string): boolean {
  const q = quotation(text);
  if (q === undefined) return false;
  const inside = letters(q.inside);
  const outside = letters(q.outside);
  if (inside === 0 || outside > (inside + outside) * MAX_OUTSIDE_SHARE) return false;
  return isSpeech(q.inside) && onlyVoices(q.outside);
}

/** Modals of a hypothetical or a future: the clause tells what is not (yet) so. "Could" alone may be a past ability. */
const IRREALIS_MODALS = wordSet('voice-irrealis-modals', [
  'would',
  'will',
  'shall',
  'might',
  'should',
  "wouldn't",
  "won't",
  "shouldn't",
  'wouldnt',
  'wont',
]);

/** Modals that are hypothetical only before "have": "could have finished", "might have". */
const PERFECT_MODALS = wordSet('voice-perfect-modals', ['could', "couldn't", 'may']);

/** Pronouns fused with "would" or "will": "I'd", "we'll". */
const FUSED_MODAL = /^(?:i|we|you|he|she|they|it)['’](?:d|ll)$/;

/** Openers of a condition: the clause is what might be, not what was. */
const CONDITION_OPENERS = wordSet('voice-condition-openers', ['if', 'unless']);

/** Verbs of wishing and planning before "to": "I am wishing to improve", "we plan to open". */
const WISH_VERBS = lemmaSet('voice-wish-verbs', ['wish', 'hope', 'plan', 'intend', 'aim', 'want']);

/** Verbs of telling or believing whose clause after them may be hypothetical: "I said I'd get …", "I promised we would …". */
const REPORTING_VERBS = lemmaSet('voice-reporting-verbs', [
  'say',
  'said',
  'tell',
  'told',
  'promise',
  'think',
  'thought',
  'hope',
  'expect',
  'assume',
]);

/** Openers of a result or purpose after a clause: "…, so it can't drift again" follows the mood before it. */
const RESULT_OPENERS = wordSet('voice-result-openers', ['so']);

type ClauseMood = 'realis' | 'irrealis' | 'none';

/** A word that makes its clause hypothetical or future from where it stands. */
function isIrrealisWord(words: readonly Token[], k: number): boolean {
  const w = words[k].lower;
  if (IRREALIS_MODALS.has(w)) return true;
  // "we'd had four outages", "we'd escalated": a fused "had" before a past form that is no base form is
  // the past perfect; "I'd put", "I'd love" are "would".
  if (FUSED_MODAL.test(w)) return !(w.endsWith('d') && isPerfectParticiple(words[k + 1]?.lower ?? ''));
  return PERFECT_MODALS.has(w) && words[k + 1]?.lower === 'have';
}

/** Irregular participles no base form is spelled as: "we'd had", "I'd been", "they'd gone". */
const PERFECT_PARTICIPLES = wordSet('voice-perfect-participles', [
  'had',
  'been',
  'done',
  'gone',
  'seen',
  'taken',
  'given',
  'written',
  'known',
  'grown',
  'become',
  'broken',
  'chosen',
  'spoken',
  'forgotten',
  'fallen',
  'begun',
  'made',
  'left',
  'lost',
  'built',
  'brought',
  'bought',
  'kept',
  'found',
]);

/** A past participle that cannot be a base form: "had", "escalated", "been" (not "put", "set", "need"). */
function isPerfectParticiple(w: string): boolean {
  return PERFECT_PARTICIPLES.has(w) || (w.endsWith('ed') && isPastForm(w));
}

/** Modals of a result clause that may follow the mood before it: "…, so it can't drift again". */
const RESULT_MODALS = wordSet('voice-result-modals', ['can', "can't", 'cannot', 'could', "couldn't"]);

/** Words after which a new act of the writer's may stand inside one clause: "Not sure if this counts but I redid …". */
const COORDINATORS = wordSet('voice-coordinators', ['but', 'and', 'so', 'then']);

/** Words after "I" or "we" that are no act of their own: helpers and be-forms ("I am wishing to …", "if we had"). */
const NOT_PRESENT_ACTS = wordSet('voice-not-present-acts', [
  'am',
  'are',
  'was',
  'were',
  'do',
  'did',
  'have',
  'had',
  'can',
  'could',
  'may',
  'must',
  'just',
  'really',
  'still',
]);

/**
 * Is the word at `k` the writer as a subject with an act after it ("I also redid", "we went", "I rang", "I
 * manage")? A helper, a be-form, a modal, a wish before "to" or a verb of telling is no act of its own.
 */
function writerActAt(words: readonly Token[], k: number, end: number): boolean {
  if (!WRITER_SUBJECTS.has(words[k].lower)) return false;
  let v = k + 1;
  while (v <= end && (words[v].lower === 'also' || words[v].lower === 'then' || words[v].lower.endsWith('ly'))) v++;
  if (v > end) return false;
  const verb = words[v].lower;
  if (!/^[a-z]+$/.test(verb) || NOT_PRESENT_ACTS.has(verb) || IRREALIS_MODALS.has(verb)) return false;
  if (REPORTING_VERBS.has(verb)) return false;
  return !(WISH_VERBS.has(verb) && words[v + 1]?.lower === 'to');
}

/**
 * Does the writer act in the past inside the clause after its own start: after a coordinator ("Not sure if
 * this counts but I also redid the form"), or after a condition's subject when no comma closed it ("If I got
 * stuck I went deep on …": a habit told in the past, realis)?
 */
function writerActInside(words: readonly Token[], c: ClauseActor): boolean {
  const condition = CONDITION_OPENERS.has(words[c.start].lower);
  for (let k = c.start + 1; k + 1 <= c.end; k++) {
    const after = COORDINATORS.has(words[k - 1].lower) || (condition && k > c.start + 2);
    if (after && writerActAt(words, k, c.end)) return true;
  }
  return false;
}

/** The mood of one clause of the line's words (clause-actors.ts reads its bounds, subject and verb). */
function clauseMood(words: readonly Token[], c: ClauseActor): ClauseMood {
  const first = words[c.start].lower;
  if (writerActInside(words, c)) return 'realis';
  // "…, so it can't drift again": a result told with a modal follows the clause it serves.
  if (RESULT_OPENERS.has(first) && words.slice(c.start, c.end + 1).some((w) => RESULT_MODALS.has(w.lower)))
    return 'none';
  if (CONDITION_OPENERS.has(first)) return 'irrealis';
  // "Should the pilot succeed, …": a condition told by inversion.
  if (c.start === 0 && first === 'should') return 'irrealis';
  const verb = c.verb >= 0 ? words[c.verb].lower : undefined;
  for (let k = c.start; k <= c.end; k++) {
    // "I manage the rota and will hand it over": the writer's act before the modal is realis.
    if (!CONDITION_OPENERS.has(first) && writerActAt(words, k, c.end)) return 'realis';
    if (isIrrealisWord(words, k)) {
      // "I said I'd get it down": the hypothetical is the clause told, the telling no act.
      if (verb === undefined || k <= c.verb || REPORTING_VERBS.has(verb)) return 'irrealis';
    }
    if (WISH_VERBS.has(words[k].lower) && words[k + 1]?.lower === 'to' && (verb === undefined || k <= c.verb + 1))
      return 'irrealis';
  }
  return c.verb >= 0 && (c.form === 'finite' || c.form === 'participle') ? 'realis' : 'none';
}

/** Does the line address the reader as a prompt to fill in: "Describe a time you reduced costs …:"? */
function isPrompt(text: string, words: readonly Token[]): boolean {
  if (!ENDS_IN_COLON.test(text)) return false;
  let reader = false;
  for (const w of words) {
    if (FIRST_PERSON_WORDS.has(w.lower)) return false;
    if (w.lower === 'you' || w.lower === 'your') reader = true;
  }
  return reader;
}

/**
 * The words that can open an irrealis reading: a modal (plain, fused or perfect), a condition's opener or a
 * wish verb. A line holding none is read for a prompt only (isIrrealisLine's first test below).
 */
const IRREALIS_TRIGGER = triggerWords(
  'line-voice-irrealis',
  (lower) =>
    IRREALIS_MODALS.has(lower) ||
    FUSED_MODAL.test(lower) ||
    PERFECT_MODALS.has(lower) ||
    CONDITION_OPENERS.has(lower) ||
    WISH_VERBS.has(lower),
);

/** A line ending in a colon, which may be a prompt to the reader (isPrompt). */
const ENDS_IN_COLON = /:\s*$/;

/** Is no clause of the line realis, and one at least hypothetical, future, a condition or a wish? */
function isIrrealisLine(text: string, lineTokens: readonly Token[]): boolean {
  // Most lines hold no word of that mood and are no prompt: one bit of the line's trigger mask settles them.
  if (!holdsTrigger(lineTokens, IRREALIS_TRIGGER) && !ENDS_IN_COLON.test(text)) return false;
  // A quotation is someone's words, not the line's mood: "“We should check X first” lands better than …".
  const tokens = outsideQuotes(lineTokens);
  const words = tokens.filter((t) => t.kind !== 'symbol');
  if (words.length === 0) return false;
  if (isPrompt(text, words)) return true;
  // Most lines hold no modal, fused modal, condition or wish verb: settle that before reading the clauses. Each
  // word test implies the trigger's, whose bit the gate above just worked out for every word of the line.
  if (
    !words.some(
      (w, k) =>
        mayBeTrigger(w, IRREALIS_TRIGGER) &&
        (isIrrealisWord(words, k) ||
          CONDITION_OPENERS.has(w.lower) ||
          (k === 0 && w.lower === 'should') ||
          (WISH_VERBS.has(w.lower) && words[k + 1]?.lower === 'to')),
    )
  )
    return false;
  // The line must open in that mood: its first clause with a verb is irrealis, and no clause after it is
  // realis. A clause whose verb is unread (a present form: "lands", "uses") before the mood opens is no
  // ground for it either.
  // Read clause by clause: the first realis clause settles the line, and the clauses after it are never read.
  let opened = false;
  const walk = clauseWalk(tokens);
  // Every clause read so far, then the next one read (a read adds at least one) until no word is left.
  for (let n = 0; n < walk.clauses.length || readNextClause(walk); n++) {
    const c = walk.clauses[n];
    if (c.relative) continue;
    const mood = clauseMood(words, c);
    if (mood === 'realis') return false;
    if (mood === 'irrealis') opened = true;
    else if (mood === 'none' && !opened && c.verb >= 0) return false;
  }
  return opened;
}

/** The tokens outside quotation marks (the marks themselves kept out too). */
function outsideQuotes(tokens: readonly Token[]): Token[] {
  const kept: Token[] = [];
  let open: string | undefined;
  for (const t of tokens) {
    if (t.kind === 'symbol' && (t.text === '"' || t.text === '“' || t.text === '”')) {
      open = open === undefined ? t.text : undefined;
      continue;
    }
    if (open === undefined) kept.push(t);
  }
  // An unpaired mark leaves the rest of the line inside it: read the line whole instead.
  return open === undefined ? kept : [...tokens];
}

/**
 * Why the line is not the writer's claim, or undefined when it may be one: another speaker's words (a chat
 * line under another name, a quotation with only its voice around it, a request of someone else's) or no
 * realis clause (hypotheticals, futures, conditions, wishes, a prompt to the reader). `tokens` are the
 * sentence's from its predicate start, `lineTokens` the whole line's, `text` the line.
 */
export function lineVoice(
  text: string,
  tokens: readonly Token[],
  lineTokens: readonly Token[] = tokens,
): LineVoice | undefined {
  if (isOthersChatLine(text) || isOthersQuotation(text) || isOthersRequest(tokens)) return 'other-speaker';
  return isIrrealisLine(text, lineTokens) ? 'irrealis' : undefined;
}
