import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StorybankApi } from '#shared/api/contract';
import { StorybankError } from '#shared/api/errors';
import { ApiProvider } from '../../../renderer/src/api/api-context';
import { BankMenuActions } from '../../../renderer/src/bank-status/BankMenuActions';
import { BankStatusProvider, CurrentBankProvider } from '../../../renderer/src/bank-status/bank-status-context';

// A stand-in for the preload's menu subscription: tests fire menu actions by hand.
function fakeMenu() {
  const listeners = new Set<(action: string) => void>();
  window.storybankMenu = { onAction: (l) => (listeners.add(l), () => listeners.delete(l)) };
  return (action: string) => listeners.forEach((l) => l(action));
}

const bankInfo = { path: '/home/a/other.json', name: 'other.json', open: true, stories: 0, trash: 0 };

function fakeApi(overrides: Partial<StorybankApi>): StorybankApi {
  const base: Partial<StorybankApi> = {
    currentBank: async () => bankInfo as never,
    getBank: async () => ({ stories: [] }) as never,
    getNotices: async () => ({ notices: [] }) as never,
  };
  return new Proxy(
    { ...base, ...overrides },
    {
      get: (target, name: string) =>
        target[name as keyof StorybankApi] ??
        (async () => {
          throw new Error(`unexpected call ${name}`);
        }),
    },
  ) as StorybankApi;
}

function renderWith(api: StorybankApi) {
  return render(
    <ApiProvider api={api}>
      <BankStatusProvider>
        <CurrentBankProvider>
          <BankMenuActions />
        </CurrentBankProvider>
      </BankStatusProvider>
    </ApiProvider>,
  );
}

afterEach(() => {
  delete window.storybankMenu;
});

describe('File ▸ New Bank… / Open Bank…', () => {
  it('opens a bank through the native dialog (a request without a path)', async () => {
    const fire = fakeMenu();
    const openBank = vi.fn(async () => bankInfo as never);
    const newBank = vi.fn(async () => bankInfo as never);
    renderWith(fakeApi({ openBank, newBank }));
    fire('open-bank');
    await waitFor(() => expect(openBank).toHaveBeenCalledWith({}));
    fire('new-bank');
    await waitFor(() => expect(newBank).toHaveBeenCalledWith({}));
    fire('new-story'); // not a bank action: ignored here
    expect(openBank).toHaveBeenCalledTimes(1);
  });

  it('says why a bank could not be opened, and stays quiet when the dialog is closed', async () => {
    const fire = fakeMenu();
    const openBank = vi
      .fn()
      .mockRejectedValueOnce(new StorybankError({ code: 'cancelled', message: 'Closed.' }))
      .mockRejectedValueOnce(new StorybankError({ code: 'locked', message: 'Open in Storybank desktop (pid 42).' }));
    renderWith(fakeApi({ openBank }));
    fire('open-bank');
    await waitFor(() => expect(openBank).toHaveBeenCalledTimes(1));
    // Let the rejected call settle and React re-render before checking that nothing was shown.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.queryByRole('alert')).toBeNull();
    fire('open-bank');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That bank is in use by another program. Open in Storybank desktop (pid 42).',
    );
  });
});
