// Coverage ▸ Export CSV in the desktop app opens a save dialog; closing it is a choice, not an error:
// the view says nothing was saved, as a status, never as a red alert. A real failure stays an alert.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StorybankError } from '#shared/api/errors';
import { CoverageView } from '../../../renderer/src/views/coverage/CoverageView';
import { fakeSettingsApi, fakeState } from '../settings/fake-settings-api';
import { renderWithBank } from '../settings/render-app';

function renderCoverage(error: StorybankError) {
  const api = fakeSettingsApi(fakeState({ runtime: 'desktop' }), {
    exportCoverageCsv: () => Promise.reject(error),
  });
  renderWithBank(api, <CoverageView />);
}

describe('Coverage ▸ Export CSV', () => {
  it('says the export was cancelled, as a status, when the save dialog is closed', async () => {
    renderCoverage(new StorybankError({ code: 'cancelled', message: 'Export cancelled; nothing was saved.' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Export cancelled; nothing was saved.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a failed export as an alert', async () => {
    renderCoverage(new StorybankError({ code: 'io-error', message: 'Storybank could not save: the disk is full.' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the disk is full');
  });
});
