// The first step of reading a damaged bank: its bytes as text, whatever they hold. Broken UTF-8
// becomes U+FFFD and control characters that JSON never holds raw (zero bytes, flipped bits) are
// dropped, so the parser after this step sees text; how much was changed is counted for the user.

/** A damaged file's text, and how many characters had to be replaced or dropped to read it. */
export interface ReadableText {
  text: string;
  /** Characters that were not valid UTF-8 (shown as U+FFFD). */
  replaced: number;
  /** Control characters dropped (JSON keeps tabs and newlines only, outside strings, raw). */
  dropped: number;
}

const lenient = new TextDecoder('utf-8', { fatal: false });
// Every C0 control except tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** U+FFFD characters the user wrote themselves (its UTF-8 bytes EF BF BD), which are not damage. */
function writtenReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++)
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

export function readableText(bytes: Uint8Array): ReadableText {
  const decoded = lenient.decode(bytes);
  let inText = 0;
  for (let at = decoded.indexOf('\uFFFD'); at !== -1; at = decoded.indexOf('\uFFFD', at + 1)) inText++;
  const replaced = Math.max(0, inText - writtenReplacementChars(bytes));
  let dropped = 0;
  const text = decoded.replace(CONTROL, () => {
    dropped++;
    return '';
  });
  return { text, replaced, dropped };
}
