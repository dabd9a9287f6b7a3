// The signals checklist tells a signal that is not clearly shown from one that is missing: its own
// mark and words, and no prompt to add what the story may already say.
import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignalsChecklist } from '../../../renderer/src/views/stories/insights/SignalsChecklist';
import type { StorySignals } from '#shared/analysis/index';

const SIGNALS: StorySignals = {
  signals: [
    {
      id: 'trade-off',
      present: true,
      status: 'present',
      evidence: [{ section: 'action', start: 0, end: 10 }],
      prompt: '',
    },
    { id: 'after-launch', present: false, status: 'unsure', evidence: [], prompt: '' },
    {
      id: 'influence',
      present: false,
      status: 'missing',
      evidence: [],
      prompt: 'Whose decision did this need, and how did you bring them along?',
    },
  ],
};

describe('SignalsChecklist', () => {
  it('marks shown, not clearly shown and missing signals differently', () => {
    const { container } = render(
      <SignalsChecklist
        signals={SIGNALS}
        neededBy={new Map([['after-launch', ['Production and reliability']]])}
        active={null}
        onShowEvidence={() => undefined}
      />,
    );
    const row = (id: string) => container.querySelector<HTMLElement>(`[data-signal="${id}"]`)!;
    const mark = (id: string) => row(id).querySelector('.signal-mark')!.textContent;
    expect([mark('trade-off'), mark('after-launch'), mark('influence')]).toEqual(['✓', '?', '○']);
    expect(within(row('after-launch')).getByText(/^Not clearly shown:/)).toBeInTheDocument();
    expect(row('after-launch').textContent).toContain('— not clearly shown');
    expect(row('after-launch').textContent).not.toMatch(/not found for sure/i);
    expect(row('influence').textContent).toContain('Whose decision did this need');
    // "0 of 1 needed" read as "one is needed, none is": the count is of the signals its tags ask for.
    expect(container.querySelector('.signals-count')!.textContent).toBe('1 of 3 shown · 0 of the 1 needed');
  });
});
