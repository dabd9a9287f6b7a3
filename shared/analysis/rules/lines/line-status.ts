// Status lines: a résumé line that names what the writer IS or HOLDS — a post-nominal credential
// ("LCSW", "RVN"), a licence or registration ("licensed in Ohio"), a trade held on their own account
// ("Self-employed landscape gardener"), how long they have worked ("6 years small animal", "since 2015")
// — rather than something they did. RUBRIC.md: job titles, education entries and skill lists are no
// claims; RUBRIC-NOTES: how long the writer has held a post is context. Such lines look like acts to the
// other readers: a participle after a comma reads as a reduced passive, a hyphenated participle as a
// verb-first bullet, a tenure's count as a measure of a verbless result.
//
// The line is read by its shape, segment by segment (segments end at a comma, a semicolon, a bar or a
// full stop; a bracket's words are set aside): every segment must be a status marker or a plain noun
// phrase, and one at least a marker. A plain noun phrase has no verb form, no count and no remit
// preposition, so a line that names work or what the writer ran ("Farm manager, 480 ha arable",
// "Line training captain for new joiners since 2022", "Licensed our data to partners") is not one.
import type { Token } from '../language/tokenize';
import { ACTIVITY_NOUNS, CREDENTIAL_STATES, FIRST_PERSON_WORDS, TENURE_UNITS } from '../language/lexicon';
import { ACTION_BASE, IRREGULAR_PAST, isGerund, isPastForm } from '../language/verbs';
import { isTradeNoun } from './title-lines';
import { PROFILE_HEADS } from './profile-lines';
import { lemmaSet } from '../language/word-lists/lemma-set';

/** Symbols that end a segment of the line. */
const SEGMENT_ENDS = new Set([',', ';', '|', '·', '•', '.']);

/** Prepositions that open what a post is over or whom it serves ("for new joiners", "of a team"): a remit, not a status. */
const REMIT_PREPOSITIONS = new Set(['for', 'of', 'to', 'across', 'over', 'under']);

/** Words a tenure's count may open with: "about 6 years", "over 10 yrs". */
const COUNT_LEADS = new Set(['about', 'around', 'over', 'nearly', 'almost', 'roughly', 'some']);

/** Prepositions that join a credential to where or as what it is held: "licensed in Ohio", "registered with the NMC". */
const HELD_PREPOSITIONS = new Set(['in', 'as', 'with', 'by', 'since', 'from']);

/** A year: "2015". */
const YEAR = /^(?:19|20)\d\d$/;

/** A code that opens with letters: "KS2", "N5", "B1". */
const CODE = /^[A-Za-z]+\d+$/;

/** An ordinal or an edition: "18th", "2nd". */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/**
 * Post-nominal letters and degrees: two to six letters with two capitals or more ("LCSW", "RVN", "BSc",
 * "PhD", "ACCA").
 */
const POST_NOMINAL = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z]{2,6}$/;

/** A word of the line, hyphenated parts joined ("Self-employed" → "self-employed"). */
interface LineWord {
  text: string;
  lower: string;
  kind: Token['kind'];
  /** A hyphenated compound ("self-employed"). */
  compound: boolean;
}

/** A past form or participle the other readers would take for a verb. */
function isVerbForm(w: string): boolean {
  return isPastForm(w) || IRREGULAR_PAST.has(w);
}

/** A capitalized word: a part of a name ("University of Salford"). */
const isName = (w: LineWord | undefined): boolean => w !== undefined && w.kind === 'word' && /^[A-Z]/.test(w.text);

/** Words after "own" that make it a verb with an object, not a thing owned: "own the roadmap", "own our …". */
const OWN_OBJECT_OPENERS = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'all', 'every', 'end', 'delivery']);

/** "own van", "Own ladders and scaffold tower": "own" as an adjective before a bare noun, a thing the writer has. */
function isOwnedThing(segment: readonly LineWord[]): boolean {
  const next = segment[1];
  return (
    segment[0].lower === 'own' && next !== undefined && next.kind === 'word' && !OWN_OBJECT_OPENERS.has(next.lower)
  );
}

/**
 * Words that may stand in a plain noun phrase from `from` on: no verb form, no count (a year or an
 * ordinal names a time or an edition), no remit preposition, no activity noun, no first person.
 */
