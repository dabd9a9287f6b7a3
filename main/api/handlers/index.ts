// The whole handler table: one entry per channel in shared/api/contract.ts. Add a domain's
// handlers here; tsc fails if any channel is missing.
import type { HandlerTable } from '../handler-table';
import { appHandlers } from './app';
import { planningHandlers } from './planning';
import { loopPlanningHandlers } from './loops-planning';
import { storyHandlers } from './stories';
import { bankHandlers } from './bank';
import { catalogHandlers } from './catalog';
import { importExportHandlers } from './import-export';
import { exportHandlers } from './exports';
import { interviewHandlers } from './interviews';

export const handlers: HandlerTable = {
  ...appHandlers,
  ...planningHandlers,
  ...loopPlanningHandlers,
  ...storyHandlers,
  ...bankHandlers,
  ...catalogHandlers,
  ...importExportHandlers,
  ...exportHandlers,
  ...interviewHandlers,
};
