import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { clearSessionState, useSessionReducer, useSessionState } from '../../renderer/src/data/session-state';

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

type Tally = { total: number; visits: number };
const tally = (state: Tally, add: number): Tally => ({ ...state, total: state.total + add });

function Tallier() {
  const [state, add] = useSessionReducer(
    'test.tally',
    tally,
    () => ({ total: 0, visits: 1 }),
    (kept) => ({ ...kept, visits: kept.visits + 1 }),
  );
  return (
    <button type="button" onClick={() => add(5)}>
      total {state.total} visit {state.visits}
    </button>
  );
}

describe('useSessionReducer', () => {
  it('keeps the reduced state across mounts, adjusted by resume, until the bank changes', () => {
    const first = render(<Tallier />);
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('button')).toHaveTextContent('total 5 visit 1');
    first.unmount();
    const second = render(<Tallier />);
    expect(screen.getByRole('button')).toHaveTextContent('total 5 visit 2');
    second.unmount();
    clearSessionState();
    render(<Tallier />);
    expect(screen.getByRole('button')).toHaveTextContent('total 0 visit 1');
  });
});
