// The API contract: every channel between the renderer and main, with its request and response schema.
// Each domain keeps its channels in `channels/<domain>.ts`; add the group here, then its handlers in
// main/api/handlers/ and the names in main/preload/channel-names.ts (tsc fails until all three agree).
import type { z } from 'zod';
import { appChannels } from './channels/app';
import { planningChannels } from './channels/planning';
import { loopPlanningChannels } from './channels/loops-planning';
import { storyChannels } from './channels/stories';
import { bankChannels } from './channels/bank';
import { frameworkChannels } from './channels/frameworks';
import { stageChannels } from './channels/stages';
import { loopChannels } from './channels/loops';
import { settingsChannels } from './channels/settings';
import { importExportChannels } from './channels/import-export';
import { exportChannels } from './channels/exports';
import { interviewChannels } from './channels/interviews';

export const contract = {
  ...appChannels,
  ...planningChannels,
  ...loopPlanningChannels,
  ...storyChannels,
  ...bankChannels,
  ...frameworkChannels,
  ...stageChannels,
  ...loopChannels,
  ...settingsChannels,
  ...importExportChannels,
  ...exportChannels,
  ...interviewChannels,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What the caller passes (before defaults are applied). */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What the handler receives (after parsing). */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
/** What the handler returns (before parsing). */
export type HandlerResultOf<C extends Channel> = z.input<Contract[C]['response']>;
/** What the caller receives. */
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

/** `window.storybank`: one named async function per channel. */
export type StorybankApi = { [C in Channel]: (request: RequestOf<C>) => Promise<ResponseOf<C>> };

export const CHANNEL_PREFIX = 'storybank:';

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
