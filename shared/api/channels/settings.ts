// The profile (name, target role) and app settings stored in the bank.
import { z } from 'zod';
import { channel } from '../channel';
import { Profile, Settings } from '../../domain/schemas';

export const settingsChannels = {
  getProfile: channel(z.object({}).strict(), Profile),
  updateProfile: channel(Profile.partial().strict(), Profile),
  getSettings: channel(z.object({}).strict(), Settings),
  updateSettings: channel(Settings.partial().strict(), Settings),
};
