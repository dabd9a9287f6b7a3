// HTML character references in text pasted from a web page or an applicant system ("&amp;", "&rsquo;", "&#8226;",
// "&#x2019;"): the character each stands for. One table for every reader of pasted text (the claim rules'
// readable text, a job description's plain text); each reader finds the references in its own way and says
// what it does with the character.

/** Named references, by lower-case name, to the character they stand for (the typographic one: "rsquo" is "’"). */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  bull: '•',
  middot: '·',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  rarr: '→',
  pound: '£',
  euro: '€',
  yen: '¥',
  cent: '¢',
  times: '×',
  trade: '™',
  reg: '®',
  copy: '©',
  eacute: 'é',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
};

/**
 * The character a reference's body stands for: a name ("amp", any case), a decimal code ("#8226") or a hexadecimal
 * one ("#x2019"); undefined for a name not in the table or a code that is no character.
 */
export function entityCharacter(body: string): string | undefined {
  if (body.startsWith('#x') || body.startsWith('#X')) return codePointText(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return codePointText(Number(body.slice(1)));
  return Object.hasOwn(NAMED, body.toLowerCase()) ? NAMED[body.toLowerCase()] : undefined;
}

const codePointText = (code: number) =>
  Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
