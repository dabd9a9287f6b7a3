import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findingsExtension, findingsOf, moveToFinding } from '../../../renderer/src/editor/findings-extension';
import type { AnalyzeFn, EditorFinding } from '../../../renderer/src/editor/finding-types';

// A tiny analyzer for the test: "improved" without a digit in its sentence is vague.
const analyze: AnalyzeFn = (text) => {
  const out: EditorFinding[] = [];
  for (const m of text.matchAll(/[^.]+\.?/g)) {
    const sentence = m[0];
    const at = sentence.indexOf('improved');
    if (at >= 0 && !/\d/.test(sentence)) {
      out.push({
        rule: 'vague-claim',
        start: m.index + at,
        end: m.index + at + 8,
        severity: 'error',
        message: 'No metric, scale or outcome.',
        suggestion: 'Say by how much.',
      });
    }
    const hedge = sentence.indexOf('maybe');
    if (hedge >= 0)
      out.push({
        rule: 'hedge',
        start: m.index + hedge,
        end: m.index + hedge + 5,
        severity: 'warning',
        message: 'A hedge.',
      });
  }
  return out;
};

// jsdom has no layout; CodeMirror measures text ranges when a tooltip is positioned.
Range.prototype.getClientRects ??= () =>
  ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect ??= () => new DOMRect();

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

function mount(doc: string, extra: Partial<Parameters<typeof findingsExtension>[0]> = {}) {
  view = new EditorView({
    state: EditorState.create({ doc, extensions: [findingsExtension({ analyze, ...extra })] }),
    parent: document.body,
  });
  return view;
}

const marks = () =>
  [...document.querySelectorAll('.cm-finding')].map((el) => [el.className.replace(/\s+/g, ' '), el.textContent]);

describe('findingsExtension', () => {
  it('marks findings by severity', () => {
    mount('We improved the model. It was maybe faster.');
    expect(marks()).toEqual([
      ['cm-finding cm-finding-error', 'improved'],
      ['cm-finding cm-finding-warning', 'maybe'],
    ]);
  });

  it('re-marks on every change: a number removes the vague mark at once', () => {
    const v = mount('We improved the model.');
    expect(findingsOf(v.state)).toHaveLength(1);
    v.dispatch({ changes: { from: v.state.doc.length - 1, insert: ' by 40%' } });
    expect(findingsOf(v.state)).toHaveLength(0);
    expect(marks()).toEqual([]);
  });

  it('ignores findings with offsets outside the text instead of throwing', () => {
    const bad: AnalyzeFn = () => [{ rule: 'x', start: 2, end: 999, severity: 'info', message: 'broken' }];
    view = new EditorView({
      state: EditorState.create({ doc: 'short', extensions: [findingsExtension({ analyze: bad })] }),
      parent: document.body,
    });
    expect(findingsOf(view.state)).toEqual([]);
  });

  it('F8 moves to the next finding, announces it, and reports the end of the field', () => {
    const onNavigate = vi.fn();
    const onBoundary = vi.fn();
    const v = mount('We improved it. Then maybe more.', { onNavigate, onBoundary });
    expect(moveToFinding(v, 'next')).toBe(true);
    expect(v.state.selection.main.head).toBe(3);
    expect(onNavigate).toHaveBeenLastCalledWith(expect.objectContaining({ rule: 'vague-claim' }));
    expect(moveToFinding(v, 'next')).toBe(true);
    expect(onNavigate).toHaveBeenLastCalledWith(expect.objectContaining({ rule: 'hedge' }));
    expect(moveToFinding(v, 'next')).toBe(false);
    expect(onBoundary).toHaveBeenCalledWith('next');
    expect(moveToFinding(v, 'previous')).toBe(true);
    expect(v.state.selection.main.head).toBe(3);
  });

  it('shows the explanation as a tooltip when the cursor rests in a finding of the focused editor (keyboard users)', async () => {
    const v = mount('We improved it.');
    v.dispatch({ selection: { anchor: 5 } });
    expect(document.querySelector('.cm-finding-tooltip')).toBeNull();
    v.focus();
    await new Promise((r) => setTimeout(r, 50));
    v.dispatch({ selection: { anchor: 4 } });
    const tip = document.querySelector('.cm-finding-tooltip');
    expect(tip?.textContent).toContain('No metric, scale or outcome.');
    expect(tip?.textContent).toContain('Say by how much.');
    v.dispatch({ selection: { anchor: 0 } });
    expect(document.querySelector('.cm-finding-tooltip')).toBeNull();
  });

  it('renders finding text as text, never as HTML', async () => {
    const evil: AnalyzeFn = () => [
      { rule: 'x', start: 0, end: 2, severity: 'error', message: '<img src=x onerror="window.__pwned=1">' },
    ];
    view = new EditorView({
      state: EditorState.create({ doc: 'hello', extensions: [findingsExtension({ analyze: evil })] }),
      parent: document.body,
    });
    view.focus();
    await new Promise((r) => setTimeout(r, 50));
    view.dispatch({ selection: { anchor: 1 } });
    expect(document.querySelector('.cm-finding-tooltip')).not.toBeNull();
    expect(document.querySelector('.cm-finding-tooltip img')).toBeNull();
    expect(document.querySelector('.cm-finding-tooltip')?.textContent).toContain('<img');
  });
});
