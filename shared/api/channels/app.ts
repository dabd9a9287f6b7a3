import { z } from 'zod';
import { channel } from '../channel';

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** 'desktop' in Electron, 'web' through the local web bridge. */
  runtime: z.enum(['desktop', 'web']),
  dataFile: z.string(),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const appChannels = {
  appInfo: channel(z.object({}).strict(), AppInfo),
};
