// Trade-off (RUBRIC.md: "a choice … over a named alternative", "an accepted cost") told as a decision record is told
// across sentences: the options listed ("We compared keeping and hardening the service, moving to a commercial platform,
// and adopting an open-source one", "We had two possibilities: to start the drivers at 3, or to put a second driver on
// the long routes"), then the pick a sentence or two later in words that name no alternative ("I decided on the
// open-source platform because …", "We chose to share the on-call pool"), or the consequence taken on ("We accept owning
// upgrades of someone else's code"). Read by its parts:
// - the options told: a verb of weighing and a list of two or more options of one kind (actions in -ing, "a/an" things,
//   "to" acts), a count of options and a colon before them ("three ways to go:"), or options named as the subject
//   ("The options were …"); bare nouns after a verb of weighing only with a later pick that names one of them. A
//   list of factors or evidence ("compared the new draft with the old contract", "discussed the budget, the rota and
//   the menu") holds no options and is not read;
// - the pick or the consequence, read by the story context (story-context.ts, context-readings.ts) only when options
//   were told just before: the writer's pick, or the writer taking a cost on;
// - a part kept apart: "So we kept payments on a 24/7 rota of its own and split everything else", "I proposed to keep
//   the scorecard and use the new model only to sort the queue": one thing kept, the rest (or the new thing, only for a
//   part) given the other road, after a consequence ("So …") or a verb of choosing, since "I kept the receipts and sent
//   everything else to the accountant" is no choice.
import { LruCache } from '../sentence-cache';
import { NOT_GERUND } from './costs-accepted';
import { readableText, type Cue, type Finder } from './sentence-view';

const WEIGH =
  /\b(?:compared|weighed|considered|evaluated|assessed|discussed|debated|costed|shortlisted|looked\s+at|priced\s+up)\s+/gi;
// A count of options, and what makes them open to the writer before the colon: "three ways to go:", "two choices open
// to us:", "three ways forward:". Without it a count of ways is a description ("three ways into the kitchen:").
const COUNTED_OPTIONS =
  /\b(?:two|three|four|five|several|a\s+few|\d)\s+(?:[\w-]+\s+)?(?:options|alternatives|choices|possibilities|ways|routes|approaches|paths|designs|plans|candidates|vendors|suppliers|proposals|ideas|scenarios|setups|solutions|offers|quotes|bids)(?:\s+(?:to\s+(?:go(?:\s+on)?|choose\s+from|pick\s+from|do\s+it|play\s+it|fix\s+it|solve\s+it)|forward|open(?:\s+to\s+(?:us|me))?|available(?:\s+to\s+(?:us|me))?|on\s+the\s+table|in\s+front\s+of\s+(?:us|me)|left))?\s*:\s*/gi;
// The options named as the subject: "The options were night runs, a second van, or a later slot".
const NAMED_OPTIONS =
  /\b(?:the|our|my)\s+(?:(?:two|three|four|main|only|real)\s+)?(?:options|alternatives|choices)\s+(?:were|are)\s*:?\s*/gi;
/** Where one option ends and the next begins: a comma, "or", or "and" before an act or a thing. */
const ITEM_BREAK = /\s*,\s*(?:and\s+|or\s+)?|\s+or\s+|\s+and\s+(?=(?:[a-z]{3,}ing|an?|to)\s)/i;

/** The kind an option opens with: an act in -ing, a thing with "a/an", a "to" act; anything else is no option. */
function itemKind(item: string): string | undefined {
  const first = /^[a-z]+/i.exec(item.trim())?.[0].toLowerCase() ?? '';
  if (first.length > 4 && first.endsWith('ing') && !NOT_GERUND.test(first)) return 'act';
  if (first === 'a' || first === 'an') return 'thing';
  if (first === 'to') return 'to';
  return undefined;
}

/** The options listed from `from` to the clause's end, two or more of one kind (see above). */
function listedOptions(text: string, from: number, counted: boolean): boolean {
  const clause = /^[^.;!?]*/.exec(text.slice(from))![0];
  const items = clause.split(ITEM_BREAK).filter((s) => s.trim().length > 0);
  if (items.length < 2) return false;
  // Under a count of options and a colon, the list is the options whatever each opens with.
  if (counted) return true;
  const kind = itemKind(items[0]);
  if (!kind) return false;
  const same = items.filter((s) => itemKind(s) === kind).length;
  // Two things ("a laptop and a desktop") may be parts of one purchase; with a comma, three or "or" they are options.
  return same >= 2 && (kind !== 'thing' || same >= 3 || /\bor\b/i.test(clause));
}

