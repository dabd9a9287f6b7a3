// Editor styling that CodeMirror itself needs (it injects it as a constructed stylesheet, which the
// strict CSP allows). Colors come from the app's CSS variables, so both themes just work.
import { EditorView } from '@codemirror/view';

export const editorTheme = EditorView.theme({
  '&': { fontFamily: 'var(--font-text)', fontSize: '1.02rem', color: 'var(--text)', backgroundColor: 'transparent' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.6' },
  '.cm-content': { padding: '10px 12px', minHeight: '4.2em', caretColor: 'var(--text)' },
  '.cm-line': { padding: '0' },
  '.cm-placeholder': { color: 'var(--text-muted)', fontStyle: 'italic' },
  '.cm-cursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--accent-soft)',
  },
  '.cm-tooltip': { border: 'none', backgroundColor: 'transparent' },
  // A signal's evidence or a follow-up's words, marked on request from the insights column.
  '.cm-signal-evidence': {
    backgroundColor: 'var(--success-soft)',
    boxShadow: 'inset 0 -2px 0 var(--success)',
    borderRadius: '2px',
  },
});
