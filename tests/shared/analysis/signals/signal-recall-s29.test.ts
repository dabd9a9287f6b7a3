// Session 29 (signals): classes read on the spent blind writers (fresh-stories-18 … 21, the error kinds of
// ERROR-KINDS-S28-FRESH20.md). Every sentence here was written for the test, in several voices (I and we, lower
// case, behind a bullet or a label), and none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('session 29: a problem, then ", so I" + a making verb is a plain action (own-decision.ts, reasonSoI)', () => {
  it('leaves adding, making or mending a thing in answer to a problem unread', () => {
    expect(shows('The export kept timing out at night, so I added a retry and a small alert.', 'own-decision')).toBe(
      false,
    );
    expect(
      shows('- half the tablets had the old app, so I made a laminated cheat sheet for each bay.', 'own-decision'),
    ).toBe(false);
    expect(shows('Result: the feed broke twice in May, so I patched the parser.', 'own-decision')).toBe(false);
    expect(shows('Some clinics could not open the PDF, so I printed the forms for them.', 'own-decision')).toBe(false);
  });

  it('still reads the same act when it names what it beat, the order it took, or a weighing before it', () => {
    expect(
      shows('The vendor SDK was months away, so I added our own thin client instead of waiting.', 'own-decision'),
    ).toBe(true);
    expect(shows('The rota clashed with exams, so I put the Year 11 sessions first.', 'own-decision')).toBe(true);
    expect(
      shows(
        'I could have bought a second scanner, but it needed six weeks of sign-off, so I added a manual check at the door.',
        'own-decision',
      ),
    ).toBe(true);
    expect(shows('The brief was one paragraph long, so I made the call to leave out returns.', 'own-decision')).toBe(
      true,
    );
  });

  it('keeps reading a choice of how after a reason', () => {
    expect(shows('Labels arrived weeks late, so I used a 60-day gap for the training window.', 'own-decision')).toBe(
      true,
    );
    expect(shows('nobody could tell me the peak, so i sized the queue for twice the forecast.', 'own-decision')).toBe(
      true,
    );
  });
});
