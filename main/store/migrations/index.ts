// Ordered migrations, one file each. A bank is read as plain JSON, its version detected, and
// every step from that version up to SCHEMA_VERSION applied in order; the result is then
// validated like any other bank.
import { SCHEMA_VERSION } from '#shared/domain/schemas';
import { bankFormatOf } from '../bank-marker';
import type { Migration } from './types';
import { v0ToV1 } from './v0-to-v1';
import { v1ToV2 } from './v1-to-v2';

export type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2];

/**
 * The format version of raw JSON, or undefined when it is not recognisably a Storybank bank (see
 * bank-marker.ts for what that means): `schemaVersion` for v1 and later, 0 for the pre-release
 * format.
 */
export function detectVersion(raw: unknown): number | undefined {
  return bankFormatOf(raw);
}

export function migrate(
  raw: unknown,
  fromVersion: number,
  now: Date = new Date(),
  migrations: readonly Migration[] = MIGRATIONS,
): unknown {
  let data = raw;
  for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step || step.to !== version + 1)
      throw new Error(`No migration from bank format ${version} to ${version + 1}.`);
    data = step.up(data, now.toISOString());
  }
  return data;
}
