// Splits text into plain and matched pieces for the search terms MiniSearch reported. Matching is by
// word prefix and case-insensitive, like the index; the pieces are rendered as text, never as HTML.

export interface TextPiece {
  text: string;
  match: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function highlightPieces(text: string, terms: readonly string[]): TextPiece[] {
  const usable = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (usable.length === 0 || !text) return [{ text, match: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${usable.map(escapeRegExp).join('|')})`, 'giu');
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), match: false });
    pieces.push({ text: m[0], match: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), match: false });
  return pieces;
}

/** A window of about `width` characters around the first match, for a result snippet. */
export function snippetAround(text: string, terms: readonly string[], width = 120): string | null {
  const pieces = highlightPieces(text, terms);
  let offset = 0;
  for (const p of pieces) {
    if (p.match) {
      const start = Math.max(0, offset - Math.floor(width / 3));
      const cut = text.slice(start, start + width);
      const from = start === 0 ? 0 : cut.indexOf(' ') + 1;
      return `${start > 0 ? '…' : ''}${cut.slice(from).trim()}${start + width < text.length ? '…' : ''}`;
    }
    offset += p.text.length;
  }
  return null;
}
