// Number typography read the one way every number reader knows, one character for one so every offset
// stays the same (readable-text.ts calls it before any rule reads the sentence). Writers type the same
// figure many ways: a Unicode minus ("−48 %"), a thin or no-break space between digit groups ("12 000",
// "40 000"), a currency after the figure with its magnitude ("1,2 M€", "2,5 Mio. €", "500 ₦"), a magnitude
// abbreviated the continental way ("14 mil. EUR", "3 mln USD", "2 Mrd."), a multiplier sign before the figure
// ("x3 faster"). Rather than teach each reader (quantities.ts and its quantity-*.ts parts, the change and
// difference readers) each typography, the text is rewritten here to the form they all read: "-48 %",
// "12,000", "€1,2M", "14M EUR", "3x faster". A new typography is added once, here.
//
// Conservative where a form is ambiguous: a plain space between digit groups may be two numbers ("3 200-seat
// halls"), so only thin and no-break spaces group digits; a lone "1.200" may be a decimal, so a dot groups
// thousands only with a decimal comma after it ("1.200,50 €"); "x86" is a name, so "x3" is a multiplier only
// before a comparative or "times", or after "by".

/** Currency signs typed after a figure ("45 €", "1,2 M€"); quantity-lexicon.ts reads them before it. */
const CURRENCY_SIGNS = '€£$¥₹₦₱₺₴₫₵₲₡₭₸₼₾৳₨₩₽₪฿';

/** Magnitudes written short after a figure, and the letter the readers know each by ("Mio." → "M"). */
const SHORT_MAGNITUDES: Readonly<Record<string, string>> = {
  k: 'k',
  m: 'M',
  mm: 'M',
  mn: 'M',
  mio: 'M',
  mil: 'M',
  mln: 'M',
  bn: 'bn',
  b: 'bn',
  mrd: 'bn',
};

// A figure, an optional magnitude (with its full stop) and a currency sign after it: "1,2 M€", "18 M€",
// "2,5 Mio. €", "500 ₦", "40,000 €". The figure does not follow a letter, a digit or a sign already, and
// ends in a digit; a sign with a figure after it opens that figure ("In 2023, € 5m …").
const FIGURE_THEN_CURRENCY = new RegExp(
  `(?<![\\p{L}\\p{N}.,${CURRENCY_SIGNS}]|\\d[ \\u00a0\\u2009\\u202f])(\\d(?:[\\d.,]*\\d)?)([ \\u00a0\\u2009\\u202f]?)(?:(k|m|mm|mn|mio|mil|mln|bn|b|mrd)(\\.?)([ \\u00a0\\u2009\\u202f]?))?([${CURRENCY_SIGNS}])(?![\\p{L}\\p{N}]|\\s?\\d)`,
  'giu',
);

// A figure and a magnitude written the continental way: "14 mil. EUR", "3 mln USD", "2 Mrd. Euro", "4 Mio.
// Besucher" → "14M   EUR". "mil" is a magnitude only before a currency code or word ("3 mil of cable" may be
// thousandths of an inch); "mio", "mln" and "mrd" are nothing else.
const FIGURE_THEN_LONG_MAGNITUDE = /(?<![\p{L}\p{N}.,])(\d(?:[\d.,]*\d)?)( ?)(mio|mil|mln|mrd)(\.?)(?![\p{L}\p{N}])/giu;
// A currency code or word after a magnitude: "EUR", "USD", "euros", "dollars", "€".
const CURRENCY_AFTER = /^ ?(?:[A-Z]{3}\b|[€$£]|euros?\b|dollars?\b|pesos?\b|reais\b|rupees?\b|francs?\b)/i;

// A thin or no-break space between groups of three digits: "12 000", "1 250 000".
const SPACED_GROUPS = /(?<![\d.,])\d{1,3}(?:[\u00a0\u2009\u202f]\d{3})+(?![\d])/g;

// Plain spaces between groups of three digits right before a currency sign: "1 200 €", "12 500 ₹" (a sign
// after them says they are one sum).
const SPACED_GROUPS_BEFORE_SIGN = new RegExp(`(?<![\\d.,])\\d{1,3}(?: \\d{3})+(?= ?[${CURRENCY_SIGNS}])`, 'gu');

// A dot grouping thousands before a decimal comma: "1.200,50", "12.500,5".
const DOTTED_GROUPS_DECIMAL_COMMA = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+),(\d{1,2})(?![\d.,])/g;

// A multiplier sign before its figure: "x3 faster", "×2 more", "by x4", "grew x10".
const SIGN_BEFORE_MULTIPLE = /(?<![\p{L}\p{N}])([x×])(\d{1,3}(?:[.,]\d)?)(?![\p{L}\p{N}])/gu;