function plainFrom(segment: readonly LineWord[], from: number): boolean {
  for (let i = from; i < segment.length; i++) {
    const w = segment[i];
    if (w.kind === 'number') {
      if (!YEAR.test(w.text) && !ORDINAL.test(w.lower) && !CODE.test(w.text)) return false;
      continue;
    }
    if (w.kind !== 'word') continue;
    const last = w.lower.slice(w.lower.lastIndexOf('-') + 1);
    if (FIRST_PERSON_WORDS.has(w.lower) || ACTIVITY_NOUNS.has(w.lower)) return false;
    // "University of Salford", "Bank of Ireland": a preposition inside a name is no remit.
    if (REMIT_PREPOSITIONS.has(w.lower) && !(i > from && isName(segment[i - 1]) && isName(segment[i + 1])))
      return false;
    // "heating engineer", "nursing assistant": an "-ing" word before a trade noun names the trade; "BEng Civil
    // Engineering": a capitalized one after a name's first word is part of the name (a field of study).
    const fieldName = i > 0 && isName(w) && isName(segment[i - 1]);
    if (isVerbForm(last) || (isGerund(last) && !fieldName && !isTradeNoun(segment[i + 1]?.lower ?? ''))) return false;
    // "Own van", "own tools": "own" before a bare noun is what the writer has; "Own the roadmap" is a remit.
    if (i === 0 && ACTION_BASE.has(w.lower) && !isOwnedThing(segment)) return false;
  }
  return true;
}

/**
 * "6 years small animal", "about 10 yrs domestic", "Harbourside Dental 2 years 5 months": a count of years or
 * months (a second count of a smaller unit may follow it), then plain words; the name of the employer, in
 * plain capitalized words, may stand before it.
 */
function isTenureSegment(segment: readonly LineWord[]): boolean {
  let i = 0;
  while (isName(segment[i]) && plainFrom(segment.slice(i, i + 1), 0)) i++;
  if (COUNT_LEADS.has(segment[i]?.lower ?? '')) i++;
  if (!isTenureCount(segment, i)) return false;
  i += 2;
  if (isTenureCount(segment, i)) i += 2;
  return plainFrom(segment, i);
}

/** Abbreviations of tenure units the noun lemmas do not reach from "yr" or "month": "yrs", "mos", "mths". */
const TENURE_ABBREVIATIONS = new Set(['yrs', 'mo', 'mos', 'mth', 'mths']);

/** A count and a unit of tenure at `i`: "2 years", "5 months", "4 yrs", "2 mths". */
function isTenureCount(segment: readonly LineWord[], i: number): boolean {
  if (segment[i]?.kind !== 'number' || !/^\d+\+?$/.test(segment[i].text)) return false;
  const unit = segment[i + 1]?.lower;
  return unit !== undefined && (TENURE_UNITS.has(unit) || TENURE_ABBREVIATIONS.has(unit));
}

/** "… since 2015", "… from 2018": a segment that closes with the year the post was taken up. */
function closesWithStartYear(segment: readonly LineWord[]): boolean {
  const n = segment.length;
  return (
    n >= 2 && YEAR.test(segment[n - 1].text) && (segment[n - 2].lower === 'since' || segment[n - 2].lower === 'from')
  );
}

/**
 * "licensed in Ohio", "registered with the NMC", "qualified electrician": a credential participle, then
 * where or as what it is held, or a post held by it; "Gas Safe registered": a credential after its name.
 */
function isCredentialSegment(segment: readonly LineWord[]): boolean {
  // The credential may follow the name of what it is held for: "Gas Safe registered engineer", "ACCA qualified".
  for (let c = 0; c < segment.length && c <= 3; c++) {
    const w = segment[c];
    if (w.kind !== 'word' || !STATE_HEADS.has(w.lower)) continue;
    if (!plainFrom(segment.slice(0, c), 0)) return false;
    // "Bonded and insured": two credentials joined, read from the second.
    const joined = segment[c + 1]?.lower;
    if ((joined === 'and' || joined === '&') && STATE_HEADS.has(segment[c + 2]?.lower ?? '')) c += 2;
    const next = segment[c + 1];
    if (next === undefined) return c > 0 || CREDENTIAL_STATES.has(w.lower);
    if (HELD_PREPOSITIONS.has(next.lower)) return plainFrom(segment, c + 2);
    return segment.slice(c + 1, c + 4).some((x) => isTradeNoun(x.lower)) && plainFrom(segment, c + 1);
  }
  return false;
}

/**
 * Participles that state what the writer holds or is, not an act: the credentials ("licensed",
 * "registered") and the profile heads ("experienced", "skilled": profile-lines.ts) before a post.
 */
const STATE_HEADS: ReadonlySet<string> = new Set([...CREDENTIAL_STATES.values(), ...PROFILE_HEADS]);

