// v1 → v2: a bank identity, the interview log and project notes are added; nothing else changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Bank } from '#shared/domain/schemas';
import { ID_PATTERN } from '#shared/domain/ids';
import { v1ToV2 } from '../../../../main/store/migrations/v1-to-v2';

const fixture = () =>
  JSON.parse(readFileSync(join(__dirname, '../../../fixtures/banks/v1.json'), 'utf8')) as Record<string, unknown>;

describe('migration v1 → v2', () => {
  it('produces a valid v2 bank with an identity and empty log and projects', () => {
    const bank = Bank.parse(v1ToV2.up(fixture(), '2026-12-01T00:00:00.000Z'));
    expect(bank.schemaVersion).toBe(2);
    expect(bank.bankId).toMatch(ID_PATTERN);
    expect(bank.bankId.startsWith('bank_')).toBe(true);
    expect(bank.interviews).toEqual([]);
    expect(bank.projects).toEqual([]);
  });

  it('keeps every v1 field exactly', () => {
    const before = fixture();
    const after = v1ToV2.up(structuredClone(before), '2026-12-01T00:00:00.000Z') as Record<string, unknown>;
    for (const key of Object.keys(before).filter((k) => k !== 'schemaVersion')) expect(after[key]).toEqual(before[key]);
  });

  it('keeps an identity the file already carries', () => {
    const after = v1ToV2.up({ ...fixture(), bankId: 'bank_keepme' }, '2026-12-01T00:00:00.000Z') as { bankId: string };
    expect(after.bankId).toBe('bank_keepme');
  });

  it('leaves a migrated bank ready for the log: an entry with numbers said and a copied lexicon validate', () => {
    const bank = Bank.parse(v1ToV2.up(fixture(), '2026-12-01T00:00:00.000Z'));
    const withLog = {
      ...bank,
      frameworks: [
        {
          id: 'framework_mine',
          name: 'Mine',
          preset: false,
          competencies: [{ id: 'comp_a', name: 'Taste', description: '', lexicon: ['research taste'] }],
        },
      ],
      interviews: [
        {
          id: 'interview_a',
          company: 'Acme',
          role: 'Staff',
          roundName: 'Onsite',
          date: '2026-11-30',
          questions: [{ text: 'Why?', rating: 2 }],
          stories: bank.stories.slice(0, 1).map((s) => ({
            storyId: s.id,
            numbersSaid: ['40%'],
            claimsSaid: [
              { measure: 'latency', unit: 'percent', value: 40, text: '40%', sentence: 'Cut latency by 40%.' },
            ],
          })),
          outcome: 'passed',
          notes: '',
          createdAt: '2026-12-01T00:00:00.000Z',
          updatedAt: '2026-12-01T00:00:00.000Z',
        },
      ],
    };
    expect(Bank.safeParse(withLog).success).toBe(true);
    // Entries written before numbers were kept with their measures still load.
    const older = structuredClone(withLog);
    for (const told of older.interviews[0].stories) delete (told as { claimsSaid?: unknown }).claimsSaid;
    expect(Bank.safeParse(older).success).toBe(true);
  });
});
