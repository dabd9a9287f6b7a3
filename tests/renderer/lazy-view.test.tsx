import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyView } from '../../renderer/src/app/lazy-view';

describe('lazyView', () => {
  it('shows Loading…, then the view, and loads its chunk once', async () => {
    const load = vi.fn(async () => () => <p>Coverage here</p>);
    const view = lazyView(load);
    const first = render(<view.Component />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(await screen.findByText('Coverage here')).toBeInTheDocument();
    first.unmount();
    render(<view.Component />);
    expect(screen.getByText('Coverage here')).toBeInTheDocument(); // synchronous once loaded
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says so when the chunk cannot be loaded, and tries again on the next visit', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(new Error('chunk missing'))
      .mockResolvedValueOnce(() => <p>Loaded</p>);
    const view = lazyView(load);
    const first = render(<view.Component />);
    expect(await screen.findByRole('alert')).toHaveTextContent('chunk missing');
    first.unmount();
    render(<view.Component />);
    expect(await screen.findByText('Loaded')).toBeInTheDocument();
  });
});
