// Makes sure the system tools the tests drive for real are present: Chromium (e2e), LibreOffice
// (docx → PDF), poppler (pdfinfo, pdftoppm) and the fonts the story sheet is laid out with.
// On Debian as root it installs what is missing; otherwise it fails with the exact command to run.
// It never lets a test be skipped silently.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACKAGES = [
  { pkg: 'chromium', check: () => has('chromium') || existsSync('/usr/bin/chromium') },
  { pkg: 'libreoffice-writer-nogui', check: () => has('soffice') },
  { pkg: 'poppler-utils', check: () => has('pdfinfo') && has('pdftoppm') },
  { pkg: 'fonts-liberation', check: () => dpkgHas('fonts-liberation') },
  { pkg: 'fonts-noto-cjk', check: () => dpkgHas('fonts-noto-cjk') },
  { pkg: 'fonts-noto-color-emoji', check: () => dpkgHas('fonts-noto-color-emoji') },
];

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function dpkgHas(pkg) {
  if (!has('dpkg-query')) return true; // not Debian: trust the fonts that are there
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

const missing = PACKAGES.filter((p) => !p.check()).map((p) => p.pkg);
if (missing.length === 0) {
  console.log('System tools present: chromium, LibreOffice, poppler-utils, fonts.');
  process.exit(0);
}

const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !has('apt-get')) {
  console.error(`Missing system packages for the tests: ${missing.join(', ')}.\nInstall them with:\n  sudo ${command}`);
  process.exit(1);
}

console.log(`Installing missing system packages: ${missing.join(', ')} …`);
try {
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
} catch {
  console.error(`Could not install ${missing.join(', ')}. Run this yourself, then try again:\n  ${command}`);
  process.exit(1);
}
const still = PACKAGES.filter((p) => !p.check()).map((p) => p.pkg);
if (still.length > 0) {
  console.error(`Still missing after install: ${still.join(', ')}.`);
  process.exit(1);
}
console.log('System packages installed.');
