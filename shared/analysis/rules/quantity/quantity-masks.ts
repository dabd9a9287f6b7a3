// Spans of a sentence where digits are not quantities: URLs, e-mail addresses, inline code, HTML tags,
// and fixed compounds like "1:1" or "24/7". Quantity detection excludes numbers inside them as 'code'.
// Regexes over the raw sentence, kept apart from the token-based rules.

// Each pattern runs only when a cheap test says it can match: a substring every match holds, one of
// several (after the part they all hold), or a character next to a digit that every match holds. The
// tests are plain scans: a regex probe costs several times a substring search on every sentence.
type Probe = (sentence: string) => boolean;

/** The sentence holds `part`. */
const holds =
  (part: string): Probe =>
  (s) =>
    s.includes(part);

/**
 * The sentence holds one of `oneOf`, each of which starts with `part`: read where `part` occurs, so
 * the sentence is scanned once rather than once per form.
 */
const holdsOneOf =
  (part: string, oneOf: readonly string[]): Probe =>
  (s) => {
    for (let i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1))
      for (const p of oneOf) if (s.startsWith(p, i)) return true;
    return false;
  };

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The sentence holds the character `ch` (one UTF-16 unit) right before a digit, as /-\d/ would find. */
const charBeforeDigit =
  (ch: string): Probe =>
  (s) => {
    for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) if (isDigit(s.charCodeAt(i + 1))) return true;
    return false;
  };

/** The sentence holds a digit right before the character `ch`, as /\dB/ would find. */
const digitBeforeChar =
  (ch: string): Probe =>
  (s) => {
    for (let i = s.indexOf(ch, 1); i >= 0; i = s.indexOf(ch, i + 1)) if (isDigit(s.charCodeAt(i - 1))) return true;
    return false;
  };

/** The sentence holds an ASCII letter, a slash and a digit in a row, as /[A-Za-z]\/\d/ would find. */
function letterSlashDigit(s: string): boolean {
  for (let i = s.indexOf('/', 1); i >= 0; i = s.indexOf('/', i + 1)) {
    const c = s.charCodeAt(i - 1) | 32; // ASCII letters fold to lower case; no other character lands in a-z
    if (c >= 97 && c <= 122 && isDigit(s.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** A hyphen right before a digit: three label patterns share this probe, so it is read once per sentence. */
const dashBeforeDigit = charBeforeDigit('-');

const MASK_PATTERNS: Array<[Probe, RegExp]> = [
  [holds('://'), /https?:\/\/[^\s)\]>]+/gi],
  [holds('www.'), /www\.[^\s)\]>]+/gi],
  // The lookbehind makes a match start only where an address can start, so a long word is scanned once.
  [holds('@'), /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/g],
  // A ranking metric with its cut-off is a name: "recall@10", "nDCG@5", "P@1", "hit-rate@20".
  [holds('@'), /(?<=[A-Za-z])@\d+\b/g],
  [holds('`'), /`[^`\n]{0,200}`/g],
  [holds('<'), /<[^<>\n]{0,300}>/g],
  [holdsOneOf('1', ['1-', '1:', '1 -', '1 :']), /\b1 ?[-:] ?1s?\b|\b1-on-1s?\b/gi],
  // Round-the-clock schedules: "24/7", "24x7", "24-7/7", "24/7/365".
  [holdsOneOf('24', ['24/', '24x', '24X', '24×', '24-', '24 ']), /\b24 ?[/x×-] ?7(?: ?\/ ?(?:7|365))?\b/gi],
  // Codes and standards: "ICD-10", "Form I-9", "COVID-19", "SHA-256", "Sev-1", "Covid-19".
  [dashBeforeDigit, /\b[A-Z](?:[A-Z]{0,5}|[a-z]{1,5})-\d+[A-Za-z]?\b/g],
  // The same label in lower case, a tier, level or class of things: "tier-1 services", "level-2 support",
  // "priority-1 tickets", "phase-2 customers" (not a share or a decimal: "up-10%" is no label).
  [dashBeforeDigit, /\b[a-z]{2,9}-\d{1,3}\b(?![.,]?\d|%)/g],
  // Model names in CamelCase with a size or depth: "ResNet-50", "MobileNet-2".
  [dashBeforeDigit, /\b[A-Z][a-z]+[A-Z][A-Za-z]*-\d+[A-Za-z]?\b/g],
  // A model's size class after its name (RUBRIC-NOTES: size classes are names): "Llama 2 7B", "Falcon 40B".
  [digitBeforeChar('B'), /(?<=\b[A-Z][a-z]+(?: \d+(?:\.\d+)?)? )\d+(?:\.\d+)?B\b/g],
  // Protocols and versions written with a slash: "HTTP/2", "HTTP/1.1".
  [letterSlashDigit, /\b[A-Za-z]{2,}\/\d+(?:\.\d+)?\b/g],
  // A round-the-clock desk or service: "24-hour dispatch desk", "24-hour support".
  [
    holdsOneOf('24', ['24-', '24 ']),
    /\b24[- ]hours?(?= (?:dispatch|support|service|services|coverage|desk|helpline|hotline|operations|monitoring|on-call|pharmacy|clinic|access|care)\b)/gi,
  ],
  // Regulations cited by title and part: "21 CFR Part 11", "42 U.S.C.".
  [holds('CFR'), /\b\d+ CFR\b/g],
  [holds('U.S.C'), /\b\d+ U\.S\.C\./g],
  [holds('360'), /\b360[- ]degrees?\b/gi],
];

/** The masked spans of a sentence, sorted by start. */
export function maskedRanges(sentence: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Patterns in a row that share a probe take its answer once.
  let lastProbe: Probe | undefined;
  let lastAnswer = false;
  for (const [probe, pattern] of MASK_PATTERNS) {
    if (probe !== lastProbe) {
      lastProbe = probe;
      lastAnswer = probe(sentence);
    }
    if (!lastAnswer) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m !== null; m = pattern.exec(sentence)) {
      ranges.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  if (ranges.length > 1) ranges.sort((a, b) => a[0] - b[0]);
  return ranges;
}

/** Whether `start` falls in one of the sorted, disjoint-enough ranges (binary search: many masks stay cheap). */
export function inRanges(ranges: Array<[number, number]>, start: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][0] <= start) lo = mid + 1;
    else hi = mid - 1;
  }
  // Ranges from different patterns can overlap; check the few that start at or before `start`.
  for (let k = hi; k >= 0 && k >= hi - 8; k--) if (start >= ranges[k][0] && start < ranges[k][1]) return true;
  return false;
}
