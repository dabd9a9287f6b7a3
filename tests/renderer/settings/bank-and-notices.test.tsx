import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyBank } from '#shared/domain/defaults';
import { BankGate } from '../../../renderer/src/bank-status/BankGate';
import { NoticesBanner } from '../../../renderer/src/notices/NoticesBanner';
import { pathSegments } from '../../../renderer/src/notices/path-segments';
import { SettingsView } from '../../../renderer/src/views/settings/SettingsView';
import { fakeSettingsApi, fakeState, notice } from './fake-settings-api';
import { renderWithBank } from './render-app';

const LOCKED =
  'This bank is open in Storybank desktop (pid 4242, since 09:15). Close it there first, or open a different bank.';

function Shell() {
  return (
    <>
      <NoticesBanner />
      <BankGate>
        <h1 id="view-title">Settings</h1>
        <SettingsView />
      </BankGate>
    </>
  );
}

describe('Settings ▸ Bank file', () => {
  it('opens a typed path in the web bridge, and explains a locked bank with the holder', async () => {
    const state = fakeState();
    state.files.set('/shared/locked.json', { code: 'locked', message: LOCKED });
    const other = { ...emptyBank(), profile: { name: 'Grace', targetRole: '' } };
    state.files.set('/shared/other.json', other);
    renderWithBank(fakeSettingsApi(state), <Shell />);
    const bankSection = await screen.findByRole('region', { name: 'Bank file' });
    expect(await within(bankSection).findByTestId('current-bank-path')).toHaveTextContent('/home/a/storybank.json');

    const path = within(bankSection).getByLabelText('Bank file path');
    await userEvent.type(path, '/shared/locked.json{Enter}');
    const alert = await within(bankSection).findByRole('alert');
    expect(alert).toHaveTextContent('That bank is in use by another program.');
    expect(alert).toHaveTextContent('Storybank desktop (pid 4242');

    await userEvent.clear(path);
    await userEvent.type(path, '/shared/other.json');
    await userEvent.click(within(bankSection).getByRole('button', { name: 'Open bank' }));
    // The whole settings page reloads for the new bank.
    await waitFor(() => expect(screen.getByTestId('current-bank-path')).toHaveTextContent('/shared/other.json'));
    expect(await screen.findByLabelText('Your name')).toHaveValue('Grace');
  });

  it('offers native dialogs on the desktop, and a closed dialog is not an error', async () => {
    const state = fakeState({ runtime: 'desktop' });
    const api = fakeSettingsApi(state, {
      openBank: async () => {
        throw new (await import('#shared/api/errors')).StorybankError({
          code: 'cancelled',
          message: 'No file was chosen.',
        });
      },
    });
    renderWithBank(api, <Shell />);
    await userEvent.click(await screen.findByRole('button', { name: 'Open bank…' }));
    await waitFor(() => expect(state.calls.some((c) => c.name === 'openBank')).toBe(true));
    expect(within(screen.getByRole('region', { name: 'Bank file' })).queryByRole('alert')).toBeNull();
    expect(screen.queryByLabelText('Bank file path')).toBeNull();
  });

  it('lists recent banks and opens one', async () => {
    const state = fakeState({
      recent: [
        {
          path: '/home/a/storybank.json',
          name: 'storybank.json',
          openedAt: '2026-01-01T00:00:00Z',
          exists: true,
          current: true,
        },
        { path: '/old/gone.json', name: 'gone.json', openedAt: '2026-01-01T00:00:00Z', exists: false, current: false },
        { path: '/work/jobs.json', name: 'jobs.json', openedAt: '2026-01-01T00:00:00Z', exists: true, current: false },
      ],
    });
    state.files.set('/work/jobs.json', emptyBank());
    renderWithBank(fakeSettingsApi(state), <Shell />);
    const recent = await screen.findByRole('list', { name: 'Open recent' });
    expect(within(recent).getByText('Open now')).toBeInTheDocument();
    expect(within(recent).getByText('Missing')).toBeInTheDocument();
    await userEvent.click(within(recent).getByRole('button', { name: /Open jobs\.json/ }));
    await waitFor(() => expect(screen.getByTestId('current-bank-path')).toHaveTextContent('/work/jobs.json'));
  });
});

