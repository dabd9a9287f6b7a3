// Chooses what a cue says when its section does not fit in the lines the card has: the clauses that carry the story
// (a number, an outcome, a decision or trade-off, what "I" did) are kept in their own order, low-value clauses and
// filler words are dropped, and "…" stands exactly where text was left out. Cuts fall between clauses or, for a single
// clause too long for the space, between words, never inside a word and never between a number and its unit.
import { analyzeText } from '../analysis';
import { keyNumbers } from './key-numbers';
import { scanWindow } from './scan-window';
import type { CueField } from './sheet-types';
import { collapseWhitespace, countLines, ELLIPSIS, fitToLines } from './text-fit';
import type { TextStyle } from './text-measure';

/**
 * How much of a section a cue is chosen from. Six lines of the roomiest card hold about 600 characters; a spoken
 * answer is about 1,800 characters for all five sections, so what matters in a section is said in its first part.
 */
export const CUE_SCAN_CHARS = 1_500;

/** How a cue was made to fit: not at all, by dropping filler words, by choosing clauses, or by a cut between words. */
export type CueShortening = 'none' | 'filler' | 'clauses' | 'words';

export interface CueChoice {
  /** The cue as printed; numbers are joined to their units with no-break spaces. */
  text: string;
  lines: number;
  shortening: CueShortening;
}

interface Unit {
  /** The unit as written, with the separator after it (", ", "; ", ". "). */
  text: string;
  /** The same with filler words dropped. */
  lean: string;
  score: number;
  index: number;
}

export interface PreparedCue {
  /** The section (up to CUE_SCAN_CHARS) with whitespace collapsed and numbers joined to their units. */
  full: string;
  units: Unit[];
  /** Units by value, best first. */
  ranked: Unit[];
}

const NBSP = '\u00a0';
const MIN_UNIT_WORDS = 4;

// Decisions, trade-offs and constraints: what an interviewer probes in a behavioral answer. Kept small and plain; the
// analyzer's sentence flags carry metric, scale and outcome.
const DECISION =
  /\b(?:decided|decide|chose|choose|chosen|proposed|propose|recommended|insisted|convinced|persuaded|negotiated|agreed|agree|pushed back|trade-?offs?|instead of|rather than|compromise|prioriti[sz]ed|owned|led|designed|redesigned|built|wrote|ran|drove|traced|found|stopped|refused|escalated)\b/i;
const CONSTRAINT = /\b(?:without|within|deadline|budget|only|no authority|under|before|despite|risk)\b/i;
const OUTCOME =
  /\b(?:reduced|cut|fell|dropped|rose|grew|increased|decreased|saved|launched|shipped|adopted|enabled|caught|fixed|improved|doubled|halved|tripled|promoted|won|became|unblocked|avoided|prevented|recovered|migrated)\b/i;
const FIRST_PERSON = /(?:^|\s)(?:I|my|me)\b/;
// Words that can go without changing what a clause says.
const FILLER =
  /(?:^|(?<=\s))(?:basically|actually|really|very|just|quite|essentially|simply|literally|definitely|certainly|somewhat|rather|fairly)\s+/gi;
const OPENERS =
  /^(?:so|overall|basically|ultimately|eventually|in the end|at that point|at the time|to be honest|in short|in fact|of course)\s*,?\s+/i;
const LEADING_JOIN = /^(?:and|but|so|then|or|and then|which|while)\s+/i;
const TRAILING_SEPARATOR = /[\s,;:–—-]+$/u;
// Words that promise what comes after them: a cue cut right after one ("…had grown from…", "…for the…") reads as
// broken, so a cut between words backs off past them.
const DANGLING = new Set(
  (
    'a an the and or but nor so of to from by for with without in into on onto at as than that which who whose when ' +
    'while because about after before over under between through its their our my his her your this these those is ' +
    'are was were be been had has have did do does not no more most less per via across within whether if each ' +
    'every some any another also then just very what where how why would could should will can may might must i we ' +
    'you he she it they me us them now still even'
  ).split(' '),
);

