import { describe, expect, it } from 'vitest';
import { presetFramework, PRESET_FRAMEWORKS } from '#shared/competencies/preset-frameworks';
import { competencyMatcher, equivalentCompetencyIds, mapCompetencies } from '#shared/competencies/map-competencies';
import { addCompetency, copyFramework } from '#shared/competencies/edit-framework';
import type { Framework } from '#shared/domain/schemas';

const ml = presetFramework('senior-ml-engineer')!;
const amazon = presetFramework('amazon-leadership-principles')!;
const generic = presetFramework('generic-senior-staff')!;
const meta = presetFramework('meta-focus-areas')!;

describe('mapCompetencies', () => {
  it('maps ownership across ML, Amazon and generic in both directions', () => {
    expect(mapCompetencies(['ml.ownership'], amazon).mapped).toEqual(['amazon.ownership']);
    expect(mapCompetencies(['amazon.ownership'], generic).mapped).toEqual(['generic.ownership']);
    expect(mapCompetencies(['generic.ownership'], ml).mapped).toEqual(['ml.ownership']);
    expect(equivalentCompetencyIds('ml.ownership').sort()).toEqual(['amazon.ownership', 'generic.ownership']);
  });

  it('keeps every original tag and reports what has no counterpart', () => {
    const result = mapCompetencies(['ml.mentoring', 'ml.technical-depth', 'user_x'], meta);
    expect(result.tags.slice(0, 3)).toEqual(['ml.mentoring', 'ml.technical-depth', 'user_x']);
    expect(result.unmapped).toContain('ml.technical-depth'); // Meta's focus areas have no depth signal
    expect(result.unmapped).toContain('user_x');
  });

  it('never loses a tag over any round trip of framework switches', () => {
    let tags = ['ml.conflict', 'ml.impact'];
    for (const f of [amazon, meta, generic, ml, amazon]) {
      const next = mapCompetencies(tags, f).tags;
      for (const t of tags) expect(next).toContain(t);
      tags = next;
    }
    expect(tags).toContain('amazon.have-backbone');
    expect(tags).toContain('meta.resolving-conflict');
  });

  it('does not widen a tag that already belongs to the target framework', () => {
    expect(mapCompetencies(['generic.influence'], generic).mapped).toEqual(['generic.influence']);
  });

  it('is one hop only: mapped ids are direct group neighbours', () => {
    for (const f of PRESET_FRAMEWORKS) {
      for (const c of f.competencies) {
        for (const target of PRESET_FRAMEWORKS) {
          if (target === f) continue;
          for (const link of mapCompetencies([c.id], target).links) {
            expect(equivalentCompetencyIds(c.id)).toContain(link.id);
          }
        }
      }
    }
  });

  it('maps a user competency by name when a framework of that name exists in the target', () => {
    let mine: Framework = copyFramework(generic, { id: 'framework_mine' });
    mine = addCompetency(mine, { name: 'Mentoring', description: 'Mine.' }, 'comp_mentor');
    const target: Framework = {
      ...ml,
      competencies: ml.competencies.map((c) => (c.id === 'ml.mentoring' ? { ...c, name: 'Mentoring' } : c)),
    };
    expect(mapCompetencies(['comp_mentor'], target, [mine]).mapped).toEqual(['ml.mentoring']);
  });
});

describe('competencyMatcher', () => {
  it('marks direct tags as tagged and equivalents as mapped, preferring tagged', () => {
    const match = competencyMatcher(ml);
    const m = match(['amazon.ownership', 'ml.ownership', 'amazon.dive-deep']);
    expect(m.get('ml.ownership')).toBe('tagged');
    expect(m.get('ml.technical-depth')).toBe('mapped');
    expect(m.has('ml.mentoring')).toBe(false);
  });
});