describe('Settings ▸ Backups', () => {
  it('backs up now, and restores after a confirmation that says the current bank is backed up first', async () => {
    const state = fakeState();
    renderWithBank(fakeSettingsApi(state), <Shell />);
    const backups = await screen.findByRole('region', { name: 'Backups' });
    expect(await within(backups).findByTestId('backup-folder')).toHaveTextContent('/data/backups/storybank-abc');
    expect(within(backups).getByText(/No backups yet/)).toBeInTheDocument();
    await userEvent.click(within(backups).getByRole('button', { name: 'Back up now' }));
    const table = await within(backups).findByTestId('backup-list');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByText('2.3 KB')).toBeInTheDocument();

    await userEvent.click(within(table).getByRole('button', { name: /^Restore the backup of/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(dialog).toHaveTextContent('The bank as it is now is backed up first');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(state.calls.filter((c) => c.name === 'restoreBackup')).toEqual([
      { name: 'restoreBackup', request: { id: 'backup-1.json' } },
    ]);
    // The app reloads for the restored bank, and the store's notice says what happened.
    expect(await screen.findByText('Your bank was restored from the backup.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('Notices banner', () => {
  it('shows each notice with its paths as code; serious ones are alerts; Dismiss removes it', async () => {
    const movedTo = '/home/a/storybank.damaged-2026.json';
    const state = fakeState({
      notices: [
        notice({
          id: 'n1',
          movedTo,
          message: `Storybank could not read storybank.json: it is not valid JSON. The file was moved to ${movedTo} (nothing in it was deleted).`,
        }),
        notice({
          id: 'n2',
          kind: 'purged',
          severity: 'info',
          message: '2 stories were in the trash for more than 30 days and were removed.',
        }),
      ],
    });
    renderWithBank(fakeSettingsApi(state), <NoticesBanner />);
    const items = await screen.findAllByTestId('bank-notice');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveAttribute('role', 'alert');
    expect(items[1]).toHaveAttribute('role', 'status');
    expect(within(items[0]).getByText(movedTo).tagName).toBe('CODE');

    await userEvent.click(within(items[0]).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.getAllByTestId('bank-notice')).toHaveLength(1));
    expect(state.calls.some((c) => c.name === 'dismissNotice' && (c.request as { id: string }).id === 'n1')).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dismiss' })));
  });

  it('shows message text as text, never markup', async () => {
    const state = fakeState({
      notices: [
        notice({
          id: 'x',
          message: '<img src=x onerror=alert(1)> moved to /tmp/<b>x</b>.json',
          movedTo: '/tmp/<b>x</b>.json',
        }),
      ],
    });
    renderWithBank(fakeSettingsApi(state), <NoticesBanner />);
    const item = await screen.findByTestId('bank-notice');
    expect(item.querySelector('img, b')).toBeNull();
    expect(within(item).getByText('/tmp/<b>x</b>.json').tagName).toBe('CODE');
  });

  it('splits a message around every known path, longest first', () => {
    expect(pathSegments('Moved /a/b.json.bak aside; /a/b.json restored.', ['/a/b.json', '/a/b.json.bak'])).toEqual([
      { text: 'Moved ', path: false },
      { text: '/a/b.json.bak', path: true },
      { text: ' aside; ', path: false },
      { text: '/a/b.json', path: true },
      { text: ' restored.', path: false },
    ]);
    expect(pathSegments('No paths here.', [undefined])).toEqual([{ text: 'No paths here.', path: false }]);
  });
});

describe('Bank-problem screen', () => {
  it('replaces the views when the bank is locked, names the holder, and Try again opens it once free', async () => {
    const state = fakeState({ failure: { code: 'locked', message: LOCKED } });
    state.files.set('/home/a/storybank.json', { code: 'locked', message: LOCKED });
    renderWithBank(fakeSettingsApi(state), <Shell />);
    const screenEl = await screen.findByTestId('bank-problem');
    expect(screenEl).toHaveAttribute('data-code', 'locked');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your bank is open in another Storybank');
    expect(within(screenEl).getByRole('alert')).toHaveTextContent('Storybank desktop (pid 4242');
    expect(screenEl).toHaveTextContent('Close the other Storybank window');
    expect(screen.queryByRole('region', { name: 'Profile' })).toBeNull();

    await userEvent.click(within(screenEl).getByRole('button', { name: 'Try again' }));
    expect(await within(screenEl).findByText('That bank is in use by another program.')).toBeInTheDocument();

    state.files.set('/home/a/storybank.json', emptyBank());
    await userEvent.click(within(screenEl).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.queryByTestId('bank-problem')).toBeNull();
  });

  it('says to update the app for a bank from a newer version', async () => {
    const state = fakeState({
      failure: {
        code: 'unsupported',
        message:
          'storybank.json was saved by a newer version of Storybank (bank format 7; this version reads up to 1).',
      },
    });
    renderWithBank(fakeSettingsApi(state), <Shell />);
    const screenEl = await screen.findByTestId('bank-problem');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Your bank needs a newer Storybank');
    expect(screenEl).toHaveTextContent('bank format 7');
    expect(screenEl).toHaveTextContent('Update Storybank');
    expect(within(screenEl).getByLabelText('Bank file path')).toBeInTheDocument();
  });
});