/** "Self-employed landscape gardener": a hyphenated participle before a post it describes. */
function isCompoundStateSegment(segment: readonly LineWord[]): boolean {
  const first = segment[0];
  if (!first.compound || !isVerbForm(first.lower.slice(first.lower.lastIndexOf('-') + 1))) return false;
  return segment.slice(1, 5).some((w) => isTradeNoun(w.lower)) && plainFrom(segment, 1);
}

/** "LCSW", "BSc Nursing": post-nominal letters, then plain words (the field). */
function isPostNominalSegment(segment: readonly LineWord[]): boolean {
  return segment[0].kind === 'word' && POST_NOMINAL.test(segment[0].text) && plainFrom(segment, 1);
}

/** A score or level after a test's or a scheme's letters: "IELTS 7.5", "HSK 5", "CET-6", "TOEFL 102". */
const SCORE = /^\d{1,3}(?:\.\d)?$/;

/**
 * "IELTS 7.5", "CET-6", "HSK 5": a test's letters and the score or level the writer holds, then plain words
 * ("Goethe B2 certificate" is a credential noun's segment). A score held is no measure of work (RUBRIC-NOTES
 * status lines: a level or a grade is no metric).
 */
function isScoreSegment(segment: readonly LineWord[]): boolean {
  const first = segment[0];
  if (first.kind !== 'word' || !POST_NOMINAL.test(first.text) || first.text !== first.text.toUpperCase()) return false;
  const score = segment[1];
  return score !== undefined && score.kind === 'number' && SCORE.test(score.text) && plainFrom(segment, 2);
}

/** Units of a skill's speed: "70 wpm", "120 words per minute". */
const RATE_UNITS = new Set(['wpm', 'cpm', 'kph', 'spm']);

/**
 * "Typing 70 wpm", "Touch typing 85 wpm", "Shorthand 110 words per minute": a skill named, then its speed. The
 * speed says how well the writer does it, not what was done (RUBRIC-NOTES status lines: a skill's speed is
 * no metric). The skill may be named by its activity ("typing"), so a gerund stands here.
 */
function isSkillRateSegment(segment: readonly LineWord[]): boolean {
  const at = segment.findIndex((w) => w.kind === 'number');
  if (at < 1 || !/^\d{2,3}$/.test(segment[at].text)) return false;
  const unit = segment[at + 1]?.lower;
  const rest =
    unit !== undefined && RATE_UNITS.has(unit)
      ? at + 2
      : unit === 'words' && segment[at + 2]?.lower === 'per' && segment[at + 3]?.lower === 'minute'
        ? at + 4
        : -1;
  if (rest < 0 || rest !== segment.length) return false;
  return segment
    .slice(0, at)
    .every((w) => w.kind === 'word' && !FIRST_PERSON_WORDS.has(w.lower) && !isVerbForm(w.lower));
}

/** Nouns of a document that entitles the writer: "clean driving licence", "CSCS card", "Goethe B2 certificate". */
const CREDENTIAL_NOUNS = lemmaSet(
  'status-credential-nouns',
  ['licence', 'license', 'card', 'certificate', 'permit', 'clearance', 'passport', 'visa', 'dbs', 'diploma'],
  [],
  { nouns: true },
);

/**
 * "clean driving licence", "CSCS card", "registered DBS check": words that close with a credential noun, each
 * before it a plain word, a credential participle or an "-ing" word that modifies it ("driving licence").
 */
function isCredentialNounSegment(segment: readonly LineWord[]): boolean {
  const n = segment.length - 1;
  const last = segment[n];
  if (last.kind !== 'word' || !CREDENTIAL_NOUNS.has(last.lower)) return false;
  for (let i = 0; i < n; i++) {
    const w = segment[i];
    if (CREDENTIAL_STATES.has(w.lower) || (w.kind === 'word' && isGerund(w.lower) && i === n - 1)) continue;
    if (!plainFrom(segment.slice(i, i + 1), 0)) return false;
  }
  return true;
}

/** Words that open a rating the writer holds: "Rated 4.9/5 …", "Average 4.8 stars …". */
const RATING_LEADS = new Set(['rated', 'rating', 'average', 'avg']);

/** A word that may stand before a rating's score: a rating lead, a star, or a plain word (where it is shown). */
function isScoreLead(w: LineWord): boolean {
  return RATING_LEADS.has(w.lower) || w.lower === STAR_WORD || plainFrom([w], 0);
}

