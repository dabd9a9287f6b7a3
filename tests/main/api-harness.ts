// Calls the real API through dispatch (request and response schemas included) with a real bank in a
// temp folder — what the desktop shell and the web bridge do, minus the transport.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HandlerContext } from '../../main/api/context';
import { dispatch } from '../../main/api/dispatch';
import { handlers } from '../../main/api/handlers';
import { closeServices, createServices, type AppServices } from '../../main/services';
import type { Channel, RequestOf, ResponseOf } from '#shared/api/contract';

export interface ApiHarness {
  services: AppServices;
  context: HandlerContext;
  dataDir: string;
  /** Resolves with the value, or throws an Error carrying the API error's `code`. */
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
}

const open: (() => Promise<void>)[] = [];

export async function openApi(
  options: { native?: HandlerContext['native']; dataDir?: string; prefix?: string } = {},
): Promise<ApiHarness> {
  const ownsDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), options.prefix ?? 'storybank-api-'));
  const services = await createServices({ dataDir, appKind: 'test' });
  open.push(async () => {
    await closeServices(services);
    if (ownsDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const context: HandlerContext = {
    info: () => ({
      name: 'Storybank',
      version: 'test',
      runtime: 'web',
      dataFile: services.bankPath,
      platform: process.platform,
    }),
    native: options.native ?? {},
    services,
  };
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const result = await dispatch(handlers, channel, request, context);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as ResponseOf<C>;
  };
  return { services, context, dataDir, call };
}

/** Closes every harness opened so far (flushes writes, releases locks); use in afterEach. */
export async function closeApis(): Promise<void> {
  for (const close of open.splice(0)) await close();
}
