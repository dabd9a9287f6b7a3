// Pulls the numbers worth remembering out of story text: percentages, money, multipliers, before→after changes,
// durations and counts with a unit ("12 engineers", "40k QPS"). Years, versions and names with digits
// ("in 2019", "Python 3.11", "EC2", "p99", "H100") are not key numbers. Small and sheet-specific on purpose: the
// analyzer in shared/analysis/ answers a different question (does a sentence have a metric at all).

export type KeyNumberKind = 'change' | 'money' | 'percent' | 'multiplier' | 'duration' | 'count';

export interface KeyNumber {
  /** As it is printed on the sheet, e.g. "40%", "$1.2M", "9 hours → 3 hours". */
  text: string;
  kind: KeyNumberKind;
  /** Offsets into the text it was found in (UTF-16). */
  start: number;
  end: number;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:k|K|M|B|bn|mn|MM|million|billion|thousand|trillion)`;

// Numbers glued to letters or dots are names or versions (EC2, p99, v2.1, H100, 3.11.4). The check is written
// *after* the first character (`\d(?<![\w.$€£¥]\d)` rather than `(?<![\w.$€£¥])\d`): a pattern that starts with
// a lookbehind makes V8 try the whole pattern at every position of the text, while one that starts with a
// character class lets it skip ahead to the next digit. Same matches, about 8× faster on a 20,000-character section.
const GLUED = String.raw`[\w.$€£¥]`;
/** NUM, not glued to what comes before it. */
const FREE_NUM = String.raw`\d(?<!${GLUED}\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)`;
/** A currency sign or code, not glued to what comes before it. */
const FREE_CURRENCY = String.raw`(?:[$€£¥](?<!${GLUED}[$€£¥])|(?:USD|EUR|GBP)(?<!${GLUED}(?:USD|EUR|GBP))\s?)`;
const CURRENCY = String.raw`(?:[$€£¥]|USD\s?|EUR\s?|GBP\s?)`;
const DURATION_UNIT = String.raw`(?:ms|milliseconds?|µs|us|microseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|quarters?|years?|sprints?)`;
const PERCENT_UNIT = String.raw`(?:%|\s?percent\b|\s?pp\b|\s?percentage points?\b|\s?bps\b|\s?basis points\b)`;
// A quantity as it may appear on either side of a change: "$2M", "45 ms", "12%", "9 hours", "3".
const quantity = (currency: string, num: string) =>
  String.raw`(?:${currency}(?:${NUM})\s?${SCALE}?|(?:${num})(?:\s?${SCALE}\b)?(?:${PERCENT_UNIT}|\s?${DURATION_UNIT}\b|\s?[xX×](?![\w]))?)`;
const QUANTITY = quantity(CURRENCY, NUM);
const FREE_QUANTITY = quantity(FREE_CURRENCY, FREE_NUM);

const PATTERNS: { kind: KeyNumberKind; re: RegExp }[] = [
  { kind: 'change', re: new RegExp(String.raw`\b[Ff]rom\s+(${QUANTITY})\s+(?:down\s+|up\s+)?to\s+(${QUANTITY})`, 'g') },
  { kind: 'change', re: new RegExp(String.raw`(${FREE_QUANTITY})\s*(?:→|->|⇒|=>|–>)\s*(${QUANTITY})`, 'g') },
  {
    kind: 'money',
    re: new RegExp(
      String.raw`${CURRENCY}(?:${NUM})(?:\s?${SCALE}\b)?|(?:${FREE_NUM})\s?${SCALE}?\s(?:dollars|euros|USD|EUR)\b`,
      'g',
    ),
  },
  { kind: 'percent', re: new RegExp(String.raw`(?:[+-](?<!${GLUED}[+-])(?:${NUM})|${FREE_NUM})${PERCENT_UNIT}`, 'g') },
  {
    kind: 'multiplier',
    re: new RegExp(
      String.raw`(?:${FREE_NUM})\s?(?:[xX×](?![\w])|-?fold\b|\stimes\b)|\b(?:doubled|tripled|quadrupled|halved)\b`,
      'g',
    ),
  },
  { kind: 'duration', re: new RegExp(String.raw`(?:${FREE_NUM})(?:\s?-\s?|\s)?${DURATION_UNIT}\b`, 'g') },
  // Counts: a number (maybe with k/M/B) and the noun it counts. The noun must not be a function word.
  // A second word joins when the first is not a plural: "12 support agents", "1,500 labelled tickets", "3 teams".
  {
    kind: 'count',
    re: new RegExp(
      String.raw`(?:${FREE_NUM})(?:\s?${SCALE}\b)?\+?(?:\s|-)([A-Za-z][A-Za-z-]*)(?:\s([a-z][a-z-]*))?`,
      'g',
    ),
  },
  { kind: 'count', re: new RegExp(String.raw`(?:${FREE_NUM})\s?${SCALE}\b\+?`, 'g') },
];

const FUNCTION_WORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its me more most my no not of on or ' +
    'our out over she so than that the their them then there these they this those to under up us was we were which who ' +
    'will with you your per times am pm ad bc'
  ).split(' '),
);
const VERSION_CONTEXT =
  /\b(?:v|q|h|version|release|python|java|node|ubuntu|windows|ios|android|gpt|llama|iphone|rev|step|phase|round|level|chapter|section|figure|table)\s?$/i;

function isYear(text: string): boolean {
  return /^(19|20)\d{2}$/.test(text);
}

/** Finds key numbers in `text`, in order of appearance, overlapping matches resolved in favour of the richer kind. */
export function keyNumbers(text: string): KeyNumber[] {
  const found: KeyNumber[] = [];
  // One flag per UTF-16 unit: a 20,000-character section has hundreds of matches, so no pairwise overlap checks.
  const taken = new Uint8Array(text.length);
  const overlaps = (s: number, e: number) => {
    for (let i = s; i < e; i++) if (taken[i]) return true;
    return false;
  };
  for (const { kind, re } of PATTERNS) {
    re.lastIndex = 0;
    // exec in a loop, not matchAll: matchAll's iterator costs more than the match itself on long sections.
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      if (taken[start]) continue; // inside a richer match found earlier
      let raw = m[0];
      if (kind === 'count' && m[1] !== undefined) {
        if (
          m[2] !== undefined &&
          (/s$/i.test(m[1]) || FUNCTION_WORDS.has(m[2]) || FUNCTION_WORDS.has(m[1].toLowerCase()))
        ) {
          raw = raw.slice(0, raw.length - m[2].length).replace(/\s+$/, '');
        }
        if (FUNCTION_WORDS.has(m[1].toLowerCase())) raw = raw.slice(0, raw.length - m[1].length).replace(/[\s-]+$/, '');
        const digits = raw.replace(/[\s+-].*$/, '');
        if (isYear(digits)) continue; // "2019 budget", "in 2021 we…"
        if (!/\D/.test(raw)) continue; // a bare number with nothing it counts says little
      }
      const end = start + raw.length;
      if (overlaps(start, end)) continue;
      if (VERSION_CONTEXT.test(text.slice(Math.max(0, start - 12), start))) continue;
      taken.fill(1, start, end);
      let display = raw.replace(/\s+/g, ' ').trim();
      if (kind === 'change') display = `${m[1].replace(/\s+/g, ' ').trim()} → ${m[2].replace(/\s+/g, ' ').trim()}`;
      found.push({ text: display, kind, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const KIND_WEIGHT: Record<KeyNumberKind, number> = {
  change: 6,
  money: 5,
  percent: 5,
  multiplier: 5,
  duration: 3,
  count: 2,
};

export interface RankedNumber extends KeyNumber {
  field: string;
}

const SCALE_FACTOR: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  trillion: 1e12,
};
const UNIT_ALIAS: [RegExp, string][] = [
  [/^(?:ms|milliseconds?)$/, 'ms'],
  [/^(?:µs|us|microseconds?)$/, 'us'],
  [/^(?:s|secs?|seconds?)$/, 's'],
  [/^(?:mins?|minutes?)$/, 'min'],
  [/^(?:h|hrs?|hours?)$/, 'h'],
  [/^(?:percent|%)$/, '%'],
];

/**
 * One quantity as a comparable key: "$180K", "$180k" and "$180,000" are the same; "9 hours" and "9 h" too. Words
 * after the number count only by their first word, singular ("12 engineers" = "12 engineer").
 */
function quantityKey(text: string): string {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const m =
    /^([$€£¥]|usd |eur |gbp )?(\d[\d,]*(?:\.\d+)?)\s?(k|m|mm|mn|b|bn|thousand|million|billion|trillion)?\b\s?(.*)$/.exec(
      t,
    );
  if (!m) return t;
  const value = Number(m[2].replace(/,/g, '')) * (m[3] ? SCALE_FACTOR[m[3]] : 1);
  let unit = (m[4] ?? '').replace(/^-/, '').split(/[\s-]/)[0] ?? '';
  for (const [re, alias] of UNIT_ALIAS) if (re.test(unit)) unit = alias;
  if (unit.length > 3) unit = unit.replace(/s$/, '');
  return `${m[1]?.trim() ?? ''}${value}${unit}`;
}

/** The keys of a key number: one for a single quantity, one per side for a before → after change. */
export function numberKeys(n: Pick<KeyNumber, 'text' | 'kind'>): string[] {
  return n.kind === 'change' ? n.text.split(' → ').map(quantityKey) : [quantityKey(n.text)];
}

/**
 * The distinct key numbers of several fields, most telling first: changes, money, percentages and multipliers before
 * durations and counts; numbers from the Result before the Action before the rest; then by first appearance. Each
 * number appears once: "$180K" and "$180,000" are one number, and a number already shown as one side of a
 * before → after change ("$420k → $180K") is not listed again on its own.
 */
export function rankKeyNumbers(fields: { field: string; text: string; weight: number }[]): RankedNumber[] {
  const seen = new Set<string>();
  const all: (RankedNumber & { score: number; order: number })[] = [];
  let order = 0;
  for (const { field, text, weight } of fields) {
    for (const n of keyNumbers(text)) {
      const key = numberKeys(n).join(' → ');
      if (seen.has(key)) continue;
      seen.add(key);
      all.push({ ...n, field, score: KIND_WEIGHT[n.kind] + weight, order: order++ });
    }
  }
  const inChanges = new Set(all.filter((n) => n.kind === 'change').flatMap(numberKeys));
  const distinct = all.filter((n) => n.kind === 'change' || !inChanges.has(quantityKey(n.text)));
  distinct.sort((a, b) => b.score - a.score || a.order - b.order);
  return distinct.map(({ score: _s, order: _o, ...n }) => n);
}
