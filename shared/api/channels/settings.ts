// The profile (name, target role) and app settings stored in the bank.
import { channel } from '../channel';
import { Profile, Settings } from '../../domain/schemas';

export const settingsChannels = {
  updateProfile: channel(Profile.partial().strict(), Profile),
  updateSettings: channel(Settings.partial().strict(), Settings),
};
