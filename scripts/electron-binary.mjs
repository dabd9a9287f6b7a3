// Whether the Electron binary that `npm start` and `npm run test:desktop` need is installed, and if not, what
// is missing and the exact command that installs it for the installed `electron` package. Reads files only:
// requiring `electron` would itself try to download the binary.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * @param {string} root the project folder (holding node_modules/electron)
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ installed: true, path: string, version: string } | { installed: false, version?: string, missing: string, why: string, fix: string }}
 */
export function electronBinary(root, env = process.env) {
  const dir = join(root, 'node_modules', 'electron');
  const manifest = read(join(dir, 'package.json'));
  if (!manifest) {
    return {
      installed: false,
      missing: 'the electron package',
      why: 'node_modules/electron is missing',
      fix: 'npm install',
    };
  }
  const pkg = JSON.parse(manifest);
  const version = pkg.version;
  // electron-vite and Playwright both accept an explicit binary.
  if (env.ELECTRON_EXEC_PATH && existsSync(env.ELECTRON_EXEC_PATH))
    return { installed: true, path: env.ELECTRON_EXEC_PATH, version };
  // electron 45 ships an `install-electron` command; older packages only the install.js script.
  const fix = pkg.bin?.['install-electron'] ? 'npx install-electron' : 'node node_modules/electron/install.js';
  const relative = read(join(dir, 'path.txt'));
  const binary = relative && join(dir, 'dist', relative);
  if (binary && existsSync(binary)) return { installed: true, path: binary, version };
  return {
    installed: false,
    version,
    missing: `the Electron ${version} binary`,
    why: `node_modules/electron/dist is ${binary ? 'incomplete' : 'missing'}: npm did not download it, as happens when package install scripts are skipped`,
    fix,
  };
}

/** The lines to print when the binary is missing. */
export function missingElectronMessage(result, nodeVersion = process.versions.node) {
  const lines = [
    `Storybank's desktop app cannot start: ${result.missing} is not installed (${result.why}).`,
    '',
    `Install it with:  ${result.fix}`,
    '',
    'It downloads Electron from GitHub once. Without it, `npm run web` opens Storybank in your browser.',
  ];
  const [major, minor] = nodeVersion.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12))
    lines.push(`Electron ${result.version ?? ''} declares Node.js 22.12 or newer; this is Node.js ${nodeVersion}.`);
  return lines.join('\n');
}
