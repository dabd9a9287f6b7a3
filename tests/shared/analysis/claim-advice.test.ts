import { describe, it, expect } from 'vitest';
import { claimAdvice } from '#shared/analysis/rules/marks/claim-advice';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const advice = (s: string, section?: Parameters<typeof claimAdvice>[1]) => claimAdvice(sentenceFacts(s), section);
const rules = (s: string, section?: Parameters<typeof claimAdvice>[1]) =>
  advice(s, section).map((f) => `${f.rule}:${f.severity}`);

describe('claim advice depends on the section', () => {
  it('marks a vague claim as an error in a Result and in a free-standing line, over the whole sentence', () => {
    const s = 'Built a new onboarding flow for partners.';
    expect(rules(s)).toEqual(['vague-claim:error']);
    expect(rules(s, 'result')).toEqual(['vague-claim:error']);
    const [f] = advice(s);
    expect([f.start, f.end]).toEqual([0, s.length]);
    expect(f.message).toMatch(/no metric, scale or outcome/);
    expect(f.suggestion).toBeTruthy();
  });

  it('leaves a plain description alone in Situation, Task and Action', () => {
    for (const section of ['situation', 'task', 'action'] as const)
      expect(rules('Built a new onboarding flow for partners.', section)).toEqual([]);
  });

  it('marks an unquantified improvement in the Action, on the impact word', () => {
    const s = 'I significantly improved the deploy pipeline.';
    const found = advice(s, 'action');
    expect(found.map((f) => f.rule)).toEqual(['unquantified-outcome']);
    expect(s.slice(found[0].start, found[0].end)).toBe('significantly');
  });

  it('asks for a number when a Result names an outcome without one, naming what to measure', () => {
    const s = 'Reduced checkout latency for mobile users.';
    const [f] = advice(s, 'result');
    expect(f.rule).toBe('unquantified-outcome');
    expect(s.slice(f.start, f.end)).toBe('Reduced');
    expect(f.suggestion).toMatch(/latency/);
  });

  it('says nothing once there is a number, or for non-claims and reflections', () => {
    expect(rules('Reduced checkout latency by 35%.', 'result')).toEqual([]);
    expect(rules('I improved the p99 from 800 ms to 200 ms.', 'action')).toEqual([]);
    expect(rules('The company sells insurance.')).toEqual([]);
    expect(rules('Built it without asking anyone.', 'reflection')).toEqual([]);
  });

  it('accepts scale alone as evidence in a Result', () => {
    expect(rules('Ran the platform for 40 teams.', 'result')).toEqual([]);
  });
});

describe('time to result is a measure', () => {
  const inResult = (s: string) => claimAdvice(sentenceFacts(s, 'result'), 'result').map((f) => f.rule);

  it('reads "by week four" or "by the end of my second month" as the measure of a state reached', () => {
    expect(sentenceFacts('By week four I was running the deploys myself.', 'result').hasMetric).toBe(true);
    expect(inResult('By week four I was running the deploys myself.')).toEqual([]);
    expect(inResult('By the end of my second month, the new analysts were writing their own queries.')).toEqual([]);
  });

  it('still asks for the number of a change, and leaves a plain date alone', () => {
    expect(inResult('In the first month query latency improved a lot.')).toEqual(['unquantified-outcome']);
    expect(sentenceFacts('I spent the first week reading the design docs.', 'action').hasMetric).toBe(false);
  });
});
