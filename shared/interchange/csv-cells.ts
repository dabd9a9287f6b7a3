// Spreadsheet apps run a cell that starts with = + - @ (or a tab/CR) as a formula, so our CSV
// prefixes such cells with an apostrophe (OWASP's advice); on import an apostrophe before one of
// those characters (or before another apostrophe) is removed again, so text round-trips exactly.
//
// Where the list separator is ";" (most of Europe), Excel splits a line at every ";", quoted or
// not once a quote is mid-field, so "Q3 wins;=1+1" would become a cell "=1+1". The same guard is
// therefore applied after every ";" inside a cell, and undone the same way on import.
const NEEDS_GUARD = /(^|;)(?=[=+\-@\t\r]|'[=+\-@\t\r'])/g;
const GUARDED = /(^|;)'(?=[=+\-@\t\r'])/g;

export function protectCell(text: string): string {
  return text.replace(NEEDS_GUARD, "$1'");
}

export function unprotectCell(text: string): string {
  return text.replace(GUARDED, '$1');
}
