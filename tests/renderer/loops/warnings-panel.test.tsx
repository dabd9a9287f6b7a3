// A loop with no focus competencies ahead has nothing to check: the warnings panel says so and what to
// do, instead of "No warnings: every focus competency is covered", which read as a finished plan.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BoardHelpers } from '../../../renderer/src/views/loops/use-board-helpers';
import { WarningsPanel } from '../../../renderer/src/views/loops/WarningsPanel';

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