// Session 40 (signals): options told without a verb of weighing or a count, in two more shapes.
// - A LABEL whose head names options, then the items after a colon or a dash: "Options considered: (a) keep the cron
//   job …; (b) a queue …; (c) …", "Options: 1) close on Mondays, 2) …", "Choices we had: close Mondays / cut …". The
//   items may be split by semicolons, slashes or enumerators, since a label's list is one line, not one clause.
// - The writer's MODAL OF POSSIBILITY over two or more acts, the last joined by "or": "We could hire an agency
//   technician, move the clinic to the afternoon, or cap the morning list", "I could have asked for the old blend back
//   at a higher price, or changed our recipe", and "Or we could …" opening a sentence after the first option. Each
//   act opens with a content word and has more than one word: "I could hear the pump, the fan or both" (things),
//   "We could sell eggs, milk or cheese" (one-word items), "I could not sleep, eat or think" (negated) and another
//   party's options ("Patients could book online, call the ward or walk in": a service, not the writer's choice) stay
//   unread.
const LABELLED_OPTIONS =
  /^\W*(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+)?(?:options|alternatives|choices|possibilities)(?:\s+[\w'’-]+){0,3}?\s*(?::|—|–|\s-)\s*/i;
/** Where a label's items break: a semicolon, a comma, a slash, "or", or an enumerator ("(a)", "b)", "2)", "2."). */
const LABEL_ITEM_BREAK = /\s*(?:[;,/]\s*(?:and\s+|or\s+)?|\s+or\s+)(?:\(?[a-z1-9]\)\s*|\d\.\s+)?|^\(?[a-z1-9]\)\s*/i;
const WRITER_MODAL =
  /^\W*(?:or\s+|so\s+|then\s+)?(?:I|we)\s+(?:(?:could|can|might)(?:\s+(?:have|also|either|just))*)\s+(?!not\b|never\b|n't)/i;
const MODAL_OR_OPENER =
  /(?:^|[.!?]\s+)\W*or\s+(?:I|we)\s+(?:could|can|might)\s+(?:have\s+)?(?!not\b|never\b)\w+\s+\w+/i;
// Perception and states, which a modal lists as abilities, not options: "I could hear …", "could not sleep, eat …".
const NOT_ACT = /^(?:see|hear|smell|feel|taste|tell|sleep|eat|think|be|been|not|never|only|still|already)$/i;
// Words no act opens with: determiners, pronouns, prepositions, numbers.
const FUNCTION_OPENER =
  /^(?:the|a|an|this|that|these|those|some|any|both|all|each|every|no|my|our|their|his|her|its|your|it|them|him|me|us|you|in|on|at|by|for|with|from|to|of|into|over|under|about|more|less|\d[\d.,]*|one|two|three|four|five|six)$/i;

/** The options of a labelled line (see above), or undefined. */
function labelledOptions(text: string): Cue | undefined {
  const m = LABELLED_OPTIONS.exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].length;
  const line = /^[^.!?\n]*/.exec(text.slice(at))![0];
  const items = line.split(LABEL_ITEM_BREAK).filter((s) => s && s.trim().length > 1);
  // Each item names an act or a thing with its part ("close on Mondays", "a queue with workers"); one-word items are a
  // menu or a tally ("Our choices: pizza or pasta").
  const named = items.filter((item) => item.trim().split(/\s+/).length >= 2);
  return items.length >= 2 && named.length === items.length ? { start: m.index, end: at + line.length } : undefined;
}

/** The writer's options under a modal of possibility (see above), or undefined. */
function modalOptions(text: string): Cue | undefined {
  const opener = MODAL_OR_OPENER.exec(text);
  if (opener) return { start: opener.index, end: opener.index + opener[0].length };
  const m = WRITER_MODAL.exec(text);
  if (!m) return undefined;
  const at = m.index + m[0].length;
  const clause = /^[^.;!?]*/.exec(text.slice(at))![0];
  const lastOr = clause.search(/,?\s+or\s+(?!not\b)(?=\w+\s+\w)/i);
  if (lastOr < 0) return undefined;
  const items = clause
    .slice(0, lastOr)
    .split(/\s*,\s*/)
    .concat(clause.slice(lastOr).replace(/^,?\s+or\s+/i, ''));
  const acts = items.every((item) => {
    const words = item.trim().split(/\s+/);
    return words.length >= 2 && !FUNCTION_OPENER.test(words[0]) && !NOT_ACT.test(words[0]) && !/ly$/i.test(words[0]);
  });
  return acts ? { start: m.index, end: at + clause.length } : undefined;
}

/** The span of the options told in a sentence, or undefined. */
function optionsCue(text: string): Cue | undefined {
  const told = labelledOptions(text) ?? modalOptions(text);
  if (told) return told;
  for (const [pattern, counted] of [
    [COUNTED_OPTIONS, true],
    [NAMED_OPTIONS, true],
    [WEIGH, false],
  ] as const) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const at = m.index + m[0].length;
      if (listedOptions(text, at, counted))
        return { start: m.index, end: at + /^[^.;!?]*/.exec(text.slice(at))![0].length };
    }
  }
  return undefined;
}

