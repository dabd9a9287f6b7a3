import { describe, expect, it } from 'vitest';
import { emptyBank } from '#shared/domain/defaults';
import { Framework } from '#shared/domain/schemas';
import { presetFramework, PRESET_FRAMEWORKS } from '#shared/competencies/preset-frameworks';
import { activeFramework, allFrameworks, competencyName, resolveCompetency } from '#shared/competencies/frameworks';
import { addCompetency, copyFramework, removeCompetency, updateCompetency } from '#shared/competencies/edit-framework';

describe('frameworks', () => {
  it('allFrameworks lists presets then the user copies, ignoring a stored framework that shadows a preset', () => {
    const bank = emptyBank();
    const copy = copyFramework(presetFramework('amazon-leadership-principles')!, { id: 'framework_a1' });
    const shadow = { ...copy, id: 'senior-ml-engineer', name: 'Hijack' };
    bank.frameworks = [copy, shadow];
    const all = allFrameworks(bank);
    expect(all.map((f) => f.id)).toEqual([...PRESET_FRAMEWORKS.map((f) => f.id), 'framework_a1']);
    expect(all.find((f) => f.id === 'senior-ml-engineer')?.name).toBe('Senior ML engineer');
  });

  it('copyFramework makes a valid, editable copy with the same competency ids', () => {
    const src = presetFramework('senior-ml-engineer')!;
    const copy = copyFramework(src);
    expect(Framework.safeParse(copy).success).toBe(true);
    expect(copy.preset).toBe(false);
    expect(copy.basedOn).toBe(src.id);
    expect(copy.id).not.toBe(src.id);
    expect(copy.competencies.map((c) => c.id)).toEqual(src.competencies.map((c) => c.id));
    const edited = updateCompetency(copy, 'ml.impact', { description: 'Mine now.' });
    expect(edited.competencies.find((c) => c.id === 'ml.impact')?.description).toBe('Mine now.');
    expect(src.competencies.find((c) => c.id === 'ml.impact')?.description).not.toBe('Mine now.');
    expect(removeCompetency(edited, 'ml.impact').competencies).toHaveLength(src.competencies.length - 1);
    expect(
      Framework.safeParse(addCompetency(copy, { name: 'Research taste', description: 'Picks good problems.' })).success,
    ).toBe(true);
  });

  it('refuses to edit a preset', () => {
    const src = presetFramework('senior-ml-engineer')!;
    expect(() => updateCompetency(src, 'ml.impact', { name: 'x' })).toThrow(/preset/);
    expect(() => addCompetency(src, { name: 'x', description: '' })).toThrow(/preset/);
  });

  it('resolveCompetency prefers the active framework, then user copies, then presets', () => {
    const bank = emptyBank();
    expect(resolveCompetency('amazon.frugality', bank)?.framework.id).toBe('amazon-leadership-principles');
    const copy = updateCompetency(
      copyFramework(presetFramework('senior-ml-engineer')!, { id: 'framework_m1' }),
      'ml.impact',
      { name: 'Business impact' },
    );
    bank.frameworks = [copy];
    expect(competencyName('ml.impact', bank)).toBe('Impact'); // active is still the preset
    bank.settings.activeFrameworkId = 'framework_m1';
    expect(competencyName('ml.impact', bank)).toBe('Business impact');
    expect(activeFramework(bank).id).toBe('framework_m1');
    expect(resolveCompetency('nope.nothing', bank)).toBeUndefined();
    expect(competencyName('nope.nothing', bank)).toBe('nope.nothing');
  });

  it('activeFramework falls back to the default when the setting points nowhere', () => {
    const bank = emptyBank();
    bank.settings.activeFrameworkId = 'framework_gone';
    expect(activeFramework(bank).id).toBe('senior-ml-engineer');
  });
});