/** Star marks ("★★★★☆", "⭐ 4.8"): read as the word "stars", a rating's unit, wherever they stand. */
const STAR_MARKS = /^[★☆⭐✩✪✫✬✭✮✯🌟]+$/u;

/** The word a run of star marks is read as. */
const STAR_WORD = 'stars';

/** The top of a rating's scale, after the score (the "/" is no word of the segment): "4.9/5", "9.2/10". */
const SCALE_TOPS = new Set(['5', '10', '100']);

/** Nouns of the reviews a rating is drawn from: "from 212 reviews", "87 ratings". */
const REVIEW_NOUNS = lemmaSet('status-review-nouns', ['review', 'rating', 'vote'], [], { nouns: true });

/** "212 reviews": a count of the reviews a rating stands on, at `k`. */
function isReviewCount(segment: readonly LineWord[], k: number): boolean {
  return segment[k]?.kind === 'number' && REVIEW_NOUNS.has(segment[k + 1]?.lower ?? '');
}

/**
 * "Rated 4.9/5 on Checkatrade from 212 reviews", "4.8 stars on Google": a score on a scale the writer's customers
 * gave, where it is shown, and how many reviews it stands on. A standing held, as a level or a grade is, not a
 * result of an act told (RUBRIC-NOTES status lines); "Rated Outstanding by the principal social worker" names
 * no score on a scale and is left to the rules.
 */
function isRatingSegment(segment: readonly LineWord[]): boolean {
  // "Rated 4.9/5", "★ 4.7", "Google 4.6/5", "Customer rating 4.7/5": a lead, a star or where it is shown
  // (plain words, two at most) before the score.
  let i = 0;
  while (i < 2 && i < segment.length && segment[i].kind === 'word' && isScoreLead(segment[i])) i++;
  if (segment[i]?.kind !== 'number' || !SCORE.test(segment[i].text)) return false;
  i++;
  const next = segment[i];
  if (next?.kind === 'number' && SCALE_TOPS.has(next.text)) i++;
  else if (next?.lower === 'out' && segment[i + 1]?.lower === 'of' && SCALE_TOPS.has(segment[i + 2]?.text ?? ''))
    i += 3;
  else if (next?.lower === 'stars' || next?.lower === 'star') i++;
  // "★ 4.7", "⭐ 4.8 · 300 reviews": the star before the score is its unit.
  else if (!segment.slice(0, i - 1).some((w) => w.lower === STAR_WORD)) return false;
  // Then where it is shown and the reviews it stands on: plain words, and one count of reviews.
  for (let k = i; k < segment.length; k++) {
    if (isReviewCount(segment, k)) k++;
    else if (!plainFrom(segment.slice(k, k + 1), 0)) return false;
  }
  return true;
}

type SegmentKind = 'marker' | 'plain' | 'other';

/** A score alone, with a decimal: "4.8" (a star before it may have been read past as the line's markup). */
function isLoneScore(segment: readonly LineWord[]): boolean {
  return segment.length === 1 && segment[0].kind === 'number' && /^\d{1,2}\.\d$/.test(segment[0].text);
}

/**
 * Whether a segment holds a rating or its parts: a rating on a scale, a lone score, or a count of the
 * reviews (statusLineKind: a lone score and a count of reviews on one line are a rating, "4.8 · 300 reviews").
 */
function ratingParts(segment: readonly LineWord[]): { rating: boolean; score: boolean; reviews: boolean } {
  return {
    rating: isRatingSegment(segment),
    score: isLoneScore(segment),
    reviews: segment.some((_, k) => isReviewCount(segment, k)),
  };
}

function segmentKind(segment: readonly LineWord[]): SegmentKind {
  if (
    isPostNominalSegment(segment) ||
    isCredentialSegment(segment) ||
    isCompoundStateSegment(segment) ||
    isTenureSegment(segment) ||
    isScoreSegment(segment) ||
    isSkillRateSegment(segment) ||
    isCredentialNounSegment(segment) ||
    isRatingSegment(segment)
  )
    return 'marker';
  // "120+ reviews": the count a rating stands on, beside it; "4.8" alone: a score, a rating if the line
  // names the reviews it stands on (statusLineKind).
  if (segment.length === 2 && isReviewCount(segment, 0)) return 'plain';
  if (isLoneScore(segment)) return 'plain';
  if (closesWithStartYear(segment)) {
    // "self-employed since 2014": a state of the writer's, held since a year.
    const held = segment.slice(0, -2);
    const state =
      held.length === 1 && held[0].compound && isVerbForm(held[0].lower.slice(held[0].lower.lastIndexOf('-') + 1));
    return state || plainFrom(held, 0) ? 'marker' : 'other';
  }
  // "BSc (Hons) Nursing, 2:1": a degree's class, told in single digits, is a grade held.
  if (segment.every((w) => w.kind === 'number' && /^\d$/.test(w.text))) return 'plain';
  return plainFrom(segment, 0) ? 'plain' : 'other';
}