const cache = new LruCache<string, boolean>(20_000);

/** Whether the sentence lists options for a choice (see above). Cached per text. */
export function optionsTold(raw: string): boolean {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const told = optionsCue(readableText(raw)) !== undefined;
  if (raw.length <= 2_000) cache.set(raw, told);
  return told;
}

/** Trade-off: options listed for a choice (see above). */
export const optionList: Finder = (v) =>
  /compar|weigh|consider|evaluat|assess|discuss|debat|cost|shortlist|look|price|option|alternative|choice|possibilit|could|can|might|:/i.test(
    v.text,
  )
    ? optionsCue(v.text)
    : undefined;

// The writer's pick, opened by an optional time or consequence: "In the end I settled on …", "We chose to …".
const PICK = new RegExp(
  String.raw`^\W*(?:(?:in\s+the\s+end|in\s+the\s+end\s+of\s+the\s+day|finally|eventually|so|then|after\s+[^,.;]{1,60}),?\s+)?(?:I|we)\s+(?:\w+ly\s+|then\s+|finally\s+|eventually\s+|together\s+)?(?:decided\s+(?:on|for|to|that|against)|chose|picked|went\s+(?:with|for)|settled\s+(?:on|for)|opted|selected|proposed|recommended|ended\s+up\s+(?:with|going|using|choosing)|voted\s+for|preferred|agreed\s+on|took\s+the\s+(?:first|second|third|last|cheaper|safer|slower|simpler)\b)|^\W*(?:our|my|the)\s+(?:decision|choice|recommendation|pick)\s+was\b`,
  'i',
);
// The writer taking the cost on, in the present of a decision record or the past: "We accept that agency nurses …".
const COST_TAKEN =
  /^\W*(?:(?:in\s+return|for\s+this|so),?\s+)?(?:I|we)\s+(?:\w+ly\s+|also\s+)?(?:accept|accepted|agreed\s+to\s+accept|can\s+live\s+with|could\s+live\s+with|live\s+with|took\s+on)\b/i;

/** After options were told just before: the sentence tells the pick or the cost taken on (see above). */
export function pickAfterOptions(text: string): boolean {
  return PICK.test(text) || COST_TAKEN.test(text);
}

// Options listed as bare nouns after a verb of weighing ("we looked at tablets on each bay, handhelds for every nurse,
// and the wall terminals the supplier offered") read like factors looked at ("the bookings, the rota and the
// invoices"); what tells them apart is the record's next part: a pick a sentence or two later that names one of them
// ("in the end i chose handhelds, …"). So such a list is read only with that pick (story-context.ts), by the words
// that name each item alone.
const LIST_STOP = new Set(
  'the a an and or of for on in at to with from by each every all our my their your its his her we i us new old one two three some more other own that which who'.split(
    ' ',
  ),
);
/** An item's naming words: its words of three letters or more, plural -s dropped, closed words left out. */
const namingWords = (item: string): string[] =>
  (item.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? [])
    .filter((w) => !LIST_STOP.has(w))
    .map((w) => w.replace(/(?<=[^s])s$/, ''));

const looseCache = new LruCache<string, readonly (readonly string[])[] | null>(20_000);

/**
 * The items of a list of two to six short noun phrases after a verb of weighing that is not already read as options
 * (see above): each item's naming words that no other item shares, or null. Cached per text.
 */
