// `npm run web`: start the web bridge on a free port of 127.0.0.1 and print the URL to open.
// Options: --port N, --bank FILE, --data-dir DIR.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { handlers } from '../api/handlers';
import { defaultDataDir } from '../data-dir';
import { createServices } from '../services';
import { startBridge } from './bridge-server';
import { bridgeStopper } from './stop-bridge';
import { errorMessage } from '#shared/api/errors';

const { values } = parseArgs({
  options: { port: { type: 'string' }, bank: { type: 'string' }, 'data-dir': { type: 'string' } },
});

const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
mkdirSync(dataDir, { recursive: true });
const services = await createServices({
  dataDir,
  bankPath: values.bank ? resolve(values.bank) : undefined,
  appKind: 'web',
});
// The page still opens (and shows the reason), but say it here too: usually the desktop app holds the bank.
if (!services.banks.isOpen) {
  try {
    void services.banks.current;
  } catch (error) {
    console.error(`Storybank could not open the bank: ${errorMessage(error)}`);
  }
}
const here = dirname(new URL(import.meta.url).pathname);
const version = typeof __STORYBANK_VERSION__ === 'string' ? __STORYBANK_VERSION__ : '0.0.0';

const bridge = await startBridge({
  rendererDir: join(here, '../renderer'),
  handlers,
  port: values.port ? Number(values.port) : 0,
  context: {
    info: () => ({
      name: 'Storybank',
      version,
      runtime: 'web',
      dataFile: services.bankPath,
      platform: process.platform,
    }),
    services,
    native: {},
  },
  log: ({ channel, error }) => console.error(`[api] ${channel}`, error),
});

console.log(`Storybank is running at ${bridge.url}`);
console.log("Open that address in your browser (it includes this session's access key). Press Ctrl+C to stop.");

const stop = bridgeStopper({
  bridge,
  services,
  exit: (code) => process.exit(code),
  report: (message, error) => console.error(message, error),
});
// eslint-disable-next-line @typescript-eslint/no-floating-promises -- stop() reports a failure and exits by itself
process.on('SIGINT', () => void stop());
// eslint-disable-next-line @typescript-eslint/no-floating-promises -- stop() reports a failure and exits by itself
process.on('SIGTERM', () => void stop());
