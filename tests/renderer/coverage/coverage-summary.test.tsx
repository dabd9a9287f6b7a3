// The summary line over the matrix: its legend explains the matrix's marks, so it shows only when
// there is a matrix (an empty bank gets the note to write a story, and no legend for marks it lacks).
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CoverageMatrix } from '#shared/coverage/index';
import { CoverageSummary } from '../../../renderer/src/views/coverage/CoverageSummary';

const matrix = (stories: number): CoverageMatrix => ({
  kind: 'competencies',
  columns: [],
  rows: Array.from({ length: stories }, (_, i) => ({
    storyId: `s${i}`,
    title: `Story ${i}`,
  })) as CoverageMatrix['rows'],
  gaps: [],
  minReady: 2,
  excluded: { trashed: 0, retired: 0 },
});

describe('CoverageSummary', () => {
  it('shows the legend of the marks only when the matrix has stories', () => {
    const empty = render(<CoverageSummary matrix={matrix(0)} label="competencies" />);
    expect(empty.container.querySelector('.coverage-legend')).toBeNull();
    empty.unmount();
    const full = render(<CoverageSummary matrix={matrix(2)} label="competencies" />);
    expect(full.container.querySelector('.coverage-legend')?.textContent).toContain('tagged');
  });
});