export function looseOptions(raw: string): readonly (readonly string[])[] | null {
  const hit = looseCache.get(raw);
  if (hit !== undefined) return hit;
  let found: (readonly string[])[] | null = null;
  const text = readableText(raw);
  if (!optionsTold(raw)) {
    WEIGH.lastIndex = 0;
    const m = WEIGH.exec(text);
    if (m) {
      const clause = /^[^.;!?]*/.exec(text.slice(m.index + m[0].length))![0];
      const items = clause.split(ITEM_BREAK).filter((x) => x.trim().length > 0);
      const separated = /,|\bor\b/i.test(clause);
      if (
        separated &&
        items.length >= 2 &&
        items.length <= 6 &&
        items.every((x) => x.trim().split(/\s+/).length <= 8)
      ) {
        const words = items.map(namingWords);
        const own = words.map((ws, i) => ws.filter((w) => words.every((other, j) => j === i || !other.includes(w))));
        if (own.every((ws) => ws.length > 0)) found = own;
      }
    }
  }
  if (raw.length <= 2_000) looseCache.set(raw, found);
  return found;
}

/**
 * Whether the sentence tells the writer's pick (PICK) and names, in what it picks (up to the first comma, semicolon or
 * "because"), one of the loose options listed before it (see above).
 */
export function pickNamesOption(raw: string, options: readonly (readonly string[])[]): boolean {
  const text = readableText(raw);
  const m = PICK.exec(text);
  if (!m) return false;
  const picked = namingWords(/^[^,;.!?]*?(?=\s+because\b|[,;.!?]|$)/i.exec(text.slice(m.index + m[0].length))![0]);
  return options.some((ws) => ws.some((w) => picked.includes(w)));
}

// One thing kept, the rest (or the other thing, only for a part) given the other road.
const PART_KEPT = new RegExp(
  String.raw`\b(?:kept|keep|keeping|left|leave|leaving)\s+[^.;]{2,80}?\s+and\s+(?:\w+ly\s+)?(?:[a-z]+ed|moved|split|sent|put|ran|run|use|used|gave|give|built|build|cut|made|make|let)\s+(?:(?:everything|all)\s+else|the\s+rest|all\s+the\s+(?:rest|others)|all\s+other\s+[\w-]+|[^.;]{2,60}?\bonly\s+(?:for|to|on|in|as|when)\b)`,
  'i',
);
// What makes keeping a part a choice: a consequence opening the sentence, or a verb of choosing before "keep".
const CHOSEN =
  /^\W*(?:so|that(?:'s|\s+is|\s+was)\s+why|therefore|in\s+the\s+end|instead)\b|\b(?:proposed|decided|chose|agreed|suggested|recommended|opted|planned)\s+(?:to\s+|that\s+we\s+)(?:keep|leave)\b/i;

/** Trade-off: a part kept apart and the rest given the other road, told as a choice (see above). */
export const partKeptApart: Finder = (v) => {
  if (!/\b(?:kept|keep|keeping|left|leave|leaving)\b/i.test(v.text) || !CHOSEN.test(v.text)) return undefined;
  const m = PART_KEPT.exec(v.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
};

// Session 40 (signals): the pick named by its place in a list told before: "I went with the second because it kept the
// opening date", "We picked the third, since …", "The second one I went with, …". An ordinal with no noun after it (or
// "one", "option") points back at options; "went with the first draft" names a thing and "went with the flow" no list.
const ORDINAL = String.raw`(?:first|second|third|fourth|last|latter|former|middle)`;
const ORDINAL_PICK = new RegExp(
  String.raw`\b(?:I|we)\s+(?:\w+ly\s+|then\s+|finally\s+)?(?:went\s+(?:with|for)|chose|picked|took|settled\s+(?:on|for)|opted\s+for|backed|recommended)\s+the\s+${ORDINAL}(?:\s+(?:one|option))?(?=\s*(?:[,;:.!?—–)]|$|\s+(?:because|since|as|as\s+it|so|and|for)\b))|^\W*the\s+${ORDINAL}(?:\s+(?:one|option))?\s+(?:I|we)\s+(?:went\s+(?:with|for)|chose|picked|took|settled\s+on)\b`,
  'i',
);

/** Trade-off: the pick named by its ordinal in options told before (see above). */
export const ordinalPick: Finder = (v) => {
  const m = ORDINAL_PICK.exec(v.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
};
