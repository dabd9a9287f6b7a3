// Profile and settings handlers: one line each over main/store/operations/profile-settings.ts.
import type { settingsChannels } from '../../../shared/api/channels/settings';
import { updateProfile, updateSettings } from '../../store/operations/profile-settings';
import type { HandlersFor } from '../handler-table';

export const settingsHandlers: HandlersFor<keyof typeof settingsChannels> = {
  getProfile: (_request, { services }) => services.banks.current.bank.profile,
  updateProfile: (changes, { services }) => updateProfile(services.banks.current, changes),
  getSettings: (_request, { services }) => services.banks.current.bank.settings,
  updateSettings: (changes, { services }) => updateSettings(services.banks.current, changes),
};
