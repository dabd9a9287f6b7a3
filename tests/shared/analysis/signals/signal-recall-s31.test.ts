// Session 31 (signals): classes read on the spent blind writers (fresh-stories-7, -10 … -23). Every sentence here was
// written for the test, in several voices (I and we, lower case, non-native English), and none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import { storySignals } from '#shared/analysis/signals/story-signals';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

/** The sentences of a story (one text, STAR headings or none) that show the signal. */
function evidenceOf(text: string, id: SignalId): string[] {
  const story = storyTextOf(text);
  const found = storySignals(story).signals.find((s) => s.id === id)!;
  return found.evidence.map((e) => story[e.section].slice(e.start, e.end));
}

describe('session 31: hyphenated operations words (findAll with hyphenated entries)', () => {
  it('reads "post-mortem" as the one-word "postmortem" is read', () => {
    expect(shows('I ran the post-mortem with the two engineers on call.', 'after-launch')).toBe(true);
    expect(shows('Wrote the post-mortem for the checkout outage.', 'after-launch')).toBe(true);
    expect(shows('we did a post-mortem the next morning and shared it.', 'after-launch')).toBe(true);
  });

  it('leaves hyphenated words that only start like an operations word unread', () => {
    expect(shows('I set up the post-sale survey for the shop.', 'after-launch')).toBe(false);
    expect(shows('Set up the page-level tracking for the new blog.', 'after-launch')).toBe(false);
  });
});

describe('session 31: the date a platform the work ran on goes away is a constraint (platform-end-dates.ts)', () => {
  it('reads a platform retired, out of support, shut down or handed back at a date', () => {
    expect(shows('The booking system sat on a database that was being retired at the end of May.', 'constraint')).toBe(
      true,
    );
    expect(shows('our reporting ran on an Oracle box going out of support in October.', 'constraint')).toBe(true);
    expect(shows('The carrier announced it would switch off its old tracking API on 1 September.', 'constraint')).toBe(
      true,
    );
    expect(shows('The hosting partner had agreed to hand the racks back by the end of Q2.', 'constraint')).toBe(true);
  });

  it('reads the work finished before the platform went', () => {
    expect(shows('Every school was moved in the summer, before the old server was switched off.', 'constraint')).toBe(
      true,
    );
  });

  it('leaves a platform out of support with no date, a person retiring and a switch-off done unread', () => {
    expect(shows('The old file server was out of support, so I replaced it.', 'constraint')).toBe(false);
    expect(shows('Our practice manager would retire in June.', 'constraint')).toBe(false);
    expect(shows('We shut down the old server in March.', 'constraint')).toBe(false);
    expect(shows('In May all the old terminals were switched off.', 'constraint')).toBe(false);
  });
});

describe("session 31: an incident story's failure told for a while, and the guard added after it (incident-context.ts)", () => {
  const incident = (followUp: string) =>
    `Our booking API returned errors for 25 minutes on a Monday morning. I read the logs and rolled back the release. ${followUp}`;

  it('reads a failure told with its duration as the incident', () => {
    expect(evidenceOf(incident('Bookings came back at 9:40.'), 'after-launch')).toContain(
      'Our booking API returned errors for 25 minutes on a Monday morning.',
    );
    const stopped = 'The night after the move, the nightly sync stopped for two hours and I restarted it by hand.';
    expect(evidenceOf(stopped, 'after-launch')).toContain(stopped);
  });

  it('reads a check, test, alert or contract added or argued for after the failure', () => {
    for (const guard of [
      'Then I added a check that blocks any release whose config fails the schema.',
      'I also wrote a test set of 50 real bookings that every change has to pass now.',
      'Afterwards I pushed for a contract between our team and the pricing team.',
      'I argued in the review for a canary stage on config pushes.',
    ])
      expect(evidenceOf(incident(guard), 'after-launch')).toContain(guard);
  });

  it('leaves tests written while building, and a project paused for weeks, unread', () => {
    const building =
      'I built the booking API for the new clinic in Go. I wrote tests for every endpoint and added a check on the input dates.';
    expect(evidenceOf(building, 'after-launch')).toEqual([]);
    expect(shows('The rebuild stopped for two weeks while we waited for the designs.', 'after-launch')).toBe(false);
  });
});

describe('session 31: a cost the writer took on, told as a loss accepted or a hit taken (costs-accepted.ts)', () => {
  it('reads "accepted losing", ", accepting that" and "took that hit"', () => {
    expect(
      shows('We restored from the nightly backup, and accepted losing a morning of orders we re-keyed.', 'trade-off'),
    ).toBe(true);
    expect(shows('Accepted dropping the weekend runs to keep the GPU bill flat.', 'trade-off')).toBe(true);
    expect(
      shows('I moved the scoring to a batch job, accepting that scores would be up to an hour old.', 'trade-off'),
    ).toBe(true);
    expect(shows('the vendor quoted three weeks more for the simpler plan and we took that hit.', 'trade-off')).toBe(
      true,
    );
  });

  it('leaves another side accepting, an offer accepted and a hit to morale unread', () => {
    expect(shows('I asked the landlord, and Maria accepted losing the deposit.', 'trade-off')).toBe(false);
    expect(shows('I accepted joining the interview panel in March.', 'trade-off')).toBe(false);
    expect(shows('After accepting that the role was hers, I moved on to the rota.', 'trade-off')).toBe(false);
    expect(shows('The team took a hit in morale after the reorganisation.', 'trade-off')).toBe(false);
  });
});

describe('session 31: a review kept up "still", on a schedule, is after-launch (after-launch-events.ts)', () => {
  it('reads the writer still reviewing something on a schedule, with or without a subject', () => {
    expect(shows('I still go through the rejected claims every Thursday with the team.', 'after-launch')).toBe(true);
    expect(shows('still check the overnight exports each morning and fix the odd one by hand', 'after-launch')).toBe(
      true,
    );
    expect(shows('We still read the survey comments every month to see what the form misses.', 'after-launch')).toBe(
      true,
    );
  });

  it('leaves a meeting, a habit with no schedule and a pastime unread', () => {
    expect(shows('I still check in with her every week.', 'after-launch')).toBe(false);
    expect(shows('I still read every complaint that comes in.', 'after-launch')).toBe(false);
    expect(shows('I still read a novel every week on the train.', 'after-launch')).toBe(false);
  });
});
