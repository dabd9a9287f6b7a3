// Registers every API channel with ipcMain.handle. Each call is checked for its sender frame (only
// the app's own pages), then handed to the electron-free dispatcher.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_PREFIX, contract } from '#shared/api/contract';
import type { ApiResult } from '#shared/api/errors';
import type { HandlerContext } from '../api/context';
import { dispatch, type DispatchLog } from '../api/dispatch';
import type { HandlerTable } from '../api/handler-table';
import { isTrustedAppUrl } from './trusted-url';

export function senderIsTrusted(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  // Only the top frame of our own page; never a subframe, never another origin.
  return !!frame && frame.parent === null && isTrustedAppUrl(frame.url, devServerUrl);
}

export function registerApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: HandlerTable,
  context: HandlerContext,
  options: { devServerUrl?: string; log?: DispatchLog } = {},
): void {
  for (const name of Object.keys(contract)) {
    ipcMain.handle(CHANNEL_PREFIX + name, async (event, request: unknown): Promise<ApiResult<unknown>> => {
      if (!senderIsTrusted(event, options.devServerUrl)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: 'This page is not allowed to use the Storybank API.' },
        };
      }
      return dispatch(handlers, name, request, context, options.log);
    });
  }
}
