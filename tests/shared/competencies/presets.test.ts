import { describe, expect, it } from 'vitest';
import { Framework } from '#shared/domain/schemas';
import { DEFAULT_FRAMEWORK_ID } from '#shared/domain/defaults';
import { PRESET_FRAMEWORKS, presetFramework } from '#shared/competencies/preset-frameworks';
import { EQUIVALENCE_GROUPS } from '#shared/competencies/equivalences';

describe('preset frameworks', () => {
  it('are valid frameworks, read-only, and the default comes first', () => {
    for (const f of PRESET_FRAMEWORKS) {
      expect(Framework.safeParse(f).success, f.id).toBe(true);
      expect(f.preset).toBe(true);
    }
    expect(PRESET_FRAMEWORKS[0].id).toBe(DEFAULT_FRAMEWORK_ID);
  });

  it('have unique framework ids and unique competency ids across all presets', () => {
    const frameworkIds = PRESET_FRAMEWORKS.map((f) => f.id);
    expect(new Set(frameworkIds).size).toBe(frameworkIds.length);
    const competencyIds = PRESET_FRAMEWORKS.flatMap((f) => f.competencies.map((c) => c.id));
    expect(new Set(competencyIds).size).toBe(competencyIds.length);
  });

  it('namespace competency ids by framework and give each a one-line description', () => {
    const prefix: Record<string, string> = {
      'senior-ml-engineer': 'ml.',
      'amazon-leadership-principles': 'amazon.',
      'meta-focus-areas': 'meta.',
      'google-googleyness-leadership': 'google.',
      'generic-senior-staff': 'generic.',
    };
    for (const f of PRESET_FRAMEWORKS) {
      for (const c of f.competencies) {
        expect(c.id.startsWith(prefix[f.id]), c.id).toBe(true);
        expect(c.description.length, c.id).toBeGreaterThan(30);
        expect(c.description, c.id).not.toMatch(/\n/);
        expect(c.description.length, c.id).toBeLessThan(160);
      }
      const descriptions = f.competencies.map((c) => c.description);
      expect(new Set(descriptions).size).toBe(descriptions.length);
    }
  });

  it('ship the sets the product promises', () => {
    expect(presetFramework('amazon-leadership-principles')?.competencies).toHaveLength(16);
    expect(presetFramework('meta-focus-areas')?.competencies.map((c) => c.id)).toContain('meta.scope');
    expect(presetFramework('meta-focus-areas')?.competencies).toHaveLength(6);
    expect(presetFramework('google-googleyness-leadership')?.competencies.map((c) => c.id)).toContain(
      'google.leadership',
    );
    const ml = presetFramework(DEFAULT_FRAMEWORK_ID)!.competencies.map((c) => c.id);
    for (const id of [
      'ml.leadership',
      'ml.ownership',
      'ml.impact',
      'ml.ambiguity',
      'ml.collaboration',
      'ml.tradeoffs',
      'ml.technical-depth',
      'ml.production-reliability',
      'ml.conflict',
      'ml.failure-learning',
      'ml.communication',
      'ml.mentoring',
    ]) {
      expect(ml).toContain(id);
    }
  });

  it('cannot be changed at run time', () => {
    const f = PRESET_FRAMEWORKS[0];
    expect(() => {
      (f.competencies as unknown as unknown[]).push({});
    }).toThrow();
    expect(() => {
      (f.competencies[0] as { name: string }).name = 'x';
    }).toThrow();
  });

  it('equivalence groups only name competencies that exist, and every preset competency belongs to at least one', () => {
    const known = new Set(PRESET_FRAMEWORKS.flatMap((f) => f.competencies.map((c) => c.id)));
    const grouped = new Set<string>();
    for (const g of EQUIVALENCE_GROUPS) {
      expect(g.members.length).toBeGreaterThanOrEqual(2);
      for (const id of g.members) {
        expect(known.has(id), id).toBe(true);
        grouped.add(id);
      }
    }
    for (const id of known) expect(grouped.has(id), `${id} is in no equivalence group`).toBe(true);
  });
});
