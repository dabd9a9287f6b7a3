// Changes written in engineers' notation rather than in sentences: a signed figure on a measure
// (measured-difference-outcomes.ts signedChange: "Bundle size -31%", "throughput +2.3x") and a
// recovery state (recovery-outcomes.ts BACK_TO_LEVEL_RULE: "back above 99.5%", "errors back to
// normal"). Each is a measure that moved, so a metric-bearing outcome; a range, a date, a version or
// a status with no measure stays unmarked. Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { signedChange } from '#shared/analysis/rules/outcomes/measured-difference-outcomes';
import { tokenize } from '#shared/analysis/rules/language/tokenize';

const facts = (text: string, section: 'action' | 'result' | undefined = 'result') => sentenceFacts(text, section);
const outcome = (text: string, section: 'action' | 'result' | undefined = 'result') => facts(text, section).hasOutcome;

describe('a signed figure on a measure', () => {
  it('reads a hyphen typed as a minus before a share, after a measure or in brackets', () => {
    expect(outcome('Bundle size -31% after tree-shaking the icon library.')).toBe(true);
    expect(outcome('Cold start time -45% after lazy loading.')).toBe(true);
    expect(outcome('Consolidated the staging clusters (-40% infra cost).')).toBe(true);
    expect(facts('Bundle size -31%.').hasMetric).toBe(true);
  });

  it('reads a signed factor with no unit after it', () => {
    expect(outcome('Throughput +2.3x.')).toBe(true);
    expect(outcome('Rewrote the ingest worker in Go, throughput +2.3x.')).toBe(true);
  });

  it('leaves a range, a compound word and a figure with no sign', () => {
    const signed = (text: string) => signedChange(tokenize(text));
    expect(signed('Budgets sat in a band of 5 -10% of revenue.')).toBeUndefined();
    expect(signed('Our target band was 10-15% of spend.')).toBeUndefined();
    expect(signed('Tree-shaking took the icon set to 12%.')).toBeUndefined();
    expect(signed('Bundle size -31%.')).toBeDefined();
    expect(outcome('Ingest throughput was 3x the old box at launch.', 'action')).toBe(false);
  });
});

describe('a measure back at its healthy level', () => {
  it('reads "back" with a comparison and a figure', () => {
    expect(outcome('Availability back above 99.5% after the failover fix.')).toBe(true);
    expect(outcome('Search latency back under 200 ms once the index was rebuilt.')).toBe(true);
    expect(outcome('Queue depth back below 1k by Friday.')).toBe(true);
  });

  it('reads a figure in words with its unit, not a count of one thing', () => {
    expect(outcome('Queue times are back under ten minutes.')).toBe(true);
    expect(outcome('Ward waits back below two hours by March.')).toBe(true);
    expect(outcome('Brought the two teams back under one manager.', 'action')).toBe(false);
    expect(outcome('Got the stores back under one roof.', 'action')).toBe(false);
  });

  it('reads "back to" a healthy level after a measure, or a figure with a share or seconds unit', () => {
    expect(outcome('Error rates back to normal within the hour.')).toBe(true);
    expect(outcome('Checkout conversion back to baseline by the next sprint.')).toBe(true);
    expect(outcome('Checkout p95 back to 300 ms.')).toBe(true);
  });

  it('leaves a date, a version, a reply and a status with no measure', () => {
    expect(outcome('We pushed the launch back to 3 March.')).toBe(false);
    expect(outcome('I rolled the service back to 2.4 after the incident.')).toBe(false);
    expect(outcome('I moved the team back to the old board.')).toBe(false);
    expect(outcome('Got the roadmap back to green before the review.', 'action')).toBe(false);
  });

  it('gives no outcome in the setup', () => {
    expect(sentenceFacts('Availability back above 99.5% after the failover fix.', 'situation').hasOutcome).toBe(false);
  });
});
