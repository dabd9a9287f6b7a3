// Spreadsheet apps run a cell that starts with = + - @ (or a tab/CR) as a formula, so our CSV
// prefixes such cells with an apostrophe (OWASP's advice); on import an apostrophe before one of
// those characters (or before another apostrophe) is removed again, so text round-trips exactly.
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r']/;

export function protectCell(text: string): string {
  return FORMULA_START.test(text) || ESCAPED.test(text) ? `'${text}` : text;
}

export function unprotectCell(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
