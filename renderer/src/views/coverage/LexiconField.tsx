// The phrases a job description uses for one competency, edited one per line in a copied framework.
// They drive the job-description focus (shared/competencies/job-focus); empty falls back to the
// built-in phrases for the competency, or its name.
import { useId } from 'react';
import { LIMITS } from '#shared/domain/limits';

/** The lines of the text as a lexicon: trimmed, no blanks or repeats; undefined when there are none. */
export function parseLexicon(text: string): string[] | undefined {
  const phrases = [...new Set(text.split('\n').map((l) => l.trim().slice(0, 200)))].filter((l) => l !== '');
  return phrases.length === 0 ? undefined : phrases.slice(0, LIMITS.lexiconPhrases);
}

export function LexiconField({
  name,
  text,
  onChange,
}: {
  name: string;
  text: string;
  onChange: (text: string) => void;
}) {
  const hint = useId();
  const count = parseLexicon(text)?.length ?? 0;
  return (
    <details className="lexicon-field">
      <summary>
        Job description phrases <span className="muted small">{count === 0 ? '(built-in)' : `(${count})`}</span>
      </summary>
      <label className="field">
        <span>Phrases that ask for {name || 'this competency'}, one per line</span>
        {/* One phrase a line: long phrases scroll rather than wrap into what looks like two. */}
        <textarea rows={5} wrap="off" value={text} aria-describedby={hint} onChange={(e) => onChange(e.target.value)} />
      </label>
      <p id={hint} className="muted small">
        Each word matches its other forms (mentor: mentoring, mentored). <code>a|b</code> takes either word,{' '}
        <code>*</code> up to three words between (<code>**</code> up to eight), <code>=word</code> only that form, a
        leading <code>~</code> makes a weak phrase that counts half, and a leading <code>!</code> marks words that never
        count (<code>!own * reliability</code>). Leave it empty to use the built-in phrases.
      </p>
    </details>
  );
}
