// The quoted places in a job description where something was found, the matched phrases marked.
import { quotesFor, type Span } from './quote-around';

export function EvidenceQuotes({
  text,
  spans,
  label,
  radius,
  max,
}: {
  text: string;
  spans: readonly Span[];
  label: string;
  radius?: number;
  max: number;
}) {
  return (
    <ul className="evidence-quotes" aria-label={label}>
      {quotesFor(text, spans, radius)
        .slice(0, max)
        .map((q, i) => (
          <li key={i}>
            <q className="evidence-quote">
              {q.cutStart && '…'}
              {q.parts.map((p, k) => (p.mark ? <mark key={k}>{p.text}</mark> : p.text))}
              {q.cutEnd && '…'}
            </q>
          </li>
        ))}
    </ul>
  );
}
