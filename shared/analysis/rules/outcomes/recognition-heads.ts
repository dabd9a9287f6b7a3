// A standing others granted the work, told by its head on a line with no verb of winning: a place in a field
// ("41st of 2,300 teams"), a place word before the writer's agent noun ("Top 50 researcher on the platform"),
// an honour title heading the line ("Employee of the Month, March 2024"), a runner-up, a hall of fame, a metal
// standing for its medal ("Gold, best farmhouse cheddar"). RUBRIC.md names an award as an outcome; RUBRIC-NOTES
// (recognition, session 40) settles that a placing or a listing others grant by comparing the work is one too,
// and that a credit naming the writer as the doer is not (credit-lines.ts). Each reading takes the head's place
// in the line, not a list of award names: the head opens the line (after a date or "one of the"), follows a
// verb of winning or a be-form, or stands alone in a bracket; a label before it ("Nomination:", "Category:")
// makes it a form's field, another person's act.
import type { Token } from '../language/tokenize';
import type { OutcomeCue } from './outcome-types';
import type { Quantity } from '../quantity/quantity-types';
import { addCue, clauseEnd, type CueRule } from './outcome-scan';
import { isRankedRoleLine } from '../lines/ranked-role-lines';
import {
  isCompetitorNoun,
  isOrdinalPlace,
  isPlacingVerb,
  placedInTop,
  rankFieldEnd,
  topGovernedAsPlace,
} from '../quantity/quantity-ranks';
import { BE_FORMS } from '../language/lexicon';
import { isMonthWord } from '../language/word-lists/calendar-words';
import { HONOUR_PERIODS, HONOURED_PEOPLE, MEDAL_METALS, WINNING_TAKES } from '../language/word-lists/recognition-words';

/** Words a verbless placed line may open with before its place: "One of the top 5 sales reps". */
const ONE_OF_LEADS = new Set(['one', 'of', 'the', 'our', 'my']);

/** Forms of "have" that make a line a clause, not a verbless placing: "Top seller has …". */
const HAVE_FORMS = new Set(['has', 'have', 'had']);

/** Where token `w` sits in `tokens`. */
const tokenIndex = (tokens: readonly Token[], w: Token) => tokens.indexOf(w);

/**
 * "3rd of 140 entrants", "finished third out of 140", "top 10 of 1,200": a place with its field
 * (quantity-ranks.ts) is a placing won, an outcome whatever verb or none tells it.
 */
export const PLACING_FIELD_RULE: CueRule = {
  name: 'placing-field',
  words: ['of', 'out', 'from', 'among', 'amongst'],
  match({ tokens, words, cues, i }) {
    const place = words[i - 1];
    if (place === undefined || (place.kind !== 'number' && !isOrdinalPlace(place))) return false;
    const at = tokenIndex(tokens, place);
    const afterTop = tokens[at - 1]?.lower === 'top';
    if (!afterTop && !isOrdinalPlace(place)) return false;
    // "picked the top 3 of 40 candidates": a choice among things, not the writer's place.
    if (afterTop && !topGovernedAsPlace(tokens, at - 1)) return false;
    const end = rankFieldEnd(tokens, at, afterTop);
    if (end < 0) return false;
    addCue(cues, place, tokens[end], 'recognition');
    return true;
  },
};

/** Whether the words before index `i` are only "one of the" (or nothing): the place word opens the line. */
function placeOpensLine(words: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) if (!ONE_OF_LEADS.has(words[k].lower)) return false;
  return i === 0 || words[0].lower === 'one';
}

/**
 * "Top biller, Q2 and Q3 2023", "Top 50 researcher on the platform in 2025", "One of the top 5 sales reps":
 * the writer's place among peers opening the line (ranked-role-lines.ts) is a standing won.
 */
