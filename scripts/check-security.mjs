// Usage: node scripts/check-security.mjs [sourceDir]   (defaults to main/)
// Runs @doyensec/electronegativity over the shell and the built renderer, and fails on any finding of
// MEDIUM severity or higher (the tool itself always exits 0, so its report is read here).
//
// Reviewed and excluded from the source scan, with the reason:
//   PRELOAD_JS_CHECK (PreloadJSCheck) — "review the use of preload scripts". A preload is how a sandboxed,
//     context-isolated window gets its API. Ours exposes named functions only (main/preload/index.ts,
//     pinned by tests/main/shell/preload.test.ts) and never ipcRenderer itself.
//   CSP_GLOBAL_CHECK (CSPGlobalCheck, CSPJSCheck) — the source sets the CSP from a constant, which the tool cannot read. The CSP is
//     checked instead in a second scan of the built page (out/renderer/index.html), where it is literal.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
// The tool's own runner, not its CLI: the CLI's CSV report is written racily (rows come out
// truncated now and then), while the runner hands back the findings as objects.
const runElectronegativity = createRequire(import.meta.url)(
  join(root, 'node_modules/@doyensec/electronegativity/dist/runner.js'),
);
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const SEVERE = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** `only` / `exclude`: check class names, as the CLI's -l / -x take them. */
async function scan(input, { only = [], exclude = [] }) {
  const result = await runElectronegativity({
    input,
    electronVersionOverride: electronVersion,
    customScan: only.map((c) => c.toLowerCase()),
    excludeFromScan: exclude.map((c) => c.toLowerCase()),
    isRelative: true,
  });
  // A file the scanner cannot parse is a file it did not check: fail rather than pass it silently.
  const unreadable = (result.errors ?? []).filter((e) => !e.tolerable);
  if (unreadable.length)
    throw new Error(
      `electronegativity could not parse: ${unreadable.map((e) => `${e.file} (${e.message})`).join(', ')}`,
    );
  return result.issues.map((i) => ({
    issue: i.id,
    severity: i.severity?.name ?? 'UNKNOWN',
    file: i.file,
    location: i.location ? `${i.location.line}:${i.location.column}` : '',
    sample: i.sample,
  }));
}

const builtPage = join(root, 'out/renderer');
if (!existsSync(join(builtPage, 'index.html'))) {
  console.error('Build the app first (npx electron-vite build): the CSP is checked in out/renderer/index.html.');
  process.exit(1);
}

const findings = [
  ...(await scan(process.argv[2] ?? join(root, 'main'), {
    exclude: ['PreloadJSCheck', 'CSPGlobalCheck', 'CSPJSCheck'],
  })),
  ...(await scan(builtPage, { only: ['CSPGlobalCheck', 'CSPHTMLCheck'] })),
];
const severe = findings.filter((f) => SEVERE.has((f.severity ?? '').toUpperCase()));
for (const f of findings)
  console.log(`${f.severity.padEnd(8)} ${f.issue} ${f.file}:${f.location} ${(f.sample ?? '').slice(0, 120)}`);
if (severe.length > 0) {
  console.error(`electronegativity: ${severe.length} finding(s) of medium severity or higher.`);
  process.exit(1);
}
console.log(`electronegativity: no medium, high or critical findings (${findings.length} lower-severity).`);
