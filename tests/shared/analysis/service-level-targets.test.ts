// A service-level agreement or objective is a service target like "the ten-day target": a measure
// placed inside it or a target met is an outcome (before-after-outcomes.ts WITHIN_TARGET_RULE,
// TARGET_MET_RULE). Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('an SLA or SLO as a service target', () => {
  it('reads a measure brought or standing inside it, and the SLA met', () => {
    expect(outcome('Added triage macros that brought callback time well inside our SLA')).toBe(true);
    expect(outcome('Median repair time is now within the SLA')).toBe(true);
    expect(outcome('Met the SLO for checkout latency every month')).toBe(true);
  });

  it('leaves an SLA as a goal, a document and a problem', () => {
    expect(outcome('We had to stay inside the SLA.')).toBe(false);
    expect(outcome('Wrote the SLA for the new support tier')).toBe(false);
    expect(outcome('Callback times were outside the SLA when I joined.')).toBe(false);
  });
});
