// Signals across the bank: counts per signal, and stories lacking what their competencies need.
import { describe, it, expect } from 'vitest';
import { signalCoverage } from '#shared/coverage/index';

const EMPTY = { situation: '', task: '', action: '', result: '', reflection: '' };
const story = (id: string, competencies: string[], result: string) => ({ ...EMPTY, id, competencies, result });

describe('signalCoverage', () => {
  const bank = [
    story('a', ['ml.ownership'], 'After launch I set up drift alerts and retrained monthly.'),
    story('b', ['ml.ownership'], 'We shipped the model to all users.'),
    story('c', [], 'I convinced the product manager to delay the launch.'),
  ];
  const coverage = signalCoverage(bank);
  const row = (id: string) => coverage.rows.find((r) => r.id === id)!;

  it('counts the stories that show each signal, with a sentence to show', () => {
    expect(coverage.total).toBe(3);
    expect(row('after-launch').showing).toEqual(['a']);
    expect(row('after-launch').sentence).toBe('1 of 3 stories shows ownership after launch');
    expect(row('influence').sentence).toBe('1 of 3 stories shows influence');
    expect(row('ambiguity').sentence).toBe('0 of 3 stories show a decision under ambiguity');
  });

  it('names the stories whose competencies need a signal they lack', () => {
    expect(row('after-launch').needed).toBe(2);
    expect(row('after-launch').neededMissing).toEqual(['b']);
    expect(row('cross-functional').needed).toBe(0);
  });

  it('names a story that may say a needed signal in other words apart from one that lacks it', () => {
    const rows = signalCoverage([
      story('sure', ['ml.ownership'], 'We shipped the model to all users.'),
      story('maybe', ['ml.ownership'], 'We launched on time, and for a month I kept a close eye on the dashboards.'),
    ]).rows;
    const afterLaunch = rows.find((r) => r.id === 'after-launch')!;
    expect(afterLaunch.neededMissing).toEqual(['sure']);
    expect(afterLaunch.neededUnsure).toEqual(['maybe']);
    expect(afterLaunch.showing).toEqual([]);
  });

  it('handles an empty bank', () => {
    expect(signalCoverage([]).rows.every((r) => r.sentence.startsWith('0 of 0 stories show'))).toBe(true);
  });
});
