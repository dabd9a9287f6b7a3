// Profile and settings handlers: one line each over main/store/operations/profile-settings.ts.
import type { settingsChannels } from '#shared/api/channels/settings';
import { updateProfile, updateSettings } from '../../store/operations/profile-settings';
import type { HandlersFor } from '../handler-table';

export const settingsHandlers: HandlersFor<keyof typeof settingsChannels> = {
  updateProfile: (changes, { services }) => updateProfile(services.banks.current, changes),
  updateSettings: (changes, { services }) => updateSettings(services.banks.current, changes),
};
