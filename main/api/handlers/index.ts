// The whole handler table: one file per domain, matching shared/api/channels/<domain>.ts. tsc fails
// if any channel is missing.
import type { HandlerTable } from '../handler-table';
import { appHandlers } from './app';
import { bankHandlers } from './bank';
import { coverageHandlers } from './coverage';
import { exportHandlers } from './exports';
import { frameworkHandlers } from './frameworks';
import { importHandlers } from './import';
import { interviewHandlers } from './interviews';
import { loopHandlers } from './loops';
import { projectHandlers } from './projects';
import { questionHandlers } from './questions';
import { settingsHandlers } from './settings';
import { stageHandlers } from './stages';
import { storyHandlers } from './stories';
import { trashHandlers } from './trash';

export const handlers: HandlerTable = {
  ...appHandlers,
  ...bankHandlers,
  ...storyHandlers,
  ...trashHandlers,
  ...frameworkHandlers,
  ...stageHandlers,
  ...coverageHandlers,
  ...loopHandlers,
  ...questionHandlers,
  ...settingsHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...interviewHandlers,
  ...projectHandlers,
};
