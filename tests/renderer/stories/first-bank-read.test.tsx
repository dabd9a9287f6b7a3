// The app sends its first getBank before React renders (api/app-api.ts); the first bank store takes
// that read instead of asking again, and every later store (another bank) reads anew.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { StorybankApi } from '#shared/api/contract';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import { BankProvider, useBank } from '../../../renderer/src/data/bank-context';
import { BankStore } from '../../../renderer/src/data/bank-store';
import { offerFirstBankRead, takeFirstBankRead } from '../../../renderer/src/data/first-bank-read';
import { FakeStoryApi } from './fake-story-api';

function Titles() {
  const stories = useBank((b) => b.stories);
  const status = useBank((b) => b.status);
  return <p>{status === 'ready' ? stories.map((s) => s.title).join(', ') : status}</p>;
}

describe('the first bank read', () => {
  it('is used by a store instead of a new getBank', async () => {
    const gateway = new FakeStoryApi();
    gateway.seed({ title: 'Early' });
    const early = gateway.getBank();
    const api = gateway.asApi();
    const getBank = vi.spyOn(api, 'getBank');
    const store = new BankStore(api);
    await store.load(early);
    expect(getBank).not.toHaveBeenCalled();
    expect(store.getSnapshot().stories.map((s) => s.title)).toEqual(['Early']);
  });

  it('a failed first read shows as the store’s load error', async () => {
    const api = new FakeStoryApi().asApi();
    const store = new BankStore(api);
    await store.load(Promise.reject(new Error('Storybank is not running.')));
    expect(store.getSnapshot()).toMatchObject({ status: 'error', loadError: 'Storybank is not running.' });
  });

  it('is taken once: the app’s first provider uses it, the next one reads the bank again', async () => {
    const gateway = new FakeStoryApi();
    gateway.seed({ title: 'First bank' });
    offerFirstBankRead(gateway.getBank());
    const api = gateway.asApi();
    const getBank = vi.spyOn(api, 'getBank');

    const first = render(
      <ApiProvider api={api as unknown as StorybankApi}>
        <BankProvider>
          <Titles />
        </BankProvider>
      </ApiProvider>,
    );
    await screen.findByText('First bank');
    expect(getBank).not.toHaveBeenCalled();
    first.unmount();

    gateway.seed({ title: 'Added later' });
    render(
      <ApiProvider api={api as unknown as StorybankApi}>
        <BankProvider>
          <Titles />
        </BankProvider>
      </ApiProvider>,
    );
    await waitFor(() => expect(getBank).toHaveBeenCalledOnce());
    expect(await screen.findByText(/Added later/)).toBeTruthy();
    expect(takeFirstBankRead()).toBeUndefined();
  });

  it('an unused read that fails is not an unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    offerFirstBankRead(Promise.reject(new Error('gone')));
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    await expect(takeFirstBankRead()).rejects.toThrow('gone');
  });
});
