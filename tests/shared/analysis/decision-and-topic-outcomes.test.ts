// What "for <quality>" and a decision's infinitive do not claim (ERROR-KINDS-S19-OUTCOMES kinds 1
// and 2): a quality a measuring thing looks at or a problem looked for is no benefit reached, and
// the infinitive after "chose / decided / volunteered" is what was chosen, not a purpose.
import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import type { StorySection } from '#shared/analysis/domain-types';

const analyzer = createAnalyzer();
const outcome = (text: string, section?: StorySection) =>
  analyzer.analyzeText(text, section ? { section } : undefined).sentences.some((s) => s.hasOutcome);

describe('for <quality>', () => {
  it('reads a measuring thing before "for" as naming what it looks at', () => {
    expect(outcome('Built the scorecard for patient satisfaction with the ward sisters')).toBe(false);
    expect(outcome('Agreed the north-star metric for subscriber retention')).toBe(false);
    expect(outcome('Set up a weekly report for fleet availability across depots')).toBe(false);
  });

  it('reads a quality before a problem noun as the problem looked for', () => {
    expect(outcome('Checked the vendor contracts for compliance gaps')).toBe(false);
    expect(outcome('Profiled the ingest workers for throughput bottlenecks')).toBe(false);
  });

  it('still reads a benefit after an act', () => {
    expect(outcome('Moved the image resizing to a queue for reliability')).toBe(true);
    expect(outcome('Denormalized the order history for speed')).toBe(true);
    expect(outcome('Batched the label printing for cost savings')).toBe(true);
  });
});

describe("a decision's infinitive", () => {
  it('is what was chosen, not a purpose reached', () => {
    expect(outcome('I decided to keep the scoring rules simple because auditors read them', 'action')).toBe(false);
    expect(outcome('Opted to improve the triage form before the rota', 'action')).toBe(false);
    expect(outcome('I volunteered to reduce the month-end backlog', 'action')).toBe(false);
  });

  it('leaves a later purpose, and agreement by others, as outcomes', () => {
    expect(outcome('Chose to shard the table to speed up checkout', 'action')).toBe(true);
    expect(outcome('Finance agreed to fund the second phase', 'result')).toBe(true);
  });
});
