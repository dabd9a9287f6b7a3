// Lists in one cell or line ("Ownership; Deliver results", "a, b", "a | b"). The separator is the
// first of ; | newline , that appears unescaped, so a list written with semicolons may contain
// commas ("Acme, Inc.; Globex"). Our exports join with "; " and escape \ and ; with a backslash,
// and end a single item containing , or | with ";" so it is read back as one item.
function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      current += c + text[i + 1];
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

const unescape = (item: string) => item.replace(/\\(.)/g, '$1');

export function splitList(cell: string): string[] {
  const escapedFree = cell.replace(/\\./g, '');
  const separator = [';', '|', '\n', ','].find((s) => escapedFree.includes(s)) ?? ';';
  const lines =
    separator === ';' || separator === '|'
      ? splitUnescaped(cell, separator).flatMap((p) => p.split('\n'))
      : splitUnescaped(cell, separator);
  return lines
    .flatMap((part) => (separator === '\n' ? splitUnescaped(part, ',') : [part]))
    .map((item) => unescape(item).trim())
    .filter((item) => item.length > 0);
}

export function joinList(items: readonly string[]): string {
  const escaped = items.map((item) =>
    item
      .replace(/[\r\n]+/g, ' ')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;'),
  );
  const joined = escaped.join('; ');
  return escaped.length === 1 && /[,|]/.test(escaped[0]) ? `${joined};` : joined;
}
