// Every older bank format kept in tests/fixtures/banks/ opens as a current bank, through the store
// itself: the old file is kept as a pre-migration backup and the upgrade is announced.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '#shared/domain/schemas';
import { detectVersion, migrate, MIGRATIONS } from '../../../../main/store/migrations';
import { openBankFile } from '../../../../main/store/open-bank-file';
import { tempDir } from '../helpers';

const FIXTURES = join(__dirname, '../../../fixtures/banks');
const fixtures = readdirSync(FIXTURES).filter((n) => /^v\d+\.json$/.test(n));

describe('migrations', () => {
  it('form an unbroken chain from 0 to the current format, with a fixture for every older version', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, v) => [v, v + 1]));
    expect(fixtures.map((n) => Number(n.slice(1, -5))).sort()).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, v) => v),
    );
  });

  it('detects versions', () => {
    expect(detectVersion({ stories: [] })).toBe(0);
    expect(detectVersion({ schemaVersion: 1, stories: [] })).toBe(1);
    expect(detectVersion({ schemaVersion: 'one' })).toBeUndefined();
    expect(detectVersion([])).toBeUndefined();
    expect(() => migrate({}, -1)).toThrow(/No migration from bank format -1/);
  });

  for (const name of fixtures) {
    it(`opens ${name} as a current bank and keeps the original as a backup`, async () => {
      const dir = tempDir();
      const path = join(dir, 'storybank.json');
      copyFileSync(join(FIXTURES, name), path);
      const original = readFileSync(path);
      const store = await openBankFile({ path, dataDir: dir, app: 'test', mode: 'existing' });
      expect(store.bank.schemaVersion).toBe(SCHEMA_VERSION);
      expect(store.bank.stories.length).toBeGreaterThan(0);
      const [upgraded] = store.notices;
      expect(upgraded.kind).toBe('migrated');
      expect(readFileSync(upgraded.backupPath!)).toEqual(original);
      expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
      await store.close();
    });
  }
});
