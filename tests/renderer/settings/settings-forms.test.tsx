import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StorybankError } from '#shared/api/errors';
import { SettingsView } from '../../../renderer/src/views/settings/SettingsView';
import { fakeSettingsApi, fakeState } from './fake-settings-api';
import { renderWithBank } from './render-app';

const section = (name: string) => screen.getByRole('region', { name });
const saveLine = (name: string) => within(section(name)).getByTestId('settings-save');

describe('Settings ▸ Profile', () => {
  it('saves each field when you leave it and says so', async () => {
    const state = fakeState();
    renderWithBank(fakeSettingsApi(state), <SettingsView />);
    const name = await screen.findByLabelText('Your name');
    await waitFor(() => expect(name).toBeEnabled());
    await userEvent.type(name, 'Ada');
    expect(state.bank.profile.name).toBe('');
    await userEvent.tab();
    await waitFor(() => expect(saveLine('Profile')).toHaveTextContent('Saved'));
    expect(state.bank.profile).toEqual({ name: 'Ada', targetRole: '' });
    // Leaving an unchanged field sends nothing.
    const before = state.calls.filter((c) => c.name === 'updateProfile').length;
    await userEvent.click(screen.getByLabelText('Target role'));
    await userEvent.tab();
    expect(state.calls.filter((c) => c.name === 'updateProfile')).toHaveLength(before);
  });

  it('shows the refusal when the save fails', async () => {
    const api = fakeSettingsApi(fakeState(), {
      updateProfile: async () => {
        throw new StorybankError({ code: 'io-error', message: 'The disk is full.' });
      },
    });
    renderWithBank(api, <SettingsView />);
    const role = await screen.findByLabelText('Target role');
    await waitFor(() => expect(role).toBeEnabled());
    await userEvent.type(role, 'Staff engineer{Enter}');
    await waitFor(() => expect(saveLine('Profile')).toHaveTextContent('Not saved: The disk is full.'));
    expect(saveLine('Profile')).toHaveAttribute('data-state', 'error');
  });
});

describe('Settings ▸ Practice target', () => {
  it('refuses a shortest time above the longest without calling the API', async () => {
    const state = fakeState();
    renderWithBank(fakeSettingsApi(state), <SettingsView />);
    const min = await screen.findByLabelText('Shortest (seconds)');
    await waitFor(() => expect(min).toHaveValue(90));
    await userEvent.clear(min);
    await userEvent.type(min, '200');
    await userEvent.tab();
    expect(saveLine('Practice target')).toHaveTextContent('must not be longer than the longest');
    expect(min).toHaveAttribute('aria-invalid', 'true');
    expect(state.calls.some((c) => c.name === 'updateSettings')).toBe(false);
  });

  it('saves a valid range', async () => {
    const state = fakeState();
    renderWithBank(fakeSettingsApi(state), <SettingsView />);
    const max = await screen.findByLabelText('Longest (seconds)');
    await waitFor(() => expect(max).toHaveValue(120));
    await userEvent.clear(max);
    await userEvent.type(max, '150');
    await userEvent.tab();
    await waitFor(() => expect(saveLine('Practice target')).toHaveTextContent('Saved'));
    expect(state.bank.settings.targetSeconds).toEqual({ min: 90, max: 150 });
  });
});

describe('Settings ▸ Paper size and Theme', () => {
  it('saves the paper size as soon as it is picked', async () => {
    const state = fakeState();
    renderWithBank(fakeSettingsApi(state), <SettingsView />);
    const letter = await screen.findByRole('radio', { name: /US Letter/ });
    await waitFor(() => expect(screen.getByRole('radio', { name: /A4/ })).toBeChecked());
    await userEvent.click(letter);
    await waitFor(() => expect(saveLine('Story sheet paper size')).toHaveTextContent('Saved'));
    expect(state.bank.settings.paperSize).toBe('letter');
    expect(letter).toBeChecked();
  });

  it('writes the theme setting and applies it to the page', async () => {
    const state = fakeState();
    renderWithBank(fakeSettingsApi(state), <SettingsView />);
    const dark = within(await screen.findByRole('group', { name: 'Theme' })).getByRole('radio', { name: 'Dark' });
    await waitFor(() => expect(dark).toBeEnabled());
    await userEvent.click(dark);
    await waitFor(() => expect(saveLine('Theme')).toHaveTextContent('Saved'));
    expect(state.bank.settings.theme).toBe('dark');
  });
});

describe('Settings ▸ Interview stages', () => {
  const names = () =>
    within(screen.getByRole('list', { name: 'Interview stages' }))
      .getAllByRole('textbox')
      .map((i) => (i as HTMLInputElement).value);

  it('renames, adds and reorders with the buttons, keeping focus on the moved stage', async () => {
    const state = fakeState();
    renderWithBank(fakeSettingsApi(state), <SettingsView />);
    const first = await screen.findByLabelText('Stage 1 name');
    await userEvent.clear(first);
    await userEvent.type(first, 'Phone screen{Enter}');
    await waitFor(() => expect(state.bank.stages[0].name).toBe('Phone screen'));

    await userEvent.type(screen.getByLabelText('New stage'), 'Team match{Enter}');
    await waitFor(() => expect(names().at(-1)).toBe('Team match'));
    expect(state.bank.stages.at(-1)?.name).toBe('Team match');
    expect(screen.getByLabelText('New stage')).toHaveValue('');

    const down = screen.getByRole('button', { name: 'Move Phone screen down' });
    down.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(names().slice(0, 2)).toEqual(['Hiring manager', 'Phone screen']));
    expect(state.bank.stages.slice(0, 2).map((s) => s.name)).toEqual(['Hiring manager', 'Phone screen']);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Phone screen down' })),
    );
    expect(screen.getByRole('button', { name: 'Move Hiring manager up' })).toBeDisabled();
  });

  it('asks before deleting, and names how many stories use the stage', async () => {
    const state = fakeState();
    renderWithBank(fakeSettingsApi(state), <SettingsView />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Bar raiser' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Bar raiser”?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(state.bank.stages.some((s) => s.name === 'Bar raiser')).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'Delete Bar raiser' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete stage' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(state.bank.stages.some((s) => s.name === 'Bar raiser')).toBe(false);
    expect(names()).not.toContain('Bar raiser');
  });

  it('keeps the old name when a rename is emptied', async () => {
    const state = fakeState();
    renderWithBank(fakeSettingsApi(state), <SettingsView />);
    const first = await screen.findByLabelText('Stage 1 name');
    fireEvent.change(first, { target: { value: '   ' } });
    await act(async () => fireEvent.blur(first));
    expect(first).toHaveValue('Recruiter screen');
    expect(state.calls.some((c) => c.name === 'renameStage')).toBe(false);
  });
});
