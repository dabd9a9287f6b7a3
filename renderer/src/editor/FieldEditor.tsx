// One story section (Situation, Task, …) as a CodeMirror 6 editor with its own undo history.
// The React side only mounts the view and forwards changes; CodeMirror owns the text while it is focused.
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder as placeholderExt } from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { type AnalyzeFn, type EditorFinding } from './finding-types';
import { findingsExtension, findingsOf, moveToFinding, reanalyze, selectFinding } from './findings-extension';
import { editorTheme } from './editor-theme';
import { evidenceExtension, showEvidence, type EvidenceRange } from './evidence-extension';
import { queueBuild } from './build-queue';
import '../components/csp-style-shim';

export interface FieldEditorHandle {
  focus(): void;
  /** Selects a finding of this field (from the issues panel). */
  showFinding(finding: EditorFinding): void;
  /** Highlights these ranges (a signal's evidence, a follow-up's anchor) and scrolls to the first; [] clears. */
  showEvidence(ranges: readonly EvidenceRange[]): void;
  /** Jumps to the first (direction 'next') or last finding; false when the field has none. */
  enterFindings(direction: 'next' | 'previous'): boolean;
  findings(): readonly EditorFinding[];
  view(): EditorView | null;
}

export interface FieldEditorProps {
  value: string;
  onChange: (text: string) => void;
  analyze: AnalyzeFn;
  /** The id of the visible label element. */
  labelledBy: string;
  describedBy?: string;
  placeholder?: string;
  onBlur?: () => void;
  onNavigate?: (finding: EditorFinding) => void;
  onBoundary?: (direction: 'next' | 'previous') => void;
  handleRef?: Ref<FieldEditorHandle>;
  testId?: string;
}

export function FieldEditor(props: FieldEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const findingsConf = useRef(new Compartment());
  // Callbacks change every render; the editor reads them through this ref so it is built only once.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  // Built in a task of its own (see build-queue.ts), from the props current at that time.
  useEffect(() => {
    let view: EditorView | undefined;
    const cancel = queueBuild(() => {
      view = buildView(host.current!, latest, findingsConf.current);
      viewRef.current = view;
    });
    return () => {
      cancel();
      view?.destroy();
      viewRef.current = null;
    };
  }, []);

  // A new analyzer (e.g. the section rules changed) re-marks the text without touching history.
  useEffect(() => {
    viewRef.current?.dispatch({ effects: reanalyze.of(null) });
  }, [props.analyze]);

  // Text changed from outside (a merge after a conflict, a bulk edit): replace it, unless it is our own echo.
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const current = view.state.doc.toString();
    if (current !== props.value) view.dispatch({ changes: { from: 0, to: current.length, insert: props.value } });
  }, [props.value]);

  useImperativeHandle(
    props.handleRef,
    () => ({
      focus: () => viewRef.current?.focus(),
      showFinding: (finding) => {
        const view = viewRef.current;
        if (view) selectFinding(view, finding);
      },
      showEvidence: (ranges) => {
        const view = viewRef.current;
        if (view) showEvidence(view, ranges);
      },
      enterFindings: (direction) => {
        const view = viewRef.current;
        if (!view) return false;
        const all = findingsOf(view.state);
        if (all.length === 0) return false;
        selectFinding(view, direction === 'next' ? all[0] : all[all.length - 1]);
        return true;
      },
      findings: () => (viewRef.current ? findingsOf(viewRef.current.state) : []),
      view: () => viewRef.current,
    }),
    [],
  );

  return <div ref={host} className="field-editor" />;
}

/** The CodeMirror view for a field, reading callbacks through `latest` so it is built only once. */
function buildView(
  parent: HTMLElement,
  latest: { readonly current: FieldEditorProps },
  findingsConf: Compartment,
): EditorView {
  const p = latest.current;
  const state = EditorState.create({
    doc: p.value,
    extensions: [
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      EditorView.lineWrapping,
      // The story editor's toolbar sticks to the top of the pane: a cursor or finding scrolled into
      // view must land below it, not under it.
      EditorView.scrollMargins.of(() => ({ top: 96 })),
      editorTheme,
      evidenceExtension(),
      p.placeholder ? placeholderExt(p.placeholder) : [],
      EditorView.contentAttributes.of({
        'aria-labelledby': p.labelledBy,
        ...(p.describedBy ? { 'aria-describedby': p.describedBy } : {}),
        'aria-multiline': 'true',
        spellcheck: 'true',
        ...(p.testId ? { 'data-testid': p.testId } : {}),
      }),
      findingsConf.of(
        findingsExtension({
          analyze: (text) => latest.current.analyze(text),
          onNavigate: (f) => latest.current.onNavigate?.(f),
          onBoundary: (d) => latest.current.onBoundary?.(d),
        }),
      ),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) latest.current.onChange(update.state.doc.toString());
      }),
      EditorView.domEventHandlers({ blur: () => void latest.current.onBlur?.() }),
    ],
  });
  return new EditorView({ state, parent });
}

export { moveToFinding };
