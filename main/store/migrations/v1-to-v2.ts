// v1 → v2. The bank gains an identity (`bankId`, so backups are found by the bank rather than by
// its path), the interview log (`interviews`) and per-project depth-map notes (`projects`).
// Nothing in a v1 bank changes meaning; the new lists start empty.
import { newId } from '#shared/domain/ids';
import type { Migration } from './types';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  describe: 'adds a bank identity, the interview log and project notes',
  up(raw, now) {
    const bank = isObject(raw) ? raw : {};
    return {
      ...bank,
      schemaVersion: 2,
      bankId: typeof bank['bankId'] === 'string' ? bank['bankId'] : newId('bank', Date.parse(now)),
      interviews: Array.isArray(bank['interviews']) ? bank['interviews'] : [],
      projects: Array.isArray(bank['projects']) ? bank['projects'] : [],
    };
  },
};
