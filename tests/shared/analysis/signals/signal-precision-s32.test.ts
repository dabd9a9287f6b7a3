// Session 32 (signals): cross-functional precision classes read on the spent blind writers (fresh-stories-7, -10 …
// -24, never -12, -17, -22). Every sentence here was written for the test, in several voices, and none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';

const partner = (sentence: string) => sentenceSignals(sentence).has('cross-functional');

describe('session 32: a party named only inside the option not taken is no partner (untaken-parties.ts)', () => {
  it('leaves a party inside "could have …, but" or "the easy answer was to …" unread', () => {
    expect(partner('I could have asked the data team to rerun the export, but that would take a week.')).toBe(false);
    expect(partner('we could have pulled in the security team to review it, but the fix was two lines.')).toBe(false);
    expect(partner("The quick fix was to cap each team's build minutes, but that only moved the queue.")).toBe(false);
    expect(partner('The obvious answer was to hand it to the finance team, but they close the books that week.')).toBe(
      false,
    );
  });

  it('reads the party the writer did deal with, after the untaken option or outside it', () => {
    expect(partner('I could have patched it myself, but I asked the billing team to fix the feed.')).toBe(true);
    expect(partner('I showed the finance team three invoices the old rule would have paid twice.')).toBe(true);
    expect(partner('I asked the data team to rerun the export, which took a week.')).toBe(true);
  });
});

describe("session 32: a team that reports to the writer is the writer's own (partner-context.ts)", () => {
  it('leaves a team the writer runs by its reporting line unread', () => {
    expect(partner('After the merger their platform team reported to me.')).toBe(false);
    expect(partner('The data engineering team reports directly to me since March.')).toBe(false);
  });

  it('reads a team named by the line it is not in', () => {
    expect(partner('It was not my call, because neither team reported to me.')).toBe(true);
  });
});
