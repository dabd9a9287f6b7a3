// Analyzer findings as native CodeMirror decorations: marks by severity, a hover tooltip, a tooltip
// while the cursor sits in a finding (keyboard users get the same explanation as mouse users), and
// F8 / Shift+F8 to move between findings. Analysis is synchronous, so marks never lag the text.
import { type EditorState, type Extension, Facet, type Range, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration,
  type DecorationSet,
  EditorView,
  hoverTooltip,
  keymap,
  showTooltip,
  type Tooltip,
} from '@codemirror/view';
import { type AnalyzeFn, type EditorFinding, SEVERITY_LABEL } from './finding-types';

export interface FindingsConfig {
  analyze: AnalyzeFn;
  /** Called after F8 / Shift+F8 moves to a finding (for an aria-live announcement). */
  onNavigate?: (finding: EditorFinding) => void;
  /** Called when F8 runs past the last (or Shift+F8 before the first) finding of this field. */
  onBoundary?: (direction: 'next' | 'previous') => void;
}

const config = Facet.define<FindingsConfig, FindingsConfig>({ combine: (values) => values[values.length - 1] });

/** Re-runs the analyzer (e.g. when the analyze function itself changed). */
export const reanalyze = StateEffect.define<null>();

interface FindingsState {
  findings: readonly EditorFinding[];
  decorations: DecorationSet;
}

const markFor = (severity: EditorFinding['severity']) =>
  Decoration.mark({ class: `cm-finding cm-finding-${severity}`, attributes: { 'data-severity': severity } });
const MARKS = { error: markFor('error'), warning: markFor('warning'), info: markFor('info') };

function compute(state: EditorState): FindingsState {
  const text = state.doc.toString();
  const length = text.length;
  const findings = state
    .facet(config)
    .analyze(text)
    .filter((f) => f.start >= 0 && f.end <= length && f.end > f.start)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const ranges: Range<Decoration>[] = findings.map((f) => MARKS[f.severity].range(f.start, f.end));
  return { findings, decorations: Decoration.set(ranges, true) };
}

export const findingsField = StateField.define<FindingsState>({
  create: compute,
  update(value, tr) {
    if (tr.docChanged || tr.effects.some((e) => e.is(reanalyze))) return compute(tr.state);
    return value;
  },
  provide: (field) => EditorView.decorations.from(field, (v) => v.decorations),
});

export function findingsOf(state: EditorState): readonly EditorFinding[] {
  return state.field(findingsField, false)?.findings ?? [];
}

function findingsAt(state: EditorState, pos: number, side: number): EditorFinding[] {
  return findingsOf(state).filter(
    (f) => (side < 0 ? f.start < pos && pos <= f.end : f.start <= pos && pos < f.end) || (f.start < pos && pos < f.end),
  );
}

/** Builds the explanation shown on hover and when the cursor rests in a finding. Text only, never HTML. */
export function renderFindings(findings: readonly EditorFinding[]): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-finding-tooltip';
  for (const f of findings) {
    const item = document.createElement('div');
    item.className = `cm-finding-tip cm-finding-tip-${f.severity}`;
    const label = document.createElement('span');
    label.className = 'cm-finding-tip-label';
    label.textContent = SEVERITY_LABEL[f.severity];
    const message = document.createElement('span');
    message.className = 'cm-finding-tip-message';
    message.textContent = f.message;
    item.append(label, message);
    if (f.suggestion) {
      const suggestion = document.createElement('div');
      suggestion.className = 'cm-finding-tip-suggestion';
      suggestion.textContent = f.suggestion;
      item.append(suggestion);
    }
    dom.append(item);
  }
  return dom;
}

/**
 * The explanation inside a plain frame. CodeMirror puts its .cm-tooltip class (made transparent by the editor
 * theme, with more specificity than app CSS) on the element it is given; hover tooltips get a frame of their own,
 * the cursor tooltip did not, so its explanation lost its background and overlapped the text below.
 */
function tooltipFrame(findings: readonly EditorFinding[]): HTMLElement {
  const frame = document.createElement('div');
  frame.append(renderFindings(findings));
  return frame;
}

const hover = hoverTooltip(
  (view, pos, side) => {
    const found = findingsAt(view.state, pos, side);
    if (found.length === 0) return null;
    return {
      pos: Math.min(...found.map((f) => f.start)),
      end: Math.max(...found.map((f) => f.end)),
      above: true,
      create: () => ({ dom: renderFindings(found) }),
    };
  },
  { hoverTime: 250 },
);

const setFocused = StateEffect.define<boolean>();
const focused = StateField.define<boolean>({
  create: () => false,
  update: (value, tr) => tr.effects.reduce((v, e) => (e.is(setFocused) ? e.value : v), value),
});
const trackFocus = EditorView.focusChangeEffect.of((_state, focusing) => setFocused.of(focusing));

// The keyboard twin of the hover tooltip: shown while the cursor of the focused editor is in a finding.
const cursorTooltip = StateField.define<Tooltip | null>({
  create: () => null,
  update(_value, tr) {
    const sel = tr.state.selection.main;
    if (!sel.empty || !tr.state.field(focused)) return null;
    const found = findingsOf(tr.state).filter((f) => f.start <= sel.head && sel.head < f.end);
    if (found.length === 0) return null;
    return { pos: found[0].start, above: true, strictSide: false, create: () => ({ dom: tooltipFrame(found) }) };
  },
  provide: (field) => showTooltip.from(field),
});

/** Moves the selection onto the next (or previous) finding after the cursor. Returns false at the end. */
export function moveToFinding(view: EditorView, direction: 'next' | 'previous', from?: 'start' | 'end'): boolean {
  const findings = findingsOf(view.state);
  const head = view.state.selection.main.from;
  let target: EditorFinding | undefined;
  if (from === 'start') target = direction === 'next' ? findings[0] : findings[findings.length - 1];
  else if (direction === 'next') target = findings.find((f) => f.start > head);
  else target = [...findings].reverse().find((f) => f.start < head);
  if (!target) {
    view.state.facet(config).onBoundary?.(direction);
    return false;
  }
  selectFinding(view, target);
  return true;
}

/** Puts the cursor at the start of a finding, scrolls it into view and announces it. */
export function selectFinding(view: EditorView, finding: EditorFinding): void {
  view.dispatch({
    selection: { anchor: finding.start },
    effects: [
      EditorView.scrollIntoView(finding.start, { y: 'center' }),
      EditorView.announce.of(`${SEVERITY_LABEL[finding.severity]}: ${finding.message}`),
    ],
  });
  view.focus();
  view.state.facet(config).onNavigate?.(finding);
}

const findingKeys = keymap.of([
  { key: 'F8', run: (view) => (moveToFinding(view, 'next'), true) },
  { key: 'Shift-F8', run: (view) => (moveToFinding(view, 'previous'), true) },
]);

export function findingsExtension(options: FindingsConfig): Extension {
  return [config.of(options), findingsField, focused, trackFocus, hover, cursorTooltip, findingKeys];
}
