// The editor's view of the analyzer: it takes any `analyze(text) => findings` function, so it does
// not depend on which analyzer (or which section rules) the caller plugs in. A finding is the
// analyzer's own shape (shared/analysis/types.ts).
import type { Finding } from '#shared/analysis/types';

export type Severity = Finding['severity'];
export type EditorFinding = Pick<Finding, 'rule' | 'start' | 'end' | 'severity' | 'message' | 'suggestion'>;

export type AnalyzeFn = (text: string) => readonly EditorFinding[];

export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Vague', warning: 'Weak', info: 'Note' };
