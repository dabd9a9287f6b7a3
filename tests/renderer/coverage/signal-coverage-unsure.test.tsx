// Coverage ▸ Signals names a story that may state a needed signal in other words apart from one that
// lacks it: "not clearly shown in", not "missing in".
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignalCoverageList } from '../../../renderer/src/views/coverage/SignalCoverageList';
import type { Story } from '#shared/domain/schemas';

const story = (id: string, title: string, result: string) =>
  ({
    id,
    title,
    situation: '',
    task: '',
    action: '',
    result,
    reflection: '',
    competencies: ['ml.ownership'],
  }) as unknown as Story;

describe('Coverage ▸ Signals with a signal not clearly shown', () => {
  it('lists it under "not clearly shown", and only the story that lacks it under "missing"', () => {
    render(
      <SignalCoverageList
        stories={[
          story('sure', 'Shipped the ranking model', 'We shipped the model to all users.'),
          story(
            'maybe',
            'Watched the launch',
            'We launched on time, and for a month I kept a close eye on the dashboards.',
          ),
        ]}
        onOpenStory={() => {}}
      />,
    );
    const row = screen.getByTestId('signal-coverage').querySelector('[data-signal="after-launch"]')!;
    const lines = [...row.querySelectorAll('.signal-coverage-missing')].map((p) => p.textContent);
    expect(lines).toEqual([
      'Needed by their competencies but missing in: Shipped the ranking model',
      'Needed, and not clearly shown in: Watched the launch',
    ]);
  });
});
