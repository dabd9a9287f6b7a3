// Which signals a competency asks a story to show.
import { describe, it, expect } from 'vitest';
import { signalsForCompetency, signalsForCompetencies, PRESET_FRAMEWORKS } from '#shared/competencies/index';
import { SIGNAL_IDS } from '#shared/analysis/index';

describe('competency signals', () => {
  it('asks Ownership for ownership after launch and Influence for influence and cross-functional work', () => {
    expect(signalsForCompetency('ml.ownership')).toContain('after-launch');
    expect(signalsForCompetency('amazon.ownership')).toContain('after-launch');
    expect(signalsForCompetency('generic.influence')).toEqual(
      expect.arrayContaining(['cross-functional', 'influence']),
    );
    expect(signalsForCompetency('ml.tradeoffs')).toContain('trade-off');
    expect(signalsForCompetency('ml.ambiguity')).toContain('ambiguity');
  });

  it('knows no signals for an unknown or user-made competency', () => {
    expect(signalsForCompetency('x7f3k2')).toEqual([]);
  });

  it('names only real signal ids, and most preset competencies ask for at least one', () => {
    const ids = PRESET_FRAMEWORKS.flatMap((f) => f.competencies.map((c) => c.id));
    for (const id of ids) for (const s of signalsForCompetency(id)) expect(SIGNAL_IDS).toContain(s);
    expect(ids.filter((id) => signalsForCompetency(id).length > 0).length).toBeGreaterThan(ids.length * 0.7);
  });

  it('says which competencies ask for each signal', () => {
    const needed = signalsForCompetencies(['ml.ownership', 'ml.production-reliability', 'ml.collaboration']);
    expect(needed.get('after-launch')).toEqual(['ml.ownership', 'ml.production-reliability']);
    expect(needed.get('cross-functional')).toEqual(['ml.collaboration']);
  });
});
