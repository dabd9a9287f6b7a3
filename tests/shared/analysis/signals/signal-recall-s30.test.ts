// Session 30 (signals): classes read on the spent blind writers (fresh-stories-15 … 22). Every sentence here was
// written for the test, in several voices (I and we, lower case, non-native English), and none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import { storySignals } from '#shared/analysis/signals/story-signals';
import { isMarkupHeading } from '#shared/analysis/signals/markup-headings';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('session 30: a compromise reached with another side is influence (settled-compromises.ts)', () => {
  it('reads another side wanting one thing, then "we settled on" another', () => {
    expect(shows('The warehouse manager wanted a 6am start, and we settled on 7am.', 'influence')).toBe(true);
    expect(shows('She pushed for monthly audits; we settled on quarterly ones with a spot check.', 'influence')).toBe(
      true,
    );
    expect(shows('the vendor asked for a three-year term but in the end we settled on two years.', 'influence')).toBe(
      true,
    );
  });

  it('reads another side objecting, then "so we agreed" a way round it', () => {
    expect(
      shows(
        'The ward sisters were worried about the extra charting, so we agreed to start with night shifts.',
        'influence',
      ),
    ).toBe(true);
    expect(shows('Finance pushed back on the cost, so we agreed to pay for it from the Q3 budget.', 'influence')).toBe(
      true,
    );
  });

  it('leaves the writer, the own team, users and a bare "we settled on" unread', () => {
    expect(shows('I wanted a full rewrite, and we settled on a patch.', 'influence')).toBe(false);
    expect(shows('The team wanted Kafka, but we settled on SQS.', 'influence')).toBe(false);
    expect(shows('Customers wanted dark mode, so we settled on a toggle.', 'influence')).toBe(false);
    expect(shows('After a long debate we settled on weekly releases.', 'influence')).toBe(false);
    expect(shows('Finance was worried about the cost, so we agreed to meet weekly.', 'influence')).toBe(false);
  });
});

describe('session 30: terms agreed and meetings held to agree (terms-agreed.ts, agreements-sought.ts)', () => {
  it('reads a bare present after the other side, a made agreement and a carried-on "and agreed"', () => {
    expect(shows('I agreed with them that they send the files before noon.', 'influence')).toBe(true);
    expect(shows('I made an agreement with finance that they close the books on day 3.', 'influence')).toBe(true);
    expect(
      shows('I wrote the runbook, and agreed with the carrier that they give us a week of notice.', 'influence'),
    ).toBe(true);
  });

  it('leaves agreeing with an opinion unread', () => {
    expect(shows('I agreed with them that they were right about the dates.', 'influence')).toBe(false);
    expect(shows('I agreed with her that they seemed tired after the night shift.', 'influence')).toBe(false);
  });

  it('reads meeting a deciding party, with a time or a count between, to agree something', () => {
    expect(shows('I sat down with the store leads twice to agree on one count sheet.', 'influence')).toBe(true);
    expect(
      shows('I sat with the transport managers for an afternoon to agree which loads go first.', 'influence'),
    ).toBe(true);
    expect(shows('I met every shift leader to agree which breaks could move.', 'influence')).toBe(true);
  });

  it('leaves meeting the own team to agree a plan unread', () => {
    expect(shows('We met the team to agree the plan.', 'influence')).toBe(false);
    expect(shows('I met my team leader to agree which tasks to do.', 'influence')).toBe(false);
  });
});

describe('session 30: the obvious road set aside by its cost is a trade-off (trade-off.ts, obviousRoadSetAside)', () => {
  it('reads "the easy / cleanest / textbook answer was X, but" with a weighing clause', () => {
    expect(
      shows(
        'The easy answer was to add more memory, but that would only have moved the problem a month out.',
        'trade-off',
      ),
    ).toBe(true);
    expect(
      shows('The cleanest fix was a schema change, but the table belonged to the billing team.', 'trade-off'),
    ).toBe(true);
    expect(
      shows('A full rewrite was the textbook answer, but it meant freezing features for a quarter.', 'trade-off'),
    ).toBe(true);
  });

  it('leaves a fix that failed, a bare judgement and a part of the work unread', () => {
    expect(shows("The usual fix was a restart, but it didn't help this time.", 'trade-off')).toBe(false);
    expect(shows('The quick fix was obvious, but it only lasted a day.', 'trade-off')).toBe(false);
    expect(shows('The easy part was the API, but the migration took weeks.', 'trade-off')).toBe(false);
  });
});

