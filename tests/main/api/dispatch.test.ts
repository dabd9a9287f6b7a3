import { describe, expect, it, vi } from 'vitest';
import type { HandlerContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import type { HandlerTable } from '../../../main/api/handler-table';
import { handlers as realHandlers } from '../../../main/api/handlers';
import { ApiError } from '#shared/api/errors';

const info = {
  name: 'Storybank',
  version: '9.9.9',
  runtime: 'web' as const,
  dataFile: '/tmp/bank.json',
  platform: 'linux',
};
const context = { info: () => info, native: {}, services: {} } as unknown as HandlerContext;

function tableWith(appInfo: (...args: unknown[]) => unknown): HandlerTable {
  return { ...realHandlers, appInfo } as unknown as HandlerTable;
}

describe('dispatch', () => {
  it('runs the handler and answers {ok:true, value}', async () => {
    expect(await dispatch(realHandlers, 'appInfo', {}, context)).toEqual({ ok: true, value: info });
  });

  it('never lets a bad payload reach the handler', async () => {
    const handler = vi.fn(() => info);
    const result = await dispatch(tableWith(handler), 'appInfo', { unexpected: '<script>' }, context);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a payload that is not an object', async () => {
    const handler = vi.fn(() => info);
    expect(await dispatch(tableWith(handler), 'appInfo', 'hello', context)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a response that breaks its schema instead of passing it on', async () => {
    const log = vi.fn();
    const result = await dispatch(
      tableWith(() => ({ ...info, runtime: 'mainframe' })),
      'appInfo',
      {},
      context,
      log,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('answers an unknown channel (including prototype names) with unknown-channel', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(realHandlers, name, {}, context)).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });

  it('passes an ApiError through with its code and message', async () => {
    const result = await dispatch(
      tableWith(() => {
        throw new ApiError('locked', 'Open in another window.');
      }),
      'appInfo',
      {},
      context,
    );
    expect(result).toEqual({ ok: false, error: { code: 'locked', message: 'Open in another window.' } });
  });

  it('turns an unexpected exception into an internal error and logs it', async () => {
    const log = vi.fn();
    const result = await dispatch(
      tableWith(() => {
        throw new TypeError('boom');
      }),
      'appInfo',
      {},
      context,
      log,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ channel: 'appInfo' }));
  });
});
