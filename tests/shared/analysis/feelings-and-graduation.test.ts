// Lines whose past form is no act of the writer: a feeling after "I was" / "I am" ("I am excited by the
// chance to …", "I was tired of leaving late"), a belief in the perfect ("I had assumed …") and an education
// entry told with "Graduated in/from/with". The near misses stay claims: a passive act ("I was promoted"),
// an act beside the feeling, an act in the perfect, "Graduated" with an object or with an act later in the
// line. Lines written for this test (none is a labeled row).
import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';

const analyzer = createAnalyzer();
const claim = (line: string) => analyzer.analyzeText(line).sentences.some((s) => s.isClaim);

describe('a feeling after "I was" or "I am"', () => {
  it('is the writer’s state, no claim', () => {
    expect(claim('I am excited by the chance to build the same for your clinics.')).toBe(false);
    expect(claim('I am thrilled to apply for the platform lead role.')).toBe(false);
    expect(claim('I was frustrated with how long the month-end close took.')).toBe(false);
    expect(claim('I was worried the new rota would not hold over Christmas.')).toBe(false);
  });

  it('leaves passive acts and an act beside the feeling as claims', () => {
    expect(claim('I was promoted to shift lead in 2022.')).toBe(true);
    expect(claim('I was involved in the move to the new warehouse system.')).toBe(true);
    expect(claim('I was frustrated with the close, so I rebuilt the reconciliation sheet.')).toBe(true);
  });
});

describe('an education entry told with "Graduated"', () => {
  it('is no claim', () => {
    expect(claim('- Graduated in Civil Engineering at USP (2016)')).toBe(false);
    expect(claim('Graduated from Leeds Beckett, 2014')).toBe(false);
    expect(claim('Graduated with distinction from the Open University')).toBe(false);
  });

  it('stays a claim with an object or a later act', () => {
    expect(claim('Graduated 25 apprentices through the electrical scheme')).toBe(true);
    expect(claim('Graduated from Leeds, then built the lab’s booking system')).toBe(true);
  });
});

describe('a belief told in the perfect', () => {
  it('is a view, no claim, as the simple past is', () => {
    expect(claim('I had assumed the scanners were the bottleneck.')).toBe(false);
    expect(claim('We had expected the council to pay for the ramp.')).toBe(false);
  });

  it('leaves an act in the perfect a claim', () => {
    expect(claim('I had rebuilt the returns form by the end of May.')).toBe(true);
  });
});
