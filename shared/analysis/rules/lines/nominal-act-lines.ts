// Resume lines that name the writer's work by a noun made from its verb, in the way French, Spanish,
// Portuguese and German writers often put it, and in terse English bullets: "Realisation of a recommender for
// a sports retailer", "Collaboration with the CERT team in incidents of ransomware", "Organisation of about 35
// weddings and seminars per year", "Participation in the definition of the data governance model", "Assistance
// to the surgeon", "Airflow → Dagster migration (60 DAGs)". RUBRIC-NOTES: verbless lines that say what the
// writer did are claims. The noun is read back to its verb by its suffix (writer-acts.ts, `actNounLemma`), so a
// line is read when that verb is a verb of work, whatever the noun; two shapes carry it:
//   - the noun opens the line, then what was worked on or with whom ("of", "with", "for", "to" …): the
//     predicate's nominal lead act (`nominalLeadAct`);
//   - a switch told as "A → B <noun>" ("Airflow → Dagster migration", "Excel-to-Xero conversion"): the noun of
//     a switch verb after the two ends of the switch.
// Older shape kept: any -tion, -sion or -ment noun before "of" and a lower-case word ("Realisation of …",
// "Conduction of trainings"), whose verb may be missing from the work lists (`isActNoun`). "Department of
// Health" and "Association of Chartered Accountants" name a body: a capitalized name after "of" is no work.
// After a short label the value is read the same way ("Tasks: coordination with suppliers …").
import type { Token } from '../language/tokenize';
import { AUXILIARIES, FIRST_PERSON_WORDS, GOAL_NOUNS, SWITCH_VERBS } from '../language/lexicon';
import { actNounLemma, isActNoun, isBareWorkVerbAt, isOpenMarker, nominalLeadAct } from '../voices/writer-acts';

/** Act nouns that take "in" for what was worked on: "Participation in the migration". */
const IN_ACTS = new Set(['participation']);

/** Verbs of a switch whose noun may follow its two ends: "conversion", "upgrade", "transition" besides SWITCH_VERBS. */
const SWITCH_NOUN_VERBS = new Set(['convert', 'upgrade', 'port', 'transfer']);

/** Marks between the two ends of a switch: "Airflow → Dagster", "Excel-to-Xero", "paper to electronic". */
const SWITCH_MARKS = new Set(['→', '->', '⇒', '=>', 'to']);

/** Words before a switch's noun that end the head phrase: a clause or a bracket. */
const HEAD_BREAKS = new Set(['(', ')', ',', ';', ':', '—', '–', '|']);

/** The older shape: a -tion/-sion/-ment noun, "of", then a lower-case word or an acronym. */
function legacyOfLine(words: readonly Token[]): boolean {
  const head = words[0];
  if (head === undefined || !isActNoun(head.lower)) return false;
  const of = words[1]?.lower === 'and' && words[2] !== undefined ? 3 : 1;
  const joiner = words[of]?.lower;
  if (joiner !== 'of' && !(joiner === 'in' && IN_ACTS.has(head.lower))) return false;
  const object = words[of + 1];
  return object !== undefined && /^(?:[a-z]|[A-Z]{2,}s?$)/.test(object.text);
}

/** Words that end the thing a verb's own noun is over: "Transport of goods | between …", "Repair of boilers | for …". */
const OBJECT_ENDS = new Set(['from', 'to', 'for', 'in', 'at', 'on', 'with', 'between', 'across', 'and', 'by']);

/** Determiners that open the thing worked on: "Design of the new loyalty app", "Repair of all the pumps". */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'all', 'our', 'their', 'its', 'every', 'each']);

/**
 * "Transport of goods on the routes …", "Repair of gas boilers for private clients", "Design of the new app":
 * a verb of work used as its own noun (no suffix to read back, so `actNounLemma` leaves it) heads the line,
 * then "of" and what it was over. The thing must read as a run of work: a determiner, a plural, or two words
 * before a preposition. "Change of address", "Record of achievement" (one singular word) name a thing, and a
 * capitalized name after "of" is a body or an event ("Review of 2024", "Design of Experiments").
 */
function verbNounOfLine(words: readonly Token[]): boolean {
  const lower = words.map((w) => w.lower);
  if (words[1]?.lower !== 'of' || !isBareWorkVerbAt(lower, 0)) return false;
  const first = words[2];
  if (first === undefined || !/^[a-z]/.test(first.text)) return false;
  if (OBJECT_DETERMINERS.has(first.lower)) return words[3] !== undefined;
  let n = 2;
  while (n < words.length && !OBJECT_ENDS.has(lower[n]) && /^[a-z]/.test(words[n].text)) n++;
  const head = lower[n - 1];
  const plural = head.length > 3 && head.endsWith('s') && !/(?:ss|us|is)$/.test(head);
  return plural || n - 2 >= 2;
}

