// A job ad hidden inside an export. A job board's or applicant system's CSV (or a spreadsheet row pasted with tabs)
// holds the ad's prose in one quoted cell with its line breaks inside, under a header row of field names; a JSON feed
// holds it in one string whose line breaks, quotes and apostrophes are escaped ("\n", "\"", "\u2019"). Read as they
// are, the header row reads as one heading ("Location", "Salary" make all below it the company's) and the JSON string as
// one long line. Unwrapped, each field becomes its name as a heading over its own text, as the ad looked on the page.
// Every character of the unwrapped text remembers where it came from, so evidence still quotes the paste.
import Papa from 'papaparse';

/** Text with, for each UTF-16 unit, the offsets in the source where it starts and ends. */
export interface MappedText {
  text: string;
  origin: Int32Array;
  originEnd: Int32Array;
}

class MappedBuilder {
  private readonly out: string[] = [];
  private readonly origin: number[] = [];
  private readonly originEnd: number[] = [];

  /** `s`, every unit of it coming from the source range [from, to). */
  emit(s: string, from: number, to: number): void {
    for (let k = 0; k < s.length; k++) {
      this.out.push(s[k]);
      this.origin.push(from);
      this.originEnd.push(to);
    }
  }

  /** A field's text, each unit with its own source range. */
  emitMapped(field: MappedField): void {
    for (let k = 0; k < field.units.length; k++) this.emit(field.units[k], field.from[k], field.to[k]);
  }

  build(): MappedText {
    return {
      text: this.out.join(''),
      origin: Int32Array.from(this.origin),
      originEnd: Int32Array.from(this.originEnd),
    };
  }
}

/** A field's value as read from the source: its units (after unquoting or unescaping), each with its source range. */
interface MappedField {
  units: string[];
  from: number[];
  to: number[];
}

const fieldText = (f: MappedField) => f.units.join('');
const emptyField = (): MappedField => ({ units: [], from: [], to: [] });
function pushUnit(f: MappedField, unit: string, from: number, to: number): void {
  f.units.push(unit);
  f.from.push(from);
  f.to.push(to);
}

