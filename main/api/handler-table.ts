import type { Channel, HandlerResultOf, ParsedRequestOf } from '#shared/api/contract';
import type { HandlerContext } from './context';

export type Handler<C extends Channel> = (
  request: ParsedRequestOf<C>,
  context: HandlerContext,
) => HandlerResultOf<C> | Promise<HandlerResultOf<C>>;

/** One plain function per channel. tsc fails if a channel has no handler. */
export type HandlerTable = { [C in Channel]: Handler<C> };

/** A domain's slice of the table, e.g. `HandlersFor<'listStories' | 'getStory'>`. */
export type HandlersFor<C extends Channel> = { [K in C]: Handler<K> };
