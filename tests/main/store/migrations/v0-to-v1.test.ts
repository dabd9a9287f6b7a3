// v0 → v1: the pre-release format (STAR in `star`, free tags, `learning`, 'archived', epoch times).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Bank } from '#shared/domain/schemas';
import { ID_PATTERN } from '#shared/domain/ids';
import { tagToSlug, v0ToV1 } from '../../../../main/store/migrations/v0-to-v1';
import { v1ToV2 } from '../../../../main/store/migrations/v1-to-v2';

const fixture = () => JSON.parse(readFileSync(join(__dirname, '../../../fixtures/banks/v0.json'), 'utf8')) as unknown;

describe('migration v0 → v1', () => {
  it('produces a valid v1 bank that keeps every story field', () => {
    const v1 = v0ToV1.up(fixture(), '2026-01-01T00:00:00.000Z') as { schemaVersion: number };
    expect(v1.schemaVersion).toBe(1);
    // v1 is no longer the current schema: validate it through the next step, which only adds fields.
    const bank = Bank.parse(v1ToV2.up(v1, '2026-01-01T00:00:00.000Z'));
    expect(bank.profile).toEqual({ name: 'Dana Okafor', targetRole: 'Staff ML Engineer' });
    expect(bank.settings.theme).toBe('dark');
    const [first, second] = bank.stories;
    expect(first).toMatchObject({
      title: 'Cutting retraining time for the ranking model',
      project: 'Search ranking',
      role: 'Tech lead',
      situation: 'Retraining took 9 hours, so we missed two launches.',
      result: 'Training time fell from 9 hours to 3 and we shipped three weeks early.',
      reflection: 'Write the decision criteria down before the debate.',
      competencies: ['ownership', 'deliver-results', 'tecnica-craft'],
      status: 'retired',
      createdAt: '2024-06-01T10:00:00.000Z',
      updatedAt: '2024-06-02T10:00:00.000Z',
      notes: 'Check the number with finance.',
    });
    // "s1" is not a valid v1 id, so it was replaced; valid ids are kept.
    expect(first.id).toMatch(ID_PATTERN);
    expect(second.id).toBe('story_lxq7c0b9k4z2m8p1q7r3');
    expect(first.rehearsals.map((r) => [r.at, r.seconds, r.rating])).toEqual([
      ['2024-06-03T10:00:00.000Z', 118, 4],
      ['2024-06-04T10:00:00.000Z', 104, undefined],
    ]);
    // Missing fields get their empty values; text stays text.
    expect(second).toMatchObject({
      title: "An <script>alert('x')</script> incident",
      task: '',
      status: 'ready',
      updatedAt: '2024-06-02T10:00:00.000Z',
    });
  });

  it('turns free tags into slugs', () => {
    expect(tagToSlug('  Bias for Action! ')).toBe('bias-for-action');
    expect(tagToSlug('Señor ML')).toBe('senor-ml');
  });
});