/**
 * Joins each key number to the word after it with a no-break space ("310 ms", "14 upstream", "40 million"), so a line
 * never ends between a number and its unit; the words after that wrap as usual.
 */
function joinNumbers(text: string): string {
  let out = text;
  for (const n of keyNumbers(text)) {
    const joined = text.slice(n.start, n.end).replace(/(?<=\d(?:%|[xX×]|[kKMB]n?|bn|mn)?) (?=\S)/g, NBSP);
    out = out.slice(0, n.start) + joined + out.slice(n.end);
  }
  return out;
}

function lean(text: string): string {
  return text.replace(OPENERS, '').replace(FILLER, '');
}

function capitalizeFirst(text: string, like: string): string {
  return like[0] && like[0] === like[0].toUpperCase() ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function scoreUnit(
  text: string,
  sentence: { hasMetric: boolean; hasOutcome: boolean; hasScale: boolean; isClaim: boolean },
  field: CueField,
  first: boolean,
): number {
  const found = keyNumbers(text);
  const numbers = found.length;
  let score = 0.5 * (3 * +sentence.hasMetric + 2 * +sentence.hasOutcome + +sentence.hasScale + +sentence.isClaim);
  if (numbers) score += 3 + Math.min(2, numbers - 1);
  // A before → after change is usually the headline of a Result ("p99 went from 310 ms to 95 ms").
  if (found.some((n) => n.kind === 'change')) score += 2;
  if (DECISION.test(text)) score += 2;
  if (OUTCOME.test(text)) score += field === 'result' ? 2 : 1.5;
  if (CONSTRAINT.test(text)) score += field === 'situation' || field === 'task' ? 1 : 0.5;
  if ((field === 'action' || field === 'task') && FIRST_PERSON.test(text)) score += 1.5;
  // The opening of Situation, Task and Reflection sets the scene; an opener like "So," carries nothing.
  if (first) score += field === 'action' || field === 'result' ? 0.5 : 1.5;
  if (OPENERS.test(text)) score -= 1;
  return score;
}

/** Splits a sentence at clause punctuation (", ", "; ", ": ", dashes); too-short pieces join the next one. */
function clauseBounds(sentence: string): number[] {
  const cuts = [0];
  for (const m of sentence.matchAll(/(?:[,;:](?=\s)|\s[–—]|\s-(?=\s))\s*/g)) cuts.push(m.index + m[0].length);
  cuts.push(sentence.length);
  const words = (a: number, b: number) => sentence.slice(a, b).trim().split(/\s+/).filter(Boolean).length;
  const out = [0];
  for (let i = 1; i < cuts.length - 1; i++) {
    if (words(out[out.length - 1], cuts[i]) >= MIN_UNIT_WORDS && words(cuts[i], sentence.length) >= MIN_UNIT_WORDS)
      out.push(cuts[i]);
  }
  out.push(sentence.length);
  return out;
}

/** Everything about a section that does not depend on the space it gets: its units and their value. */
export function prepareCue(field: CueField, section: string): PreparedCue {
  const clean = collapseWhitespace(scanWindow(section, CUE_SCAN_CHARS));
  const full = joinNumbers(clean);
  const units: Unit[] = [];
  if (!clean) return { full, units, ranked: [] };
  const analysis = analyzeText(clean, { section: field });
  const spans = analysis.sentences.length
    ? analysis.sentences
    : [{ start: 0, end: clean.length, hasMetric: false, hasOutcome: false, hasScale: false, isClaim: false }];
  spans.forEach((sentence, s) => {
    const start = s === 0 ? 0 : sentence.start;
    const end = s === spans.length - 1 ? full.length : spans[s + 1].start;
    const text = full.slice(start, end);
    const bounds = clauseBounds(text);
    for (let b = 0; b < bounds.length - 1; b++) {
      const piece = text.slice(bounds[b], bounds[b + 1]);
      if (!piece.trim()) continue;
      // A clause said twice (pasted twice, or repeated for emphasis) is shown once: the repeat scores nothing.
      const seen = units.some((u) => u.text.trim() === piece.trim());
      units.push({
        text: piece,
        lean: lean(piece),
        score: seen ? -10 : scoreUnit(piece.replace(/\u00a0/g, ' '), sentence, field, units.length === 0),
        index: units.length,
      });
    }
  });
  const ranked = [...units].sort((a, b) => b.score - a.score || a.index - b.index);
  return { full, units, ranked };
}

/** The kept units in their own order, "…" where units were left out, filler dropped when `useLean`. */
function compose(units: Unit[], kept: Set<number>, useLean: boolean): string {
  let out = '';
  let previousKept = true; // nothing is missing before the first unit
  for (const unit of units) {
    if (!kept.has(unit.index)) {
      previousKept = false;
      continue;
    }
    let text = useLean ? unit.lean : unit.text;
    if (!previousKept) {
      const trimmed = text.replace(LEADING_JOIN, '');
      text = out === '' ? ELLIPSIS + trimmed : trimmed;
      if (out !== '') out = out.replace(TRAILING_SEPARATOR, '') + ` ${ELLIPSIS} `;
    } else if (useLean && unit.lean !== unit.text && out === '') {
      text = capitalizeFirst(text, unit.text);
    }
    out += text;
    previousKept = true;
  }
  out = out.trimEnd();
  // After a whole sentence the mark stands apart ("… a year. …"), after a clause it closes it ("… the RFC…").
  if (!previousKept)
    out = out.replace(TRAILING_SEPARATOR, '') + (/[.!?]["”’)]*$/u.test(out) ? ` ${ELLIPSIS}` : ELLIPSIS);
  return out;
}

/**
 * The best cue for `lines` lines of `widthPt`: the whole section if it fits; else without filler; else the most
 * valuable clauses that fit together, in their own order; else the most valuable clause cut between words.
 * `truncated` says the section goes on past CUE_SCAN_CHARS (the end is then left out, too).
 */
export function chooseCue(
  cue: PreparedCue,
  style: TextStyle,
  widthPt: number,
  lines: number,
  truncated = false,
): CueChoice {
  const fits = (text: string) => countLines(text, style, widthPt, lines + 1) <= lines;
  const all = new Set(cue.units.map((u) => u.index));
  if (!truncated && fits(cue.full))
    return { text: cue.full, lines: countLines(cue.full, style, widthPt), shortening: 'none' };
  const leanAll = compose(cue.units, all, true);
  const leanText = truncated ? leanAll.replace(TRAILING_SEPARATOR, '') + ELLIPSIS : leanAll;
  if (leanText !== cue.full && fits(leanText))
    return {
      text: leanText,
      lines: countLines(leanText, style, widthPt),
      shortening: truncated ? 'clauses' : 'filler',
    };

  const kept = new Set<number>();
  let misses = 0;
  for (const unit of cue.ranked) {
    if (misses >= 4 || unit.score < 0) break;
    kept.add(unit.index);
    if (!fits(compose(cue.units, kept, true))) {
      kept.delete(unit.index);
      misses++;
    }
  }
  const best = cue.ranked[0];
  if (!best) return { text: '', lines: 0, shortening: 'words' };
  const chosen = compose(cue.units, kept, true);
  // When the clauses that fit are worth less than the best clause cut short, the cut is the better cue.
  const keptScore = cue.units.filter((u) => kept.has(u.index)).reduce((sum, u) => sum + u.score, 0);
  const fitted = kept.has(best.index)
    ? undefined
    : fitToLines(compose(cue.units, new Set([best.index]), true), style, widthPt, lines);
  const cutText = fitted && endOnContentWord(fitted.text);
  const cut = cutText !== undefined ? { text: cutText, lines: countLines(cutText, style, widthPt) } : undefined;
  // A cut is worth the share of the clause it keeps, less what its lost numbers carried ("…had grown from…").
  const lostNumbers = cut ? keyNumbers(plainText(best.lean)).length - keyNumbers(plainText(cut.text)).length : 0;
  const cutScore = cut ? best.score * (shownChars(cut.text) / Math.max(1, best.lean.length)) - 3 * lostNumbers : 0;
  if (kept.size > 0 && keptScore >= cutScore) {
    const text = fillTail(cue, kept, style, widthPt, lines) ?? chosen;
    return { text, lines: countLines(text, style, widthPt), shortening: 'clauses' };
  }
  return { text: cut!.text, lines: cut!.lines, shortening: 'words' };
}

const plainText = (text: string) => text.replaceAll(NBSP, ' ');

/**
 * The kept clauses can leave the last line mostly empty when the clause after them is too long to add whole. Then
 * that clause is added cut between words, if at least MIN_UNIT_WORDS of it show and the cut parts no number
 * ("…on the same 8 GPUs, and the team ran 9 experiments a day…"). Undefined when there is nothing worth adding.
 */
function fillTail(
  cue: PreparedCue,
  kept: Set<number>,
  style: TextStyle,
  widthPt: number,
  lines: number,
): string | undefined {
  const last = Math.max(...kept);
  const next = cue.units[last + 1];
  if (!next || next.score < 0) return undefined;
  // The kept clauses up to the last one, without the "…" that would mark the rest as left out.
  const open = compose(cue.units.slice(0, last + 1), kept, true);
  const fitted = fitToLines(`${open} ${next.lean}`, style, widthPt, lines);
  if (!fitted.shortened) return undefined; // the clause fits whole: the choice above already weighed it
  if (!fitted.text.startsWith(open)) return undefined;
  // Back off past dangling words and past a bare count without what it counts ("…instead of 2…").
  const numbers = keyNumbers(plainText(next.lean));
  const words = fitted.text.slice(open.length + 1, -ELLIPSIS.length).split(' ');
  const bare = (w: string) => w.replace(/[,;:–—-]+$/u, '').toLowerCase();
  for (;;) {
    const last = words[words.length - 1];
    if (last === undefined) return undefined;
    const end = words.join(' ').replace(TRAILING_SEPARATOR, '').length;
    const cutsNumber = numbers.some((n) => n.start < end && n.end > end);
    const bareCount = /\d/u.test(last) && !numbers.some((n) => n.end === end);
    if (!DANGLING.has(bare(last)) && !cutsNumber && !bareCount) break;
    words.pop();
  }
  if (words.filter(Boolean).length < MIN_UNIT_WORDS) return undefined;
  return `${open} ${words.join(' ').replace(TRAILING_SEPARATOR, '')}${ELLIPSIS}`;
}

/**
 * A cut between words ends on a word that carries something: trailing words such as "from", "the" or "and" go
 * (a cut before them was as valid as after them). A cue made only of such words is left as it is.
 */
export function endOnContentWord(text: string): string {
  if (!text.endsWith(ELLIPSIS)) return text;
  const words = text.slice(0, -ELLIPSIS.length).split(' ');
  let keep = words.length;
  const bare = (w: string) => w.replace(/^[…("“‘']+/u, '').toLowerCase();
  while (keep > 0 && DANGLING.has(bare(words[keep - 1]))) keep--;
  if (keep === words.length || !words.slice(0, keep).some((w) => !DANGLING.has(bare(w)) && /[\p{L}\p{N}]/u.test(w)))
    return text;
  return words.slice(0, keep).join(' ').replace(TRAILING_SEPARATOR, '') + ELLIPSIS;
}

/** Characters of the section a cue shows: its text without the ellipses that mark what was left out. */
export function shownChars(text: string): number {
  return text.replaceAll(` ${ELLIPSIS} `, ' ').replaceAll(ELLIPSIS, '').length;
}
