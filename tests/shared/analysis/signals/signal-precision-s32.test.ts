// Session 32 (signals): cross-functional precision classes read on the spent blind writers (fresh-stories-7, -10 …
// -24, never -12, -17, -22), and after-launch classes. Every sentence here was written for the test, in several voices, and none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import { storySignals } from '#shared/analysis/signals/story-signals';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import type { SignalId } from '#shared/analysis/index';

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

/** The sentences of a story (one text, STAR headings or none) that show the signal. */
function evidenceOf(text: string, id: SignalId): string[] {
  const story = storyTextOf(text);
  const found = storySignals(story).signals.find((s) => s.id === id)!;
  return found.evidence.map((e) => story[e.section].slice(e.start, e.end));
}

describe('session 32: a live system giving wrong output for a while sets up an incident (wrong-live-output.ts)', () => {
  it('reads the wrong output, the drop and the work that ran it down as after-launch', () => {
    const served = evidenceOf(
      'Situation: For 40 minutes on a Monday, the search service returned the same five results for every query. ' +
        'Action: I rolled the ranking config back and traced the bad push to a missing field.',
      'after-launch',
    );
    expect(served).toHaveLength(2);
    const drift = evidenceOf(
      "In March the fraud model's recall fell from 0.81 to 0.64 within three weeks, and nobody had shipped a change. " +
        'I compared the feature logs week by week. The cause was a renamed merchant category in the card feed.',
      'after-launch',
    );
    expect(drift).toContain(
      "In March the fraud model's recall fell from 0.81 to 0.64 within three weeks, and nobody had shipped a change.",
    );
    const figure = evidenceOf(
      'Situation: the nightly pipeline produced stock levels far too low for two days after the warehouse move. ' +
        'Action: I found the unit change in the supplier file and backfilled both days.',
      'after-launch',
    );
    expect(figure).toHaveLength(2);
  });

  it('leaves a prototype, an ablation and a result with no while unread', () => {
    expect(
      evidenceOf(
        'Situation: the first prototype returned the same answer for every question. ' +
          'Action: I fixed the prompt template and added twenty test questions.',
        'after-launch',
      ),
    ).toEqual([]);
    expect(
      evidenceOf(
        "Situation: the model's recall dropped to 0.7 when we removed the location feature. " +
          'Action: I kept the feature and fixed its missing values.',
        'after-launch',
      ),
    ).toEqual([]);
  });
});

describe('session 32: a function word acting as a person is a party (classes/cross-functional.ts)', () => {
  it('reads a function word addressed by the writer or doing what only people do', () => {
    expect(partner('I asked billing to send us a notice before any plan code changes.')).toBe(true);
    expect(partner('accounting told us the ledger closes on the third working day.')).toBe(true);
    expect(partner('Risk signed off on the new limits after one review.')).toBe(true);
  });

  it('leaves the same words as things unread', () => {
    expect(partner('I rebuilt billing so that refunds post the same day.')).toBe(false);
    expect(partner('Search latency told us little about the ranking.')).toBe(false);
    expect(partner('The mobile app asked users for location permission.')).toBe(false);
  });
});
