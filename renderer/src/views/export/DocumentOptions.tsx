// Paper size, and for the sheet the company and date in its header; for the book, the readiness appendix.
import type { ExportKind } from './export-kinds';

interface Props {
  kind: ExportKind;
  paper: 'a4' | 'letter';
  onPaper: (paper: 'a4' | 'letter') => void;
  company: string;
  onCompany: (company: string) => void;
  date: string;
  onDate: (date: string) => void;
  appendix: boolean;
  onAppendix: (appendix: boolean) => void;
}

export function DocumentOptions(p: Props) {
  if (p.kind !== 'sheet' && p.kind !== 'book') return null;
  return (
    <fieldset className="export-fieldset">
      <legend>{p.kind === 'sheet' ? 'On the sheet' : 'In the book'}</legend>
      <div className="options-grid">
        <div className="export-field" role="radiogroup" aria-label="Paper size">
          <span>Paper</span>
          <span className="paper-toggle">
            {(['a4', 'letter'] as const).map((size) => (
              <label key={size} className="paper-choice" data-checked={p.paper === size}>
                <input
                  type="radio"
                  name="paper"
                  value={size}
                  checked={p.paper === size}
                  onChange={() => p.onPaper(size)}
                />
                {size === 'a4' ? 'A4' : 'US Letter'}
              </label>
            ))}
          </span>
        </div>
        {p.kind === 'sheet' && (
          <label className="export-field">
            <span>Company</span>
            <input
              type="text"
              className="export-input"
              maxLength={200}
              value={p.company}
              placeholder="Printed in the header"
              onChange={(e) => p.onCompany(e.target.value)}
            />
          </label>
        )}
        <label className="export-field">
          <span>{p.kind === 'sheet' ? 'Interview date' : 'Date'}</span>
          <input type="date" className="export-input" value={p.date} onChange={(e) => p.onDate(e.target.value)} />
        </label>
        {p.kind === 'book' && (
          <label className="export-check">
            <input type="checkbox" checked={p.appendix} onChange={(e) => p.onAppendix(e.target.checked)} />
            Add a readiness appendix: each story's score and the findings still open
          </label>
        )}
      </div>
    </fieldset>
  );
}
