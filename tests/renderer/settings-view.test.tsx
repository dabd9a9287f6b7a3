import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StorybankApi } from '../../shared/api/contract';
import { StorybankError } from '../../shared/api/errors';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { SettingsView } from '../../renderer/src/views/settings/SettingsView';

function fakeApi(overrides: Partial<StorybankApi>): StorybankApi {
  return new Proxy(overrides, {
    get: (target, name: string) => target[name as keyof StorybankApi] ?? (() => Promise.reject(new Error(`unexpected call ${name}`))),
  }) as StorybankApi;
}

describe('SettingsView', () => {
  it('shows the version and the bank file from the API', async () => {
    const api = fakeApi({ appInfo: async () => ({ name: 'Storybank', version: '1.2.3', runtime: 'desktop', dataFile: '/home/a/bank.json', platform: 'linux' }) });
    render(<ApiProvider api={api}><SettingsView /></ApiProvider>);
    expect(await screen.findByTestId('app-version')).toHaveTextContent('1.2.3');
    expect(screen.getByTestId('data-file')).toHaveTextContent('/home/a/bank.json');
  });

  it('says so when the API call fails', async () => {
    const api = fakeApi({ appInfo: async () => { throw new StorybankError({ code: 'io-error', message: 'Storybank is not running.' }); } });
    render(<ApiProvider api={api}><SettingsView /></ApiProvider>);
    expect(await screen.findByRole('alert')).toHaveTextContent('Storybank is not running.');
  });
});
