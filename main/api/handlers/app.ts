// App handlers: what the app is and where its data lives.
import type { appChannels } from '#shared/api/channels/app';
import type { HandlersFor } from '../handler-table';

export const appHandlers: HandlersFor<keyof typeof appChannels> = {
  appInfo: (_request, context) => context.info(),
};
