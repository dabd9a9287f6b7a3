// Highlights the sentences that show a senior signal, or the words a follow-up question is about,
// when the user asks for them from the insights column. The marks follow edits and stay until the
// next request replaces or clears them.
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

export interface EvidenceRange {
  start: number;
  end: number;
}

export const setEvidence = StateEffect.define<readonly EvidenceRange[]>();

const mark = Decoration.mark({ class: 'cm-signal-evidence', attributes: { 'data-evidence': 'true' } });

const evidenceField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setEvidence)) continue;
      const length = tr.state.doc.length;
      const ranges = effect.value
        .map((r) => ({ from: Math.max(0, Math.min(r.start, length)), to: Math.max(0, Math.min(r.end, length)) }))
        .filter((r) => r.to > r.from)
        .sort((a, b) => a.from - b.from);
      next = Decoration.set(ranges.map((r) => mark.range(r.from, r.to)));
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export function evidenceExtension(): Extension {
  return evidenceField;
}

/** Marks `ranges` (replacing any earlier marks) and scrolls the first into view; [] clears. */
export function showEvidence(view: EditorView, ranges: readonly EvidenceRange[]): void {
  const first = ranges[0];
  view.dispatch({
    effects: [setEvidence.of(ranges), ...(first ? [EditorView.scrollIntoView(first.start, { y: 'center' })] : [])],
  });
}

/** The ranges currently marked, for tests and for the screen-reader summary. */
export function evidenceOf(view: EditorView): EvidenceRange[] {
  const out: EvidenceRange[] = [];
  view.state.field(evidenceField).between(0, view.state.doc.length, (from, to) => {
    out.push({ start: from, end: to });
  });
  return out;
}
