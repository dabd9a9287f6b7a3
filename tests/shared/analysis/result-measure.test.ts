import { describe, it, expect } from 'vitest';
import { analyzeStory } from '#shared/analysis/index';
import { readinessScore } from '#shared/analysis/readiness-score';
import type { Story } from '#shared/domain/schemas';

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

describe('a Result that needs no figure', () => {
  const marked = (result: string) =>
    analyzeStory(story({ result })).findings.some((f) => f.rule === 'result-without-measure');

  it('reads a point in time or a frequency as the measure', () => {
    expect(marked('By week four I was reviewing other people’s changes to the billing service.')).toBe(false);
    expect(marked('By the end of my second month I ran the release on my own.')).toBe(false);
    expect(marked('After a month the new hire was on the on-call rotation.')).toBe(false);
    expect(marked('The reporting service shipped a sprint early and nobody had to stay late.')).toBe(false);
    expect(marked('Releases went from monthly to weekly, and hotfixes stopped waiting for the train.')).toBe(false);
    // A date is no measure: "in March" says when, not how fast.
    expect(marked('In March the new reporting service went live for the support team.')).toBe(true);
  });

  it('reads a lead, a rate over a span, a bound or a term told in words as the measure', () => {
    expect(marked('The pricing page went live three days before the spring sale started.')).toBe(false);
    expect(marked('The batch job has failed once in five months, where it used to fail every week.')).toBe(false);
    expect(marked('Replication lag now stays below one minute on the busiest afternoons.')).toBe(false);
    expect(marked('The hospital renewed the support contract for another three years.')).toBe(false);
    expect(marked('Nurses get back the half hour they used to spend copying charts each shift.')).toBe(false);
    // Near-misses: a bare date, a span of effort and a frequency with no span still leave the Result unmeasured.
    expect(marked('Before the spring sale the new pricing page went live for every shopper.')).toBe(true);
    expect(marked('I worked on the contract renewal for weeks and the hospital signed it.')).toBe(true);
    expect(marked('The batch job rarely fails now and the team trusts it again.')).toBe(true);
  });

  it('reads a deadline met, told by its month or by the day an outside event fixed, as the measure', () => {
    expect(marked('Every payment-page fix was in production by April, and the rest by late June.')).toBe(false);
    expect(marked('The consent banner went live on the date the new privacy law took effect.')).toBe(false);
    // Near-misses: a month with no "by" says when, a verb "march" is no month, and "on time" is no measure of how
    // a launch went.
    expect(marked('In April every payment-page fix went to production for all shoppers.')).toBe(true);
    expect(marked('We got the whole team to march by the new rules and the launch went fine.')).toBe(true);
    expect(marked('The new checkout launched on time and the partners were pleased with it.')).toBe(true);
  });

  it('reads a thing kept as it was, the outcome of a decision at stake, as a decision', () => {
    expect(marked('The weekend clinic stayed open, and the board now reviews it every spring.')).toBe(false);
    expect(marked('The directors retained the in-house print team. Its budget remained where it was.')).toBe(false);
    // Near-miss: one kept thing among results that want a figure still asks for one.
    expect(
      marked('The old queue stayed for a week. Support tickets went down. Pages load faster for every customer.'),
    ).toBe(true);
  });

  it('is quiet when most of the Result tells of people or a decision, and says so in the breakdown', () => {
    const result =
      'The platform lead agreed to keep the old queue until spring. I wrote up the decision and the lead signed it. We still trust each other on harder calls.';
    expect(marked(result)).toBe(false);
    const specificity = analyzeStory(story({ result })).score.parts.find((p) => p.id === 'specificity')!;
    expect(specificity.reason).toMatch(/people or a decision, where no figure is expected/);
    // The same Result judged "missing" would lose the 10 points a measure gives.
    const report = analyzeStory(story({ result }));
    const input = { fields: report.fields, speakingTime: report.speakingTime };
    const points = (resultMeasure: 'qualitative' | 'missing') =>
      readinessScore({ ...input, resultMeasure }).parts.find((p) => p.id === 'specificity')!.points;
    expect(specificity.points).toBe(points('qualitative'));
    expect(points('qualitative') - points('missing')).toBe(10);
  });

  it('still asks for a figure when people words are the minority, or the writer left a placeholder for one', () => {
    expect(
      marked('The new index made search much faster. Support tickets about timeouts stopped. The team thanked me.'),
    ).toBe(true);
    expect(marked('The client agreed to the new plan. [?] how many accounts moved over?')).toBe(true);
  });
});

describe('the readiness breakdown counts the same claim marks the editor shows', () => {
  it('never calls a claim with a "no number" mark backed', () => {
    const action = 'I rebuilt the checkout retry logic for 40 payment providers.';
    const report = analyzeStory(story({ action, result: 'Checkout errors dropped sharply after the launch.' }));
    const marks = report.fields.result.findings.filter((f) => f.rule === 'unquantified-outcome');
    expect(marks).toHaveLength(1);
    const specificity = report.score.parts.find((p) => p.id === 'specificity')!;
    expect(specificity.reason).toMatch(/^1 of 2 claims are backed/);
    expect(specificity.reason).toMatch(/1 marked as vague or missing a number/);
  });
});