export const RANKED_ROLE_RULE: CueRule = {
  name: 'ranked-role',
  words: ['top', 'best', 'highest', 'top-performing', 'top-rated', 'best-selling'],
  match({ tokens, words, cues, i, w }) {
    // "I was in the top 5 reps", "finished among the top 10": a place won in "top N" (quantity-ranks.ts).
    const n = tokenIndex(tokens, w) + 1;
    if (w.lower === 'top' && tokens[n]?.kind === 'number' && placedInTop(tokens, n)) {
      addCue(cues, w, tokens[n], 'recognition');
      return true;
    }
    if (!placeOpensLine(words, i)) return false;
    // "Top supplier in the region is Fresko": the placed noun is the subject of a clause about another party.
    if (words.some((x) => BE_FORMS.has(x.lower) || HAVE_FORMS.has(x.lower))) return false;
    if (!isRankedRoleLine(words.slice(i).map((x) => x.lower))) return false;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** Words before "mention" that make it an award: "honourable mention", "special mention". */
const MENTION_GRADES = new Set(['honourable', 'honorable', 'special']);

/** "Published in CHI 2022 (honorable mention)", "Honourable mention, national legal writing prize": an award's grade. */
export const HONOURABLE_MENTION_RULE: CueRule = {
  name: 'honourable-mention',
  words: ['mention', 'mentions'],
  match({ words, cues, i, w, prev }) {
    if (prev === undefined || !MENTION_GRADES.has(prev)) return false;
    addCue(cues, words[i - 1], w, 'recognition');
    return true;
  },
};

/** Words before an honour title that name it as the writer's: "Was Employee of the Month", "named as …". */
const TITLE_GIVERS = new Set(['was', 'were', 'as', 'named', 'voted', 'crowned', 'became']);

/**
 * Whether the honour title whose head is `head` (a token of `tokens`) heads the line: only capitalized words of
 * the title before it, and before them nothing, a date ("March 2024 —", "2022:") or a giver ("was", "voted").
 * A label before the title ("Nomination: Sommelier of the Year", "Category: Quiet Hero of the Year") makes it
 * a form's field: another person's nomination, not the writer's standing.
 */
function titleHeadsLine(tokens: readonly Token[], head: number): boolean {
  let k = head - 1;
  while (
    k >= 0 &&
    head - k <= 3 &&
    tokens[k].kind === 'word' &&
    /^\p{Lu}/u.test(tokens[k].text) &&
    !isMonthWord(tokens[k].lower)
  )
    k--;
  if (k >= 0 && tokens[k].kind === 'word' && TITLE_GIVERS.has(tokens[k].lower)) return true;
  for (let j = k; j >= 0; j--) {
    const t = tokens[j];
    if (t.kind === 'word' ? !isMonthWord(t.lower) : t.kind !== 'number' && t.kind !== 'symbol') return false;
  }
  return true;
}

/**
 * "Employee of the Month, March 2024", "Volunteer of the Year (St John Ambulance)": an honour title — a noun
 * of a person or a team, "of the", a period — heading the line is an award named by its title. "Nomination:
 * Sommelier of the Year — …" is a form's field; "the end of the year" names no person.
 */
export const HONOUR_TITLE_RULE: CueRule = {
  name: 'honour-title',
  words: ['of'],
  match({ tokens, words, cues, i }) {
    const head = words[i - 1];
    const period = words[i + 2];
    if (head === undefined || period === undefined || words[i + 1].lower !== 'the') return false;
    if (!HONOUR_PERIODS.has(period.lower)) return false;
    if (!(HONOURED_PEOPLE.has(head.lower) || isCompetitorNoun(head.lower))) return false;
    if (!titleHeadsLine(tokens, tokenIndex(tokens, head))) return false;
    addCue(cues, head, period, 'recognition');
    return true;
  },
};

/** Words after "runners up" that make "up" a particle of moving them: "up to", "up the", "up a size". */
const RUNNER_MOVED = new Set(['to', 'into', 'onto', 'the', 'a', 'an', 'by', 'and']);

/** "Runner-up, Regional Nurse of the Year 2021", "runners up in the county final": second place, an award. */
export const RUNNER_UP_RULE: CueRule = {
  name: 'runner-up',
  // Read at "up": the hyphenated "runner-up" is a compound part to the cue walk ("a drop-in session").
  words: ['up'],
  match({ words, cues, i, w, prev, next }) {
    if (prev !== 'runner' && prev !== 'runners') return false;
    // "moved the CI runners up to the new cluster", "runners up a size": runners moved, no second place.
    if (next !== undefined && RUNNER_MOVED.has(next)) return false;
    addCue(cues, words[i - 1], w, 'recognition');
    return true;
  },
};

/** What may follow "hall of fame" in its clause: whose it is, where, or when ("of 9 programmes", "in 2023"). */
const FAME_TAILS = new Set(['of', 'for', 'at', 'in', 'on', 'since', 'and']);

/** "Hall of fame: 14 programs", "listed in the halls of fame of 9 programmes": a listing of honour. */
export const HALL_OF_FAME_RULE: CueRule = {
  name: 'hall-of-fame',
  words: ['hall', 'halls'],
  match({ tokens, words, cues, i, w, next }) {
    if (next !== 'of' || words[i + 2]?.lower !== 'fame') return false;
    // "the Hall of Fame exhibition", "a hall of fame page": the name modifies a thing the writer made.
    const after = words[i + 3];
    if (after !== undefined && after.start < clauseEnd(tokens, words[i + 2]) && !FAME_TAILS.has(after.lower))
      return false;
    addCue(cues, w, words[i + 2], 'recognition');
    return true;
  },
};

/** What may follow a metal standing for its medal: the line's end, a mark, or where and what it was won for. */
const AFTER_MEDAL = new Set(['at', 'in', 'for', 'from']);

/**
 * "Gold, best farmhouse cheddar", "took gold at the county show", "Best cheddar 2023 (gold)": a metal alone
 * names the medal. After it nothing but a mark, the line's end or "at/in/for"; before it the line's start, a
 * bracket, or a verb of winning. "JIB Gold Card", "gold standard", "Tier: Gold" name other things.
 */
export const MEDAL_METAL_RULE: CueRule = {
  name: 'medal-metal',
  words: MEDAL_METALS,
  match({ tokens, cues, i, w }) {
    const at = tokenIndex(tokens, w);
    const after = tokens[at + 1];
    if (after !== undefined && after.kind !== 'symbol' && !AFTER_MEDAL.has(after.lower)) return false;
    const before = tokens[at - 1];
    const opens = at === 0 || (i === 0 && before?.kind === 'symbol' && before.text !== ':');
    const bracketed = before?.text === '(' && after?.text === ')';
    const taken = before !== undefined && WINNING_TAKES.lemmaOf(before.lower) !== undefined;
    if (!opens && !bracketed && !taken) return false;
    addCue(cues, w, w, 'recognition');
    return true;
  },
};

/** What may stand between a standing's head and the count of those who granted it: "of", "by", ":", "—". */
const COUNT_AFTER_STANDING = /^[\s:—–-]*(?:(?:of|by)\s+)?(?:the\s+)?$/i;

/**
 * "Hall of fame: 14 programs", "listed in the hall of fame of 9 programmes", "Hall of Fame — 6 vendor
 * programs": a count right after a standing's cue counts those who granted it, a measure of the result
 * (RUBRIC.md: counts of things the work achieved), never the size of the writer's context.
 */
export function countsStanding(
  text: string,
  outcomes: readonly OutcomeCue[],
  quantities: readonly Quantity[],
): boolean {
  for (const cue of outcomes) {
    if (cue.kind !== 'recognition') continue;
    for (const q of quantities)
      if (q.kind === 'count' && q.start >= cue.end && COUNT_AFTER_STANDING.test(text.slice(cue.end, q.start)))
        return true;
  }
  return false;
}

/** The writer as the subject of a standing: "I was runner-up", "we were second out of nine teams", "my team". */
const WRITER_SUBJECTS = new Set(['i', 'we']);
const WRITER_OWNERS = new Set(['my', 'our']);

/**
 * "I was runner-up for Nurse of the Year", "by the end of the quarter we were second out of nine teams", "We came
 * 12th of 600": the writer (or the writer's team) as the subject of a standing won is the writer's claim, though
 * the claim rules read "I was" as a copula that places the writer (context). The standing is a recognition cue
 * after the subject.
 */
export function writerHoldsStanding(tokens: readonly Token[], outcomes: readonly OutcomeCue[]): boolean {
  const words = tokens.filter((t) => t.kind !== 'symbol');
  const subject = words.findIndex(
    (w, k) => WRITER_SUBJECTS.has(w.lower) || (WRITER_OWNERS.has(w.lower) && words[k + 1]?.lower === 'team'),
  );
  if (subject < 0) return false;
  // The verb right after the subject ("my team" spans two words): a be-form or a verb of reaching a place.
  let v = subject + (WRITER_OWNERS.has(words[subject].lower) ? 2 : 1);
  const verb = words[v];
  if (verb === undefined || !(BE_FORMS.has(verb.lower) || isPlacingVerb(verb.lower))) return false;
  // Then the standing as its complement, past "in the", "among the", "a", "joint": "I was in the top 5".
  v++;
  while (v < words.length && STANDING_LEADS.has(words[v].lower)) v++;
  const standing = words[v];
  return standing !== undefined && outcomes.some((o) => o.kind === 'recognition' && o.start === standing.start);
}

/** Words between the writer's verb and the standing it holds: "was in the top 5", "came joint third". */
const STANDING_LEADS = new Set(['in', 'among', 'amongst', 'into', 'the', 'a', 'an', 'joint']);