/**
 * "Airflow → Dagster migration (60 DAGs)", "Excel-to-Xero conversion for my clients": within the head phrase, a
 * switch mark between two words, then the noun of a switch verb within three words.
 */
function switchNounLine(tokens: readonly Token[]): boolean {
  let mark = -1;
  let before = 0;
  for (let i = 0; i < tokens.length && i <= 8; i++) {
    const t = tokens[i];
    if (HEAD_BREAKS.has(t.text)) return false;
    if (mark < 0) {
      if (i > 0 && SWITCH_MARKS.has(t.lower)) mark = i;
      // What is switched from is a name or two ("Python 2", "paper"), not a clause ("I was asked to lead …").
      else if (t.kind !== 'symbol' && (++before > 3 || FIRST_PERSON_WORDS.has(t.lower) || AUXILIARIES.has(t.lower)))
        return false;
      continue;
    }
    if (i - mark > 5) return false;
    const verb = t.kind === 'word' ? actNounLemma(t.lower) : undefined;
    if (verb !== undefined && (SWITCH_VERBS.lemmaOf(verb) !== undefined || SWITCH_NOUN_VERBS.has(verb)))
      return i - mark >= 2;
  }
  return false;
}

/** Does the label between `from` and `to` name a plan, not work done ("TODO", "Goal for 2025", "Next steps")? */
function openLabel(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t) => isOpenMarker(t.lower) || GOAL_NOUNS.has(t.lower));
}

/** A modifier before an act's noun: a plain word ("Sight", "line", "risk"), no number, article or pronoun. */
const MODIFIER = /^(?!(?:The|the|A|a|An|an|My|my|Our|our|I|We|we)$)[A-Za-z][a-z-]+$/;

/** Joiners after which a capitalized name is a body, an event or a place: "of", "in", "at". */
const NAMED_AFTER = new Set(['of', 'in', 'at']);

/** The most words of a duties label before its value: "Main activities and responsibilities: …". */
const MAX_LABEL_WORDS = 4;

/**
 * Where the line's work is told: its first word, or the value after a short label ("Tasks: coordination with
 * suppliers …", "Main activities and responsibilities: management of a day nursery"). A list label ("Skills:",
 * "Interests:") is refused before this is asked (claims.ts).
 */
function valueStart(tokens: readonly Token[]): number {
  const first = tokens.findIndex((t) => t.kind === 'word');
  if (first < 0) return -1;
  let words = 0;
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i];
    // "TODO: organisation of the rota", "Goal for 2025: migration of …": a plan's label, no act done.
    if (t.text === ':')
      return openLabel(tokens, first, i) ? -1 : tokens.findIndex((x, k) => k > i && x.kind === 'word');
    if (t.kind === 'symbol' || ++words > MAX_LABEL_WORDS) break;
  }
  return first;
}

/**
 * Whether the line names the writer's work by a noun made from a verb of work: it opens with the noun and what
 * it was over ("Collaboration with …", "Renewal of …"), or tells a switch as "A → B migration". The caller
 * checks the line has no finite verb and stands outside a story's sections.
 */
export function isNominalActLine(tokens: readonly Token[]): boolean {
  const first = valueStart(tokens);
  if (first < 0) return false;
  const rest = tokens.slice(first);
  const words = rest.filter((t) => t.kind === 'word');
  if (switchNounLine(rest)) return true;
  if (legacyOfLine(words) || verbNounOfLine(words)) return true;
  const lower = words.map((w) => w.lower);
  // "Sight translation of witness statements", "Line management of six staff": one modifier before the act's
  // noun, written in lower case ("Sales Management at Tesco" is a title in Title Case).
  const head =
    nominalLeadAct(lower, 0) === 0
      ? 0
      : words.length > 2 &&
          MODIFIER.test(words[0].text) &&
          /^[a-z]/.test(words[1].text) &&
          nominalLeadAct(lower, 1) === 1
        ? 1
        : -1;
  if (head < 0) return false;
  // "Organisation of Economic Co-operation …", "Participation in Hackney Half Marathon 2022": a capitalized name
  // right after "of", "in" or "at" is a body, an event or a place, not work ("with Tesco" stays a party).
  const of = head + (lower[head + 1] === 'and' ? 3 : 1);
  return !NAMED_AFTER.has(lower[of]) || /^(?:[a-z]|[A-Z]{2,}s?$)/.test(words[of + 1]?.text ?? '');
}