// A minus sign is a minus wherever it stands ("−48 %"); a figure dash or an en dash is one only right before
// a figure and after blank space, a bracket or a colon that no figure comes before ("(–12%)", "size: –31%"),
// not between two figures ("40–120", "10 –20"), which is a range.
const MINUS_SIGN = /\u2212/g;
const SIGN_DASH = /[\u2012\u2013](?=\d)/g;

/** Whether the dash at `at` stands as a sign: after the start, blank space, "(" or ":", with no figure before. */
function isSignDash(text: string, at: number): boolean {
  if (at === 0) return true;
  if (!/[\s(:]/.test(text[at - 1])) return false;
  const before = /(\S)\s*$/.exec(text.slice(Math.max(0, at - 4), at - 1).concat(text[at - 1] === '(' ? '(' : ''));
  return before === null || !/\d/.test(before[1]);
}

/** Words after "x3" that make it a multiple of the thing compared: "x3 faster", "x2 more", "x10 times". */
function multipleFollows(text: string, end: number): boolean {
  const next = /^ ?([a-z]+)/i.exec(text.slice(end, end + 24));
  if (next === null) return false;
  const word = next[1].toLowerCase();
  return (word.endsWith('er') && word.length > 3) || word === 'more' || word === 'less' || word === 'times';
}

/** Words before "x3" that make it a multiple: "grew by x3", "a x3 increase", "sales grew x2". */
function multipleLeads(text: string, start: number): boolean {
  const before = /([a-z]+) ?$/i.exec(text.slice(Math.max(0, start - 12), start));
  return before !== null && /^(by|of|a|an|grew|rose|increased|multiplied|jumped)$/i.test(before[1]);
}

/** `text` padded with spaces to `length` (a rewrite never grows: its sign or magnitude moved, spaces dropped). */
function padded(text: string, length: number): string {
  return text.length >= length ? text.slice(0, length) : text + ' '.repeat(length - text.length);
}

// Any character one of the rewrites starts from: most sentences have none and are returned as they are. A
// multiplier sign counts only with its figure right after it ("x3"): an "x" alone is in many words ("next",
// "experiment") and would send most sentences through every rewrite for nothing.
const MAY_REWRITE = /[\u2212\u2012\u2013\u00a0\u2009\u202f€£$¥₹₦₱₺₴₫₵₲₡₭₸₼₾৳₨₩₽₪฿]|[x×]\d|\d\.\d{3},|\d ?m[ilr]/i;

/**
 * The sentence with its figures in the typography every number reader knows, one character for one:
 * "−48 %" → "-48 %", "12 000" (thin space) → "12,000", "1.200,50" → "1,200.50", "1,2 M€" → "€1,2M ",
 * "14 mil. EUR" → "14M   EUR", "x3 faster" → "3x faster".
 */
export function plainNumbers(text: string): string {
  if (!/\d/.test(text) || !MAY_REWRITE.test(text)) return text;
  let plain = text;
  plain = plain.replace(MINUS_SIGN, '-');
  plain = plain.replace(SIGN_DASH, (m, offset: number) => (isSignDash(plain, offset) ? '-' : m));
  plain = plain.replace(SPACED_GROUPS, (m) => m.replace(/[\u00a0\u2009\u202f]/g, ','));
  plain = plain.replace(SPACED_GROUPS_BEFORE_SIGN, (m) => m.replace(/ /g, ','));
  plain = plain.replace(DOTTED_GROUPS_DECIMAL_COMMA, (_m, whole: string, decimals: string) => {
    return `${whole.replace(/\./g, ',')}.${decimals}`;
  });
  plain = plain.replace(
    FIGURE_THEN_CURRENCY,
    (m, figure: string, _space, magnitude: string | undefined, _dot, _space2, sign: string) =>
      padded(`${sign}${figure}${magnitude ? SHORT_MAGNITUDES[magnitude.toLowerCase()] : ''}`, m.length),
  );
  plain = plain.replace(
    FIGURE_THEN_LONG_MAGNITUDE,
    (m, figure: string, _space, magnitude: string, _dot, offset: number) =>
      magnitude.toLowerCase() !== 'mil' || CURRENCY_AFTER.test(plain.slice(offset + m.length, offset + m.length + 9))
        ? padded(`${figure}${SHORT_MAGNITUDES[magnitude.toLowerCase()]}`, m.length)
        : m,
  );
  plain = plain.replace(SIGN_BEFORE_MULTIPLE, (m, sign: string, figure: string, offset: number) =>
    multipleFollows(plain, offset + m.length) || multipleLeads(plain, offset) ? `${figure}${sign}` : m,
  );
  return plain;
}
