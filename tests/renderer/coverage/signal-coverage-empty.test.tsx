// Coverage ▸ Signals with no stories says what to do, instead of seven rows of "0 of 0 stories".
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SignalCoverageList } from '../../../renderer/src/views/coverage/SignalCoverageList';

describe('Coverage ▸ Signals on an empty bank', () => {
  it('says there are no stories yet and what the view will show, with no empty rows', () => {
    render(<SignalCoverageList stories={[]} onOpenStory={() => {}} />);
    expect(screen.getByTestId('signal-coverage-empty')).toHaveTextContent('No stories yet. Write a story in Stories;');
    expect(screen.queryByText(/0 of 0 stories/)).toBeNull();
  });
});
