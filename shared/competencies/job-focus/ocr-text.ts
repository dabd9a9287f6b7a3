// Text read by OCR from a scanned flyer or a newspaper ("Make the ca11 on what ships", "Keep the shift on p1an",
// "Y0U WlLL", "lnvestigate every accident"): a digit or a letter that looks like another stands inside a word, so
// the word is no word the lexicon knows. Each such character is read as the letter it stands for; the text keeps
// its length, so every offset into it is still an offset into the text it came from.

// A whole run of letters and digits (one word as OCR cut it: "ca11", "0PERATIONS", "a11owance") that holds a 0, a 1
// or an l: only such a run can be read as another word. The lookbehind starts it at the run's first character.
const SUSPECT_RUN = /(?<![A-Za-z0-9])[A-Za-z0-9]*[01l][A-Za-z0-9]*/g;
// A run may stand for a word only if its digits are the look-alikes of letters (0 for O, 1 for l or I): "L5", "S3",
// "B2B", "x86", "24/7" keep theirs.
const OTHER_DIGIT = /[2-9]/;
const LOOK_ALIKE = /[01]/;
// What follows one digit when the run is a number with a unit or an ordinal, not a word: "1st", "1pm", "0ms", "1hr".
const UNIT = /^(st|nd|rd|th|am|pm|hr|hrs|h|min|mins|ms|s|px|kg|km|mb|gb|tb|k|m|x|yr|yrs|wk|wks|d|day|days)$/i;
// "lnvestigate", "lmprove": a capital I read as l before a consonant no English word starts "l" with.
const L_FOR_I = /^l(?=[nmt][a-z]{2,})/;
// Exceptions: abbreviations that do start that way.
const L_WORDS = new Set(['ltd', 'ltds', 'lte', 'lms', 'lng', 'ltm', 'ltv']);

/** The letter `c` (a digit 0 or 1, or an l among capitals) stands for, in a word of capitals or not. */
function letterFor(c: string, capitals: boolean): string {
  if (c === '0') return capitals ? 'O' : 'o';
  if (c === '1') return capitals ? 'I' : 'l';
  return 'I';
}

/** The run as the word it stands for, or undefined when it is a number, a code or already a word. */
function readRun(run: string): string | undefined {
  const letters = run.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2) return undefined;
  // A word of capitals with one lower-case l among them ("HlRING", "WlLL", "NlGHT").
  const others = letters.replace(/l/g, '');
  const capitals = others.length >= 2 && others === others.toUpperCase();
  const hasDigit = LOOK_ALIKE.test(run);
  if (!hasDigit) {
    if (capitals && others.length < letters.length) return run.replace(/l/g, 'I');
    if (L_FOR_I.test(run) && !L_WORDS.has(run.toLowerCase())) return 'I' + run.slice(1);
    return undefined;
  }
  if (OTHER_DIGIT.test(run)) return undefined;
  const lead = /^[01]+/.exec(run)?.[0] ?? '';
  const trail = /[01]+$/.exec(run)?.[0] ?? '';
  // "10am", "100GB": more than one digit before the letters is a number with its unit; "1st", "0ms" are too.
  if (lead.length > 1 || (lead.length === 1 && UNIT.test(run.slice(1)))) return undefined;
  // "FY10", "SOC1": a code of capitals ending in a number; "year10", "tier1", "step1": a word and its number, written
  // together. OCR's trailing look-alikes follow a vowel ("ca11", "wi11", "hote1", "fu11").
  if (trail.length > 0 && (capitals || !/[aeiouy]$/i.test(run.slice(0, -trail.length)))) return undefined;
  return run.replace(/[01l]/g, (c) => (c === 'l' && !capitals ? c : letterFor(c, capitals)));
}

/**
 * `text` with OCR's look-alike characters inside words read as the letters they stand for ("ca11" → "call", "p1an" →
 * "plan", "Y0U WlLL" → "YOU WILL", "0wn" → "own", "lnvestigate" → "Investigate"), the same length as `text`. Numbers,
 * codes and levels ("L5", "S3", "24/7", "FY10", "1st", "100GB") are left as they are.
 */
export function ocrReadable(text: string): string {
  // Most text has no digit inside a word and no "l" among capitals: nothing to read again.
  if (!/[A-Za-z][01]|[01][A-Za-z]|[A-Z]l[A-Z]|\bl[nmt]/.test(text)) return text;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(SUSPECT_RUN)) {
    const run = m[0];
    // A run with no 0 or 1, no capital and no opening l ("level", "skills") is already a word: checked before the
    // costlier reading, as most runs are.
    if (!/[01A-Z]/.test(run) && run.charCodeAt(0) !== 108) continue;
    const read = readRun(run);
    if (read === undefined) continue;
    out += text.slice(from, m.index) + read;
    from = m.index + run.length;
  }
  return from === 0 ? text : out + text.slice(from);
}