describe('session 30: another team named only as an owner or a cause is no partner (partner-context.ts)', () => {
  it('leaves a thing belonging to a team, or a change made by one, unread', () => {
    expect(
      shows('The quick fix needed a new column, but that table belonged to the payments team.', 'cross-functional'),
    ).toBe(false);
    expect(
      shows('By noon I had traced the gaps to a schema change by the search team last Tuesday.', 'cross-functional'),
    ).toBe(false);
  });

  it('still reads the same team when the writer deals with it', () => {
    expect(
      shows('That table belonged to the payments team, so I asked them to add the column.', 'cross-functional'),
    ).toBe(true);
    expect(
      shows('I traced it to a schema change by the search team and agreed a freeze with them.', 'cross-functional'),
    ).toBe(true);
  });
});

describe('session 30: a markdown heading kept as a sentence shows no signal (markup-headings.ts)', () => {
  const story = (action: string) => ({ situation: '', task: '', action, result: '', reflection: '' });
  const evidenceOf = (action: string, id: SignalId) =>
    storySignals(story(action))
      .signals.find((s) => s.id === id)!
      .evidence.map((e) => action.slice(e.start, e.end));

  it('marks the incident, never the "## Root cause" line under it', () => {
    const action =
      'I got paged at 02:10 when the payments queue stopped processing.\n## Root cause\nA retry loop held every connection.';
    expect(evidenceOf(action, 'after-launch')).toEqual([
      'I got paged at 02:10 when the payments queue stopped processing.',
    ]);
  });

  it('reads only a short hashed line as a heading', () => {
    expect(isMarkupHeading('## Root cause')).toBe(true);
    expect(isMarkupHeading('### What we changed after the outage')).toBe(true);
    expect(isMarkupHeading('We rolled back at 10:40.')).toBe(false);
    expect(isMarkupHeading('#3 was the worst night, and I paged the DBA.')).toBe(false);
  });
});

describe('session 30: something going wrong early in use, then a fix, is after-launch (after-launch-events.ts)', () => {
  it('reads a thing starting to go wrong or shown wrong in the first weeks, then the writer mending it', () => {
    expect(
      shows(
        'In the second week the summaries started to drop the order number, so I added a check for it.',
        'after-launch',
      ),
    ).toBe(true);
    expect(
      shows(
        'In the first month the scores showed it was mixing up new and returning buyers, and I changed the join.',
        'after-launch',
      ),
    ).toBe(true);
  });

  it('leaves the project timeline and the writer starting something unread', () => {
    expect(shows('In the second month I added search and filters.', 'after-launch')).toBe(false);
    expect(shows('In the first week I started to write the tests, and I added a linter.', 'after-launch')).toBe(false);
  });
});

describe('session 30: a rule word that names no rule is no constraint (constraint.ts, ruleWord)', () => {
  it('leaves consent as a property of the data and auditors who judged unread', () => {
    expect(shows('The weekly report counts only consented sessions from the app.', 'constraint')).toBe(false);
    expect(shows('I set up a consent-mode tag for the checkout pages.', 'constraint')).toBe(false);
    expect(shows('The year-end went smoothly and the auditors accepted our figures.', 'constraint')).toBe(false);
  });

  it('still reads consent and auditors as the limit they set', () => {
    expect(shows('We could not email anyone without consent, so the list shrank by half.', 'constraint')).toBe(true);
    expect(shows('The auditors would not let us restate the first quarter.', 'constraint')).toBe(true);
  });
});

