// The editor's view of the analyzer: it takes any `analyze(text) => findings` function, so it does
// not depend on which analyzer (or which section rules) the caller plugs in.
export type Severity = 'error' | 'warning' | 'info';

export interface EditorFinding {
  rule: string;
  /** UTF-16 offsets into the field's text. */
  start: number;
  end: number;
  severity: Severity;
  message: string;
  suggestion?: string;
}

export type AnalyzeFn = (text: string) => readonly EditorFinding[];

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Vague', warning: 'Weak', info: 'Note' };
