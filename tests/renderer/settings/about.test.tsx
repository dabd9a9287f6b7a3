import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StorybankError } from '#shared/api/errors';
import { SettingsView } from '../../../renderer/src/views/settings/SettingsView';
import { fakeSettingsApi, fakeState } from './fake-settings-api';
import { renderWithBank } from './render-app';

describe('Settings ▸ About', () => {
  it('shows the version and the bank file from the API', async () => {
    const api = fakeSettingsApi(fakeState({ path: '/home/a/bank.json', runtime: 'desktop' }));
    renderWithBank(api, <SettingsView />);
    expect(await screen.findByTestId('app-version')).toHaveTextContent('9.9.9');
    expect(screen.getByTestId('data-file')).toHaveTextContent('/home/a/bank.json');
  });

  it('says so when the API call fails', async () => {
    const api = fakeSettingsApi(fakeState(), {
      appInfo: async () => {
        throw new StorybankError({ code: 'io-error', message: 'Storybank is not running.' });
      },
    });
    renderWithBank(api, <SettingsView />);
    const about = screen.getByRole('region', { name: 'About' });
    expect(await within(about).findByRole('alert')).toHaveTextContent('Storybank is not running.');
  });
});
