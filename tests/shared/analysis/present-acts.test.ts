// present-acts.ts, the "I'd" reading and the negated so-clause in claims.ts: the writer's act told in the present simple after a
// word of order or time ("Then I ring …", "I now check …") is a claim; a view, a wish, a plan, a
// hypothetical with "I'd" and the bare job line stay no claim.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

type Section = 'action' | 'result' | 'situation' | 'reflection';
const claim = (text: string, section?: Section) => sentenceFacts(text, section).isClaim;

describe('acts told in the present', () => {
  it('reads a step of the story told in the present as a claim', () => {
    expect(claim('Then I ring the depot and swap the two routes.', 'action')).toBe(true);
    expect(claim('After that I label every crate by hand.', 'action')).toBe(true);
    expect(claim('Next I sort the returns into three bins.', 'action')).toBe(true);
  });

  it('reads a practice the writer still follows as a claim', () => {
    expect(claim('These days I photograph every delivery note before signing.', 'reflection')).toBe(true);
    expect(claim('I now brief the weekend staff myself.', 'reflection')).toBe(true);
    expect(claim('I stock-take the cold room every Friday now.', 'reflection')).toBe(true);
  });

  it('keeps views, wishes, plans and hypotheticals unclaimed', () => {
    expect(claim('I now realise the rota was never the problem.', 'reflection')).toBe(false);
    expect(claim('Then I hope the second van arrives in time.', 'action')).toBe(false);
    expect(claim("I'd ask the drivers first if I did it again.", 'reflection')).toBe(false);
    expect(claim("If the funding had come through, I'd have hired a second porter.", 'result')).toBe(false);
    expect(claim('When I take over a shift, I walk the whole ward first.', 'reflection')).toBe(false);
  });

  it('leaves the bare job line to the rubric split', () => {
    expect(claim('I run the front desk at a busy dental practice.', 'situation')).toBe(false);
    expect(claim('These days I run the front desk at a dental practice.', 'situation')).toBe(false);
  });

  it('still reads "I\'d" before a past form as a perfect', () => {
    expect(claim("I'd rebuilt the cutover plan twice before the vendor signed.", 'action')).toBe(true);
  });
});

describe('a negated clause after "so"', () => {
  it('keeps the act before it asserted', () => {
    expect(claim("Moved the print run forward a week so we didn't lose the Easter window.", 'action')).toBe(true);
    expect(
      claim('Rang every supplier on the Friday so that we did not run short over the bank holiday.', 'action'),
    ).toBe(true);
  });

  it('does not make a negated statement of the writer a claim', () => {
    expect(claim("We didn't have a budget for new scanners.", 'situation')).toBe(false);
    expect(claim("So we didn't lose the slot, in the end.", 'situation')).toBe(false);
  });
});
