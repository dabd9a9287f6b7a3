import { describe, it, expect } from 'vitest';
import { analyzeStory } from '../../../shared/analysis/index';
import type { Story } from '../../../shared/domain/schemas';

const story = (fields: Partial<Story>) =>
  ({
    situation: '',
    task: '',
    action: 'I rebuilt the feature store loader.',
    result: '',
    reflection: '',
    ...fields,
  }) as Story;

describe('a Result with no measure', () => {
  it("is one story-level mark anchored on the Result's first sentence", () => {
    const result = 'The launch went smoothly. Everyone was happy with the new loader.';
    const report = analyzeStory(story({ result }));
    const found = report.findings.filter((f) => f.rule === 'result-without-measure');
    expect(found).toHaveLength(1);
    expect(found[0].section).toBe('result');
    expect(result.slice(found[0].start, found[0].end)).toBe('The launch went smoothly.');
  });

  it('is quiet when any Result sentence gives a metric or a scale, or the Result is not written yet', () => {
    const rules = (result: string) => analyzeStory(story({ result })).findings.map((f) => f.rule);
    expect(rules('The launch went smoothly. Feature freshness went from 24 hours to 15 minutes.')).not.toContain(
      'result-without-measure',
    );
    expect(rules('The loader now serves 40 ranking models for 12 teams.')).not.toContain('result-without-measure');
    expect(rules('TBD')).not.toContain('result-without-measure');
  });

  it('agrees with the readiness breakdown', () => {
    const report = analyzeStory(story({ result: 'The launch went smoothly and the team adopted it.' }));
    const specificity = report.score.parts.find((p) => p.id === 'specificity')!;
    expect(specificity.reason).toMatch(/the Result gives no measure/);
    const measured = analyzeStory(story({ result: 'Cut feature lag from 24 hours to 15 minutes.' }));
    expect(measured.findings.map((f) => f.rule)).not.toContain('result-without-measure');
    expect(measured.score.parts.find((p) => p.id === 'specificity')!.reason).toMatch(/the Result gives a measure/);
  });
});

describe('the readiness breakdown counts the same claim marks the editor shows', () => {
  it('never calls a claim with a "no number" mark backed', () => {
    const action = 'I rebuilt the checkout retry logic for 40 payment providers.';
    const report = analyzeStory(story({ action, result: 'Checkout errors dropped sharply after the launch.' }));
    const marks = report.fields.result.findings.filter((f) => f.rule === 'unquantified-outcome');
    expect(marks).toHaveLength(1);
    const specificity = report.score.parts.find((p) => p.id === 'specificity')!;
    expect(specificity.reason).toMatch(/^1 of 2 claims in Action and Result are backed/);
    expect(specificity.reason).toMatch(/1 marked as vague or missing a number/);
  });
});
