// A loop with no focus competencies ahead has nothing to check: the warnings panel says so and what to
// do, instead of "No warnings: every focus competency is covered", which read as a finished plan.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BoardHelpers } from '../../../renderer/src/views/loops/use-board-helpers';
import { WarningsPanel } from '../../../renderer/src/views/loops/WarningsPanel';
import { hiddenBelow } from '../../../renderer/src/views/loops/use-hidden-below';

const helpers = {} as BoardHelpers;

describe('the loop warnings panel', () => {
  it('says there is nothing to check yet, and how to start, when no round ahead has a focus', () => {
    render(<WarningsPanel warnings={[]} helpers={helpers} onFix={() => {}} hasFocus={false} />);
    expect(screen.getByTestId('warnings-no-focus')).toHaveTextContent(
      'Nothing to check yet: no round ahead has focus competencies.',
    );
    expect(screen.queryByText(/every focus competency is covered/)).toBeNull();
  });

  it('says every focus is covered only when there is a focus to cover', () => {
    render(<WarningsPanel warnings={[]} helpers={helpers} onFix={() => {}} hasFocus />);
    expect(screen.getByText(/every focus competency is covered by a ready story, once/)).toBeInTheDocument();
  });
});

describe('hiddenBelow', () => {
  it('counts the items from the first whose foot is hidden, allowing a few pixels of slack', () => {
    expect(hiddenBelow(300, [100, 200, 302])).toEqual({ first: -1, count: 0 });
    expect(hiddenBelow(300, [100, 200, 360])).toEqual({ first: 2, count: 1 });
    expect(hiddenBelow(150, [100, 200, 360, 420])).toEqual({ first: 1, count: 3 });
    expect(hiddenBelow(150, [])).toEqual({ first: -1, count: 0 });
  });
});
