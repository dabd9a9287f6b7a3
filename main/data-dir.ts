// Where Storybank keeps its data when Electron's app.getPath('userData') is not available (the web
// bridge): the same folder the desktop app uses, so both see one bank (guarded by the store's lock).
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (env['STORYBANK_DATA_DIR']) return env['STORYBANK_DATA_DIR'];
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'Storybank');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Storybank');
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'Storybank');
}
