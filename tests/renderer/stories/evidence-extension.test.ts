// The evidence highlight: marks the ranges asked for, replaces them on the next request, follows edits.
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import { evidenceExtension, evidenceOf, showEvidence } from '../../../renderer/src/editor/evidence-extension';

const views: EditorView[] = [];
function makeView(doc: string): EditorView {
  const view = new EditorView({
    state: EditorState.create({ doc, extensions: [evidenceExtension()] }),
    parent: document.body,
  });
  views.push(view);
  return view;
}
afterEach(() => {
  for (const v of views.splice(0)) v.destroy();
});

describe('evidence highlight', () => {
  it('marks the ranges it is given, in order, and renders them with the evidence class', () => {
    const view = makeView('I chose A over B. We shipped it. I set up alerts.');
    showEvidence(view, [
      { start: 33, end: 49 },
      { start: 0, end: 17 },
    ]);
    expect(evidenceOf(view)).toEqual([
      { start: 0, end: 17 },
      { start: 33, end: 49 },
    ]);
    expect([...view.dom.querySelectorAll('.cm-signal-evidence')].map((e) => e.textContent)).toEqual([
      'I chose A over B.',
      'I set up alerts.',
    ]);
  });

  it('replaces earlier marks, clears on [], and clamps ranges past the end of a shorter text', () => {
    const view = makeView('Short text.');
    showEvidence(view, [{ start: 0, end: 5 }]);
    showEvidence(view, [{ start: 6, end: 400 }]);
    expect(evidenceOf(view)).toEqual([{ start: 6, end: 11 }]);
    showEvidence(view, []);
    expect(evidenceOf(view)).toEqual([]);
  });

  it('moves the marks with text typed before them', () => {
    const view = makeView('We shipped. I set up alerts.');
    showEvidence(view, [{ start: 12, end: 28 }]);
    view.dispatch({ changes: { from: 0, insert: 'Then ' } });
    expect(evidenceOf(view)).toEqual([{ start: 17, end: 33 }]);
  });
});
