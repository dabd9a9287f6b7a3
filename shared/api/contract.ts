// The API contract: every channel between the renderer and main, with its request and response schema.
// One file per domain: `channels/<domain>.ts` here, its handlers in `main/api/handlers/<domain>.ts` (tsc
// fails until both agree). The preload's list of names is generated from this object at build time.
import type { z } from 'zod';
import { appChannels } from './channels/app';
import { bankChannels } from './channels/bank';
import { coverageChannels } from './channels/coverage';
import { exportChannels } from './channels/exports';
import { frameworkChannels } from './channels/frameworks';
import { importChannels } from './channels/import';
import { interviewChannels } from './channels/interviews';
import { loopChannels } from './channels/loops';
import { projectChannels } from './channels/projects';
import { questionChannels } from './channels/questions';
import { settingsChannels } from './channels/settings';
import { stageChannels } from './channels/stages';
import { storyChannels } from './channels/stories';
import { trashChannels } from './channels/trash';

export const contract = {
  ...appChannels,
  ...bankChannels,
  ...storyChannels,
  ...trashChannels,
  ...frameworkChannels,
  ...stageChannels,
  ...coverageChannels,
  ...loopChannels,
  ...questionChannels,
  ...settingsChannels,
  ...importChannels,
  ...exportChannels,
  ...interviewChannels,
  ...projectChannels,
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
