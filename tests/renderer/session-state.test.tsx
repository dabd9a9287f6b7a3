import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clearSessionState, useSessionState } from '../../renderer/src/data/session-state';

function Counter() {
  const [count, setCount] = useSessionState('test.count', 0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)}>
      count {count}
    </button>
  );
}

describe('useSessionState', () => {
  it('keeps a value across unmount and mount, until the bank changes', () => {
    const first = render(<Counter />);
    act(() => screen.getByRole('button').click());
    act(() => screen.getByRole('button').click());
    first.unmount();
    const second = render(<Counter />);
    expect(screen.getByRole('button')).toHaveTextContent('count 2');
    second.unmount();
    clearSessionState();
    render(<Counter />);
    expect(screen.getByRole('button')).toHaveTextContent('count 0');
  });
});