/**
 * Whether a résumé line names what the writer is or holds — credentials, a licence, a trade on their own
 * account, how long they have worked — and no act: "LCSW, licensed in Ohio", "RVN, 6 years small animal",
 * "Self-employed landscape gardener since 2015, Co. Wicklow." A line with a verb, a count, a remit or
 * the writer named ("Licensed 40 new drivers", "Lead of a team of 4 since 2022") is not one.
 */
export function isStatusLine(tokens: readonly Token[]): boolean {
  return statusLineKind(tokens) !== undefined;
}

/**
 * What a status line holds: 'rating' when one of its segments is a rating on a scale ("Rated 4.9/5 on
 * Checkatrade from 212 reviews"), whose word of praise is the standing itself, no effect of an act; else
 * 'status'; undefined when the line is no status line (see isStatusLine).
 */
export function statusLineKind(tokens: readonly Token[]): 'rating' | 'status' | undefined {
  // The line is cut into segments (bracketed words dropped, hyphenated compounds joined) and each is read
  // as soon as it closes: most lines fail on their first segment, and the rest is never built.
  let marked = false;
  let rating = false;
  let score = false;
  let reviews = false;
  let current: LineWord[] = [];
  // A bracket's words are set aside, but a tenure in brackets marks the line: "Harbourside Dental (2 years 5 months)".
  let inner: LineWord[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') {
      depth = Math.max(0, depth - 1);
      if (depth === 0 && inner.length > 0 && isTenureSegment(inner)) marked = true;
      inner = [];
    } else if (depth > 0 && t.text !== ',') inner.push({ text: t.text, lower: t.lower, kind: t.kind, compound: false });
    if (depth > 0 || t.text === ')' || t.text === ']') continue;
    if (t.kind === 'symbol' && STAR_MARKS.test(t.text)) {
      // "★★★★☆": one run of marks is one unit.
      if (current[current.length - 1]?.lower !== STAR_WORD)
        current.push({ text: STAR_WORD, lower: STAR_WORD, kind: 'word', compound: false });
      continue;
    }
    if (t.kind === 'symbol') {
      const prev = current[current.length - 1];
      const next = tokens[i + 1];
      if (t.text === '-' && prev && next?.kind === 'word' && tokens[i - 1].end === t.start && t.end === next.start) {
        prev.text = `${prev.text}-${next.text}`;
        prev.lower = `${prev.lower}-${next.lower}`;
        prev.compound = true;
        i++;
      } else if (SEGMENT_ENDS.has(t.text) && current.length > 0) {
        const kind = segmentKind(current);
        if (kind === 'other') return undefined;
        if (kind === 'marker') marked = true;
        const parts = ratingParts(current);
        rating ||= parts.rating;
        score ||= parts.score;
        reviews ||= parts.reviews;
        current = [];
      }
      continue;
    }
    // The writer named ("I", "our") makes the segment, so the line, no status: plainFrom rejects it
    // wherever no marker test reads past it, and none reads a first-person word (one in capitals,
    // "US", may be post-nominal letters; one hyphenated to the next is part of a compound).
    if (FIRST_PERSON_WORDS.has(t.lower) && tokens[i + 1]?.text !== '-' && !POST_NOMINAL.test(t.text)) return undefined;
    // "self employed", "self taught": the compound written with a space is the hyphenated one.
    const next = tokens[i + 1];
    if (t.lower === 'self' && next?.kind === 'word' && isVerbForm(next.lower)) {
      current.push({ text: `${t.text}-${next.text}`, lower: `self-${next.lower}`, kind: 'word', compound: true });
      i++;
      continue;
    }
    current.push({ text: t.text, lower: t.lower, kind: t.kind, compound: false });
  }
  if (current.length > 0) {
    const kind = segmentKind(current);
    if (kind === 'other') return undefined;
    if (kind === 'marker') marked = true;
    const parts = ratingParts(current);
    rating ||= parts.rating;
    score ||= parts.score;
    reviews ||= parts.reviews;
  }
  // "4.8 · 300 reviews": a score and the reviews it stands on, the star read past as the line's markup.
  if (score && reviews) return 'rating';
  if (!marked) return undefined;
  return rating ? 'rating' : 'status';
}
