// The other views' chunks are fetched after the bank is on screen (app/ViewPreloader.tsx): not while
// the first read is under way, once after the frame that shows it, and not at all if it goes first.
import { act, render, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { StorybankApi } from '#shared/api/contract';
import type { Bank } from '#shared/domain/schemas';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { ViewPreloader } from '../../renderer/src/app/ViewPreloader';
import { BankProvider } from '../../renderer/src/data/bank-context';
import { BankStore } from '../../renderer/src/data/bank-store';
import { FakeStoryApi } from './stories/fake-story-api';
import { manualScheduler } from './stories/manual-scheduler';

/** A store whose bank read answers only when the test says so. */
function slowBank() {
  const gateway = new FakeStoryApi();
  gateway.seed({ title: 'Loaded' });
  let answer: (bank: Bank) => void = () => undefined;
  const read = new Promise<Bank>((resolve) => (answer = resolve));
  const api = { ...gateway.asApi(), getBank: () => read } as unknown as StorybankApi;
  const store = new BankStore(api);
  return { api, store, answer: async () => answer(await gateway.getBank()) };
}

const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

describe('the view preloader', () => {
  it('waits for the bank, then preloads once in a task after the next frame', async () => {
    const { api, store, answer } = slowBank();
    const preload = vi.fn();
    const manual = manualScheduler();
    render(
      <ApiProvider api={api}>
        <BankProvider store={store}>
          <ViewPreloader preload={preload} scheduler={manual.scheduler} />
        </BankProvider>
      </ApiProvider>,
    );
    await nextFrame();
    expect(manual.queue).toHaveLength(0); // nothing while the bank loads
    await act(answer);
    await waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    await nextFrame();
    expect(manual.queue).toHaveLength(1); // queued by the frame, run as a task of its own
    expect(preload).not.toHaveBeenCalled();
    act(() => manual.drain());
    expect(preload).toHaveBeenCalledTimes(1);
    await nextFrame();
    expect(manual.queue).toHaveLength(0);
  });

  it('preloads nothing when it goes before its frame', async () => {
    const { api, store, answer } = slowBank();
    const preload = vi.fn();
    const manual = manualScheduler();
    const view = render(
      <ApiProvider api={api}>
        <BankProvider store={store}>
          <ViewPreloader preload={preload} scheduler={manual.scheduler} />
        </BankProvider>
      </ApiProvider>,
    );
    await act(answer);
    await waitFor(() => expect(store.getSnapshot().status).toBe('ready'));
    view.unmount();
    await nextFrame();
    act(() => manual.drain());
    expect(preload).not.toHaveBeenCalled();
  });
});
