// The speaking-time caption gives advice that holds for any story of its length: a short story whose
// Result is full of numbers is not told to "add the numbers behind the result".
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SpeakingTimeMeter } from '../../../renderer/src/views/stories/insights/SpeakingTimeMeter';

const TARGET = { min: 90, max: 120 };

describe('SpeakingTimeMeter', () => {
  it('tells a short story there is room for one more detail, without claiming numbers are missing', () => {
    render(<SpeakingTimeMeter seconds={78} target={TARGET} />);
    expect(screen.getByText(/^A little short:/)).toHaveTextContent(
      'A little short: there is room for one more detail, such as how you measured the result.',
    );
    expect(screen.queryByText(/add the numbers/)).toBeNull();
  });

  it('keeps its verdicts for on-target and long answers', () => {
    const { unmount } = render(<SpeakingTimeMeter seconds={100} target={TARGET} />);
    expect(screen.getByText('Right in the target range.')).toBeInTheDocument();
    unmount();
    render(<SpeakingTimeMeter seconds={150} target={TARGET} />);
    expect(screen.getByText('Over target: trim the Situation first.')).toBeInTheDocument();
  });
});
