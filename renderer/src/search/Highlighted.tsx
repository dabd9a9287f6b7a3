import { useMemo } from 'react';
import { highlightPieces } from './highlight';

/** Text with search matches wrapped in <mark>. React escapes every piece. */
export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const pieces = useMemo(() => highlightPieces(text, terms), [text, terms]);
  return (
    <>
      {pieces.map((p, i) =>
        p.match ? (
          <mark key={i} className="search-hit">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