/** "descriptionPlain", "nice_to_have", "Job Description" → "Description plain", "Nice to have", "Job Description". */
function fieldHeading(name: string): string {
  const words = name
    .replace(/^[@$]/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

// A value that is the ad's prose rather than a field of its header: it has lines, markup or a sentence's length.
const isProse = (value: string) =>
  value.includes('\n') || /<\/?[a-z][\w-]*[\s>/]/i.test(value) || wordCount(value) >= 12;

/**
 * The ad inside a CSV or tab-separated export, unwrapped; undefined when `raw` is no such export. An export is a
 * header row of at least three short field names ("Job ID","Title","Location","Description") over rows with as many
 * cells, one of which at least holds prose (a line break or a sentence's length) — so a column-aligned person
 * specification or a paragraph with commas is never one. The prose cells are read under their column's name as a
 * heading ("Job description:", "Benefits:"), and the title's cell as a line of its own; the other short cells (an id,
 * a date, a place, a pay band, a contact) are left out.
 */
export function csvExport(raw: string): MappedText | undefined {
  const firstBreak = raw.indexOf('\n');
  if (firstBreak < 0) return undefined;
  const delimiter = headerDelimiter(raw.slice(0, firstBreak));
  if (delimiter === undefined) return undefined;
  const rows = scanDelimited(raw, delimiter);
  if (rows === undefined || rows.length < 2) return undefined;
  const [header, ...body] = rows;
  const names = header.map(fieldText);
  if (names.length < 3 || !names.every((n) => n.trim() === '' || isFieldName(n))) return undefined;
  if (!body.every((row) => row.length === header.length)) return undefined;
  if (!body.some((row) => row.some((cell) => isProse(fieldText(cell))))) return undefined;
  // The same reading as a CSV library's, or none: a paste the two disagree on is left as it was.
  const parsed = Papa.parse<string[]>(raw, { delimiter, skipEmptyLines: 'greedy' });
  if (parsed.errors.length > 0 || parsed.data.length !== rows.length) return undefined;
  if (parsed.data.some((row, r) => row.some((cell, c) => cell !== fieldText(rows[r][c] ?? emptyField()))))
    return undefined;

  const out = new MappedBuilder();
  for (const row of body) {
    row.forEach((cell, c) => {
      const value = fieldText(cell);
      if (value.trim() === '' || names[c].trim() === '') return;
      // Of the short cells only the title is read: an id, a date, a place, a pay band or a contact is no text of the ad.
      if (!isProse(value) && !TITLE_FIELD.test(names[c])) return;
      const nameEnd = header[c].to[header[c].to.length - 1] ?? 0;
      // A prose cell under its column's name, which quotes the header cell; the title on a line of its own.
      if (isProse(value)) out.emit(`${fieldHeading(names[c])}:\n`, header[c].from[0] ?? 0, nameEnd);
      out.emitMapped(cell);
      out.emit('\n\n', cell.to[cell.to.length - 1] ?? 0, cell.to[cell.to.length - 1] ?? 0);
    });
  }
  return out.build();
}

// The column of the role's title ("Job Title", "Role", "Position"), not its id or kind ("Job ID", "Job type").
const TITLE_FIELD = /^\W*((job|role|position|vacancy|post)\s*)?(title|name|role|position|vacancy|post)\W*$/i;

// A header cell names a field: a few words, no sentence.
const isFieldName = (n: string) =>
  n.length <= 40 && wordCount(n) <= 5 && !/[\n.!?]$/.test(n.trim()) && /\p{L}/u.test(n);

/** The delimiter the header row uses at least twice outside quotes: a tab, a semicolon or a comma, in that order. */
function headerDelimiter(line: string): string | undefined {
  const bare = line.replace(/"[^"]*"/g, '');
  for (const d of ['\t', ';', ',']) if (bare.split(d).length >= 3) return d;
  return undefined;
}

/**
 * The rows of delimited text, each cell with its source offsets; undefined when a quote is left open. A quoted cell
 * keeps its line breaks and reads a doubled quote as one; blank lines between rows are skipped.
 */
function scanDelimited(raw: string, delimiter: string): MappedField[][] | undefined {
  const rows: MappedField[][] = [];
  let row: MappedField[] = [];
  let i = raw.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i <= raw.length) {
    const cell = emptyField();
    if (raw[i] === '"') {
      i++;
      for (;;) {
        if (i >= raw.length) return undefined;
        if (raw[i] === '"') {
          if (raw[i + 1] !== '"') break;
          pushUnit(cell, '"', i, i + 2);
          i += 2;
          continue;
        }
        pushUnit(cell, raw[i], i, i + 1);
        i++;
      }
      i++;
    } else
      while (i < raw.length && raw[i] !== delimiter && raw[i] !== '\n' && raw[i] !== '\r') {
        pushUnit(cell, raw[i], i, i + 1);
        i++;
      }
    row.push(cell);
    if (raw[i] === delimiter) {
      i++;
      continue;
    }
    // Anything after a closing quote but the delimiter or the row's end is no CSV.
    if (i < raw.length && raw[i] !== '\n' && raw[i] !== '\r') return undefined;
    if (raw[i] === '\r') i++;
    if (raw[i] === '\n') i++;
    if (!(row.length === 1 && row[0].units.length === 0)) rows.push(row);
    row = [];
    if (i >= raw.length) break;
  }
  return rows;
}

// Keys whose short value is a heading or a title on its own ("text": "What you'll do" beside its list's content).
const LABEL_KEY = /^(text|title|name|heading|label|header)$/i;

/**
 * The ad inside a JSON export or feed, unwrapped; undefined when `raw` is no JSON object or array. Each string is
 * unescaped: prose under its key as a heading ("Description plain:"), the strings of a list as its bullets, a short
 * label alone on its line, other short values as "Key: value" lines. Numbers, booleans and nulls are metadata and left
 * out.
 */
export function jsonExport(raw: string): MappedText | undefined {
  const trimmed = raw.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  try {
    JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const out = new MappedBuilder();
  // Per open container: whether it is an object, the key of the member being read, and the key the container sits
  // under (a list's items are told under it).
  const stack: {
    object: boolean;
    key?: MappedField;
    expectingKey: boolean;
    under?: MappedField;
    items: number;
  }[] = [];
  let pendingKey: MappedField | undefined;
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    const top = stack[stack.length - 1];
    if (ch === '{' || ch === '[') {
      stack.push({
        object: ch === '{',
        expectingKey: ch === '{',
        under: pendingKey ?? top?.under,
        items: 0,
      });
      pendingKey = undefined;
      i++;
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      i++;
    } else if (ch === ',') {
      if (top?.object) top.expectingKey = true;
      i++;
    } else if (ch === ':') {
      if (top) top.expectingKey = false;
      i++;
    } else if (ch === '"') {
      const { field, end } = jsonString(raw, i);
      i = end;
      if (top?.object && top.expectingKey) {
        top.key = field;
        pendingKey = field;
        continue;
      }
      pendingKey = undefined;
      const key = top?.object ? top.key : top?.under;
      emitJsonValue(out, field, key, top !== undefined && !top.object ? top.items++ : undefined);
    } else {
      // A number, true, false, null or white space: nothing to read.
      if (!/\s/.test(ch)) pendingKey = undefined;
      i++;
    }
  }
  return out.build();
}

// Keys that only say "the text is here" (Lever's "content", a CMS's "body"): no heading of the ad.
const CONTENT_KEY = /^(content|body|value|html|plain|data|details|text)$/i;

/** Writes one string value of a JSON export, found under `key`; `item` is its place in a list of strings. */
function emitJsonValue(out: MappedBuilder, value: MappedField, key: MappedField | undefined, item?: number): void {
  const text = fieldText(value).trim();
  if (text === '') return;
  const at = value.from[0] ?? 0;
  const name = key ? fieldText(key) : '';
  const keyFrom = key?.from[0] ?? at;
  const keyTo = key?.to[key.to.length - 1] ?? at;
  if (item !== undefined) {
    // A list of strings: its key is the heading, its strings the bullets.
    if (item === 0 && name !== '') out.emit(`\n${fieldHeading(name)}:\n`, keyFrom, keyTo);
    out.emit('• ', at, at);
    out.emitMapped(value);
    out.emit('\n', at, at);
    return;
  }
  if (isProse(text)) {
    if (name !== '' && !CONTENT_KEY.test(name)) out.emit(`\n${fieldHeading(name)}:\n`, keyFrom, keyTo);
    else out.emit('\n', at, at);
    out.emitMapped(value);
    out.emit('\n\n', at, at);
    return;
  }
  // A URL, a date or an id is no text of the ad.
  if (/^(https?:\/\/|www\.)\S*$/i.test(text) || !/\p{L}{2}/u.test(text) || /^[\w-]*\d[\w-]*$/.test(text)) return;
  if (name === '' || LABEL_KEY.test(name)) out.emit('\n', at, at);
  else out.emit(`${fieldHeading(name)}: `, keyFrom, keyTo);
  out.emitMapped(value);
  out.emit('\n', at, at);
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\n', b: '', f: '', '"': '"', '\\': '\\', '/': '/' };

/** The JSON string literal starting at `start` (its opening quote), unescaped, and the offset after it. */
function jsonString(raw: string, start: number): { field: MappedField; end: number } {
  const field = emptyField();
  let i = start + 1;
  while (i < raw.length && raw[i] !== '"') {
    if (raw[i] !== '\\') {
      pushUnit(field, raw[i], i, i + 1);
      i++;
      continue;
    }
    const e = raw[i + 1];
    if (e === 'u') {
      pushUnit(field, String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16)), i, i + 6);
      i += 6;
      continue;
    }
    // "\r\n" is one line break.
    if (!(e === 'r' && raw.startsWith('\\n', i + 2))) {
      const unit = ESCAPES[e] ?? e;
      if (unit !== '') pushUnit(field, unit, i, i + 2);
    }
    i += 2;
  }
  return { field, end: i + 1 };
}

/** The ad inside an export of a known kind (CSV or tab-separated, JSON), unwrapped; undefined for any other paste. */
export function unwrapExport(raw: string): MappedText | undefined {
  return jsonExport(raw) ?? csvExport(raw);
}
