// Runs one API call: validate the request, run the handler, validate the response, and answer
// `{ok, value} | {ok:false, error}`. Shared by Electron IPC and the web bridge, and free of electron.
import { z } from 'zod';
import { contract, isChannel, type Channel } from '#shared/api/contract';
import { ApiError, describeZodIssues, type ApiResult, errorMessage } from '#shared/api/errors';
import { describeRequestProblems } from '#shared/api/request-problems';
import type { HandlerContext } from './context';
import type { HandlerTable } from './handler-table';

export interface DispatchLog {
  (event: { channel: string; error: unknown }): void;
}

type Spec = (typeof contract)[Channel];

/**
 * Each channel's schemas with zod's compiled fast path, made on the channel's first call: a valid
 * request or answer is checked several times faster (getBank validates the whole bank on every
 * call), anything else falls back to zod's ordinary parser and is described exactly as before.
 */
const compiled = new Map<Channel, Pick<Spec, 'request' | 'response'>>();
function schemasOf(channel: Channel): Pick<Spec, 'request' | 'response'> {
  let specs = compiled.get(channel);
  if (!specs) {
    specs = { request: z.compile(contract[channel].request), response: z.compile(contract[channel].response) };
    compiled.set(channel, specs);
  }
  return specs;
}

export async function dispatch(
  handlers: HandlerTable,
  channelName: string,
  rawRequest: unknown,
  context: HandlerContext,
  log: DispatchLog = () => {},
): Promise<ApiResult<unknown>> {
  if (!isChannel(channelName)) {
    return { ok: false, error: { code: 'unknown-channel', message: `There is no API call named "${channelName}".` } };
  }
  const channel: Channel = channelName;
  const spec = schemasOf(channel);
  const parsed = spec.request.safeParse(rawRequest ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-request', message: describeRequestProblems(channel, parsed.error) },
    };
  }
  let raw: unknown;
  try {
    const handler = handlers[channel] as (request: unknown, context: HandlerContext) => unknown;
    raw = await handler(parsed.data, context);
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
    log({ channel, error });
    const detail = errorMessage(error);
    return { ok: false, error: { code: 'internal', message: `Something went wrong in ${channel}: ${detail}` } };
  }
  const checked = spec.response.safeParse(raw);
  if (!checked.success) {
    log({ channel, error: checked.error });
    return {
      ok: false,
      error: {
        code: 'invalid-response',
        message: `The app produced an invalid answer for ${channel}; nothing was changed on screen. (${describeZodIssues(checked.error)})`,
      },
    };
  }
  return { ok: true, value: checked.data };
}
