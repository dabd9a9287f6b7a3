// Numbers written as words. "one", "a" and "an" are deliberately absent: "one client", "a team"
// are not measurements; the quantity rule accepts them only in phrases such as "about an hour".

export const NUMBER_WORDS = new Map<string, number>([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['thousand', 1_000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000],
  ['trillion', 1e12],
  ['dozen', 12],
  ['zero', 0],
]);

/** "hundreds of", "thousands of": an order of magnitude without an exact figure. */
export const MAGNITUDE_PLURALS = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'trillions',
  'tens',
]);

/** Words that scale a preceding number: "3 million", "1.2 billion". */
export const MAGNITUDE_WORDS = new Set([
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'k',
  'm',
  'mm',
  'b',
  'bn',
]);

/** Words that are themselves a measured change. */
export const CHANGE_MULTIPLIERS = new Set([
  'doubled',
  'doubling',
  'halved',
  'halving',
  'tripled',
  'tripling',
  'quadrupled',
  'quadrupling',
  'twofold',
  'threefold',
  'fourfold',
  'fivefold',
  'tenfold',
  'hundredfold',
  'two-fold',
  'three-fold',
  'ten-fold',
  'twice',
]);

/** Ordinals are positions, not amounts ("second engineer", "first ML team"). */
export const ORDINAL_WORDS = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
]);

export function numberWordValue(lower: string): number | undefined {
  return NUMBER_WORDS.get(lower);
}

/**
 * Whether `text` is one to `most` ASCII digits and nothing else, as /^\d{1,most}$/ tests it. A scan of char
 * codes: the number checks ask it of every number token, and an expression cost several times as much.
 */
export function isDigitRun(text: string, most: number): boolean {
  const n = text.length;
  if (n === 0 || n > most) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * The value of digits with thousands commas ("1,200" → 1200), as `Number(text.replace(/,/g, ''))` reads
 * it, with no expression to run when there is no comma (most numbers; the number checks ask it often).
 */
export function digitsValue(text: string): number {
  return Number(text.includes(',') ? text.replace(/,/g, '') : text);
}

/**
 * The value a count's digits give ("30", "1,200", "1.5k" → 1,500), or undefined when it has none. A
 * k/m/b suffix is read as at least a thousand, which is all the size thresholds that use this need.
 */
export function figureValue(text: string): number | undefined {
  // The size, metric, coordination and load checks each ask it of the same quantity's text in turn.
  if (text === lastFigureText) return lastFigure;
  const m = FIGURE.exec(text);
  lastFigureText = text;
  lastFigure = m ? digitsValue(m[1]) * (m[2] ? 1000 : 1) : undefined;
  return lastFigure;
}

const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*([kmb])?\b/i;
// The last text figureValue read, and its value.
let lastFigureText: string | undefined;
let lastFigure: number | undefined;

/** Magnitude words written apart from the digits that scale them: "1.2 million", "2 lakh", "1.2 crore". */
const SPELLED_MAGNITUDES = /\s(hundred|thousand|million|billion|trillion|lakh|crore)s?\b/i;

/**
 * The size of a count however it is written: its digits ("1,200", "1.5k"), its digits with a magnitude word
 * apart ("1.2 million words" → at least 1,200), or its number words ("forty-five houses" → 40, "sixty" →
 * 60; the largest word stands for the whole, which is all the size thresholds need). The same count in
 * words or digits must size the same: a writer's "sixty heat pumps" is no smaller than "60".
 */
export function countSize(text: string): number | undefined {
  const figure = figureValue(text);
  if (figure !== undefined) return SPELLED_MAGNITUDES.test(text) ? Math.max(figure, 1) * 1000 : figure;
  let value: number | undefined;
  for (const word of text.toLowerCase().split(/[\s-]+/)) {
    const v = numberWordValue(word);
    if (v !== undefined) value = Math.max(value ?? 0, v);
  }
  return value;
}
