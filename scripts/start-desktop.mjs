// `npm start` / `npm run dev`: checks that the Electron binary is installed before electron-vite starts it, so a
// missing binary gets a message that says what is missing and the command that fixes it, not a stack trace.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary, missingElectronMessage } from './electron-binary.mjs';

const root = join(import.meta.dirname, '..');
const electron = electronBinary(root);
if (!electron.installed) {
  console.error(missingElectronMessage(electron));
  process.exit(1);
}
const [command = 'preview', ...rest] = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), command, ...rest],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: electron.path } },
);
process.exit(result.status ?? 1);
