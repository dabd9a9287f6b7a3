// Turns what the user picked (text from the renderer, or raw bytes as base64) into text, refusing
// what cannot be a story file before any parsing: too large, binary, or not valid UTF-8.
// Pure: uses TextDecoder, which ES hosts (Node, browsers) provide; its type is named here because
// shared/ compiles without DOM or Node typings.
import { ApiError } from '../api/errors';
import { decodeBase64 } from './base64';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;

type TextDecoderLike = { decode(bytes: Uint8Array): string };
type TextDecoderCtor = new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;
const TextDecoderImpl = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;

export interface ImportSource {
  /** Text as the renderer read it. */
  text?: string;
  /** Or the file's bytes, base64-encoded, so encoding problems can be detected here. */
  base64?: string;
  fileName?: string;
}

const tooLarge = (size: string) =>
  new ApiError(
    'too-large',
    `This file is ${size}; Storybank imports files up to ${MAX_MB} MB. Split it into smaller files, or export only the stories you need.`,
  );

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(mb(bytes.length));
  // Excel's "Unicode text" and some Windows tools write UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const zero = bytes.indexOf(0);
  if (zero !== -1) throw binary(`a zero byte at byte ${zero + 1}`);
  try {
    return refuseControlCharacters(new TextDecoderImpl('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(
      'invalid-request',
      'This file is not valid UTF-8 text, so its characters cannot be read reliably. Open it in a text editor or spreadsheet and save it as “UTF-8” (CSV UTF-8 in Excel), then import again.',
    );
  }
}

/**
 * UTF-16 after its byte-order mark. Binary files can start with the same two bytes (FF FE), so
 * bytes that are not whole, valid UTF-16 characters, or that decode to control characters no
 * text file holds, are refused as binary rather than failing inside the decoder.
 */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) throw binary(`it starts like UTF-16 text but has an odd number of bytes`);
  let text: string;
  try {
    text = new TextDecoderImpl(encoding, { fatal: true }).decode(body);
  } catch {
    throw binary('it starts like UTF-16 text but its bytes are not valid UTF-16');
  }
  return refuseControlCharacters(text);
}

/** Text files hold tabs, line breaks and form feeds, never other C0 control characters (a zero above all). */
function refuseControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/.exec(text);
  if (control) {
    const what = control[0] === '\u0000' ? 'a zero byte' : 'a control character';
    throw binary(`${what} on line ${lineOf(text, control.index)}`);
  }
  return text;
}

const binary = (where: string) =>
  new ApiError(
    'invalid-request',
    `This looks like a binary file (${where}), not Markdown, CSV or JSON text. Export your stories as .md, .csv or .json and import that file.`,
  );

/** The text to import, without a byte-order mark and with \n line endings; throws an ApiError if it cannot be imported. */
export function readImportText(source: ImportSource): string {
  let text: string;
  if (source.base64 !== undefined) {
    // Base64 is 4/3 the size of the bytes: refuse before decoding anything large.
    if (source.base64.length > (MAX_IMPORT_BYTES * 4) / 3 + 4) throw tooLarge(mb((source.base64.length * 3) / 4));
    const bytes = decodeBase64(source.base64);
    if (!bytes)
      throw new ApiError(
        'invalid-request',
        'The file data did not arrive intact (it is not valid base64). Try importing it again.',
      );
    text = decodeBytes(bytes);
  } else if (source.text !== undefined) {
    // Each UTF-16 unit is at least one byte of UTF-8; a string longer than the limit is certainly too large.
    if (source.text.length > MAX_IMPORT_BYTES) throw tooLarge(`over ${MAX_MB} MB`);
    text = source.text;
    const zero = text.indexOf('\u0000');
    if (zero !== -1) throw binary(`a zero byte on line ${lineOf(text, zero)}`);
    const replacement = text.indexOf('\uFFFD');
    if (replacement !== -1) {
      throw new ApiError(
        'invalid-request',
        `Line ${lineOf(text, replacement)} has characters that could not be read (the file is not valid UTF-8). Save the file as UTF-8 and import it again.`,
      );
    }
  } else {
    throw new ApiError('invalid-request', 'Nothing to import: pick a file first.');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}
