import type { HandlersFor } from '../handler-table';

export const appHandlers: HandlersFor<'appInfo'> = {
  appInfo: (_request, context) => context.info(),
};
