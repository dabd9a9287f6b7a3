// The second step of reading a damaged bank: split its text into the pieces that can be read on
// their own, so damage in one story costs that story and not the rest of the file.
//
// Storybank writes banks indented by two spaces (serializeBank), so each top-level field starts on
// a line indented by exactly two spaces and each item of a top-level list on a line indented by
// exactly four; nothing nested sits at those depths, and newlines inside text are always escaped.
// Those lines survive a file cut short, flipped bytes or broken UTF-8 elsewhere, so the pieces are
// found by them and each piece is parsed alone: as JSON, else repaired (jsonrepair closes what a
// cut left open). A file not laid out like that (edited by hand, written compactly) is repaired
// whole instead.
import { jsonrepair } from 'jsonrepair';

/** One item of a top-level list, as read. `repaired`: it was not valid JSON and was mended (often cut short). */
export interface RawItem {
  value: unknown;
  repaired: boolean;
}

export interface DocumentPieces {
  /** Top-level fields that are not lists (schemaVersion, bankId, profile, settings). */
  fields: Record<string, unknown>;
  /** Top-level lists, item by item (only the items that could be read). */
  lists: Record<string, RawItem[]>;
  /** Per list, how many items were seen but could not be read at all. */
  unreadable: Record<string, number>;
  /** Whether the whole file was valid JSON (then nothing was repaired). */
  wholeFile: boolean;
}

const FIELD_LINE = /^ {2}"((?:[^"\\]|\\.)*)":\s?(.*)$/;
const ITEM_START = /^ {4}[^\s\]}]/;
const CLOSING_LINE = /^[}\]]/;

/** JSON text as a value: parsed, else repaired and parsed, else undefined. */
export function parseLoose(text: string): RawItem | undefined {
  const trimmed = text.trim().replace(/,$/, '');
  if (!trimmed) return undefined;
  try {
    return { value: JSON.parse(trimmed), repaired: false };
  } catch {
    try {
      return { value: JSON.parse(jsonrepair(trimmed)), repaired: true };
    } catch {
      return undefined;
    }
  }
}

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fromObject(object: Record<string, unknown>, repaired: boolean, wholeFile: boolean): DocumentPieces {
  const pieces: DocumentPieces = { fields: {}, lists: {}, unreadable: {}, wholeFile };
  for (const [key, value] of Object.entries(object)) {
    if (key === '__proto__') continue;
    if (Array.isArray(value)) pieces.lists[key] = value.map((item: unknown) => ({ value: item, repaired }));
    else pieces.fields[key] = value;
  }
  return pieces;
}

/** The text of each top-level field, by name, from a file laid out as Storybank writes it. */
function fieldTexts(lines: string[]): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    const field = FIELD_LINE.exec(line);
    if (field) {
      let name: string;
      try {
        name = JSON.parse(`"${field[1]}"`) as string;
      } catch {
        name = field[1];
      }
      current = [field[2]];
      if (!fields.has(name)) fields.set(name, current);
    } else if (CLOSING_LINE.test(line)) {
      current = undefined; // the end of the bank object
    } else current?.push(line);
  }
  return fields;
}

/** A top-level list's items: each starts on a line indented by four spaces. */
function listItems(lines: string[]): string[][] {
  const items: string[][] = [];
  for (const line of lines.slice(1)) {
    if (ITEM_START.test(line)) items.push([line]);
    else if (/^ {2}\]/.test(line)) break;
    else items.at(-1)?.push(line);
  }
  return items;
}

/** Reads what a (possibly damaged) bank text still holds, piece by piece. */
export function documentPieces(text: string): DocumentPieces {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    const whole: unknown = JSON.parse(body);
    if (isPlain(whole)) return fromObject(whole, false, true);
  } catch {
    // Damaged: read it piece by piece below.
  }
  const fields = fieldTexts(body.split(/\r?\n/));
  if (fields.size === 0) {
    const repaired = parseLoose(body);
    return isPlain(repaired?.value)
      ? fromObject(repaired.value, true, false)
      : { fields: {}, lists: {}, unreadable: {}, wholeFile: false };
  }
  const pieces: DocumentPieces = { fields: {}, lists: {}, unreadable: {}, wholeFile: false };
  for (const [name, lines] of fields) {
    if (name === '__proto__') continue;
    const opening = lines[0].trim();
    if (opening.startsWith('[') && !opening.startsWith('[]')) {
      const items = listItems(lines);
      if (items.length === 0 && opening !== '[') {
        // A list written on one line (strings, numbers).
        const read = parseLoose(lines.join('\n'));
        pieces.lists[name] = Array.isArray(read?.value)
          ? read.value.map((value: unknown) => ({ value, repaired: read.repaired }))
          : [];
        continue;
      }
      pieces.lists[name] = [];
      for (const item of items) {
        const read = parseLoose(item.join('\n'));
        if (read) pieces.lists[name].push(read);
        else pieces.unreadable[name] = (pieces.unreadable[name] ?? 0) + 1;
      }
    } else if (opening.startsWith('[]')) {
      pieces.lists[name] = [];
    } else {
      const read = parseLoose(lines.join('\n'));
      if (read) pieces.fields[name] = read.value;
    }
  }
  return pieces;
}