describe('session 30: options looked at side by side, then one picked, are a trade-off (trade-off.ts)', () => {
  it('reads options looked at side by side, then one picked', () => {
    expect(
      shows('I looked at a nightly batch job and at a streaming consumer, and went with the batch job.', 'trade-off'),
    ).toBe(true);
    expect(
      shows('we considered paper forms or a tablet app, then picked the forms for the first term', 'trade-off'),
    ).toBe(true);
  });

  it('leaves evidence read and a next step chosen unread', () => {
    expect(shows('I looked at the logs and at the dashboards, and kept digging.', 'trade-off')).toBe(false);
    expect(shows('I looked at the error logs or the metrics, and chose to restart the pod.', 'trade-off')).toBe(false);
  });
});

describe('session 30: a review on a schedule dated from the change is after-launch (after-launch-events.ts)', () => {
  it('reads a habit since the change and the change kept and reviewed', () => {
    expect(shows('Since the switch I check every Monday the parcels the scanner rejected.', 'after-launch')).toBe(true);
    expect(shows('We kept the new cut-off and reviewed it monthly with the depot.', 'after-launch')).toBe(true);
  });

  it('leaves a personal move and an old thing kept unread', () => {
    expect(shows('Since the move to London I review my budget every month.', 'after-launch')).toBe(false);
    expect(shows('We kept the old rota and reviewed the holiday requests weekly.', 'after-launch')).toBe(false);
  });
});

describe('session 30: a harm the work had to avoid, after "without", is a constraint (constraint.ts)', () => {
  it('reads the harm told by any verb or noun', () => {
    expect(shows('Speed up the search page without making the results worse.', 'constraint')).toBe(true);
    expect(shows('I moved the ward onto the new charts without disrupting the night handover.', 'constraint')).toBe(
      true,
    );
    expect(shows('We had to switch payment providers without a checkout outage in December.', 'constraint')).toBe(true);
  });

  it('leaves a missing manner unread', () => {
    expect(shows('Our sender kept retrying without backoff, which filled the queue.', 'constraint')).toBe(false);
    expect(shows('The client changed the layout without telling us.', 'constraint')).toBe(false);
    expect(shows('She walked in without letting anyone know.', 'constraint')).toBe(false);
  });
});

describe('session 30: more organisations as counterparts (organisation-parties.ts)', () => {
  it('reads a counterpart after a time opener, one that rang, one named by "of", and new kinds', () => {
    expect(shows('Two days later the processor confirmed the refunds were lost.', 'cross-functional')).toBe(true);
    expect(shows('The timber supplier rang on Monday to say the beams would be late.', 'cross-functional')).toBe(true);
    expect(shows('I raised the damage with the supplier of the pallets.', 'cross-functional')).toBe(true);
    expect(shows('10:15 The acquirer confirmed a key had rotated.', 'cross-functional')).toBe(true);
    expect(shows('I had a call every week with the customs broker.', 'cross-functional')).toBe(true);
  });

  it('leaves an organisation only paid, or a bank of a river, unread', () => {
    expect(shows('We paid the supplier of the parts in May.', 'cross-functional')).toBe(false);
    expect(shows('The bank of the river flooded in March.', 'cross-functional')).toBe(false);
    expect(shows('Two days later the phone rang again.', 'cross-functional')).toBe(false);
  });
});

describe("session 30: the writer's way written into what others follow is influence (influence.ts)", () => {
  it('reads a guideline, a process or a checklist that now holds it', () => {
    expect(shows("The double check is now part of the pharmacy's dispensing procedure.", 'influence')).toBe(true);
    expect(shows('Finance now treats the new codes as part of the standard month-end process.', 'influence')).toBe(
      true,
    );
    expect(
      shows("The PM asks for a holdout on every launch now, and it's in our release checklist.", 'influence'),
    ).toBe(true);
  });

  it('leaves a habit and a thing merely read in a handbook unread', () => {
    expect(shows('It is now part of our weekly routine.', 'influence')).toBe(false);
    expect(shows('I read the rule in the staff handbook.', 'influence')).toBe(false);
  });
});
