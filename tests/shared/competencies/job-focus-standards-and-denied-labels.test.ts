// Duties told in other words (standards kept ready for a check, a thing kept healthy, a call on what is worth it, a
// junior's work reviewed, a lesson kept from recurring, a person told they are wrong, people management named as a
// skill) and list labels that deny what they list ("Not needed: …", "- Not this role: …"). The lines are our own,
// written for these tests, each with the near miss that must stay unread.
import { describe, expect, it } from 'vitest';
import { askedInDuty, askedInText, generic, ml } from './asked-in-duty';

describe('standards and health kept in other words', () => {
  it('reads a kitchen or a site kept ready for its audit, or at its hygiene rating, as quality', () => {
    expect(askedInDuty('Keep the kitchen inspection-ready: temperature logs, cleaning records', generic)).toContain(
      'generic.quality',
    );
    expect(askedInDuty('Hold all four cafés at a 5 food hygiene rating', generic)).toContain('generic.quality');
    // A certificate held is a qualification, not a standard kept.
    expect(askedInDuty('Level 2 Food Hygiene certificate', generic)).not.toContain('generic.quality');
  });
  it('reads an app or a website kept healthy as reliability, not one kept fast', () => {
    expect(askedInDuty('Keep the booking app healthy: crash rate, ratings, releases', ml)).toContain(
      'ml.production-reliability',
    );
    expect(askedInDuty('Keep our websites healthy for the spring sale', generic)).toContain('generic.quality');
    expect(askedInDuty('Keep the booking app simple for first-time users', ml)).not.toContain(
      'ml.production-reliability',
    );
  });
  it('reads no execution in "remote execution", a build tool\'s term', () => {
    expect(askedInDuty('Tune the remote execution cluster and its caches', generic)).not.toContain('generic.execution');
  });
});

describe('calls, reviews, lessons and disagreements in other words', () => {
  it('reads deciding whether a change is worth its cost as a trade-off call', () => {
    expect(askedInDuty('Decide whether a new label source is worth the cleaning it needs', ml)).toContain(
      'ml.tradeoffs',
    );
    expect(askedInDuty('Decide which of the fixes are worth doing this quarter', generic)).toContain(
      'generic.judgment',
    );
    expect(askedInDuty('Decide which supplier to call first', generic)).not.toContain('generic.judgment');
  });
  it('reads picking which of several get a scarce thing as a call, by any verb or by its noun', () => {
    expect(askedInDuty('Pick which branches get the extra van on Saturdays', generic)).toContain('generic.judgment');
    expect(askedInDuty('Decide, with half the facts, which repairs are postponed', ml)).toContain('ml.tradeoffs');
    expect(askedInDuty('Make the decision which patients go to the day unit', generic)).toContain('generic.judgment');
    expect(askedInDuty('Choose which laptop you want', generic)).not.toContain('generic.judgment');
  });
  it('reads people developed, named or referred to, or newer colleagues brought on, as mentoring', () => {
    expect(askedInDuty('Supervise three shift technicians and develop them', generic)).toContain('generic.mentoring');
    expect(askedInDuty('Developing the two supervisors, one new to the role', ml)).toContain('ml.mentoring');
    expect(askedInDuty('Bring on the newer analysts who joined in spring', generic)).toContain('generic.mentoring');
    expect(askedInDuty('Develop the new booking app with the agency', generic)).not.toContain('generic.mentoring');
    expect(askedInDuty('Develop them into one shared report', generic)).not.toContain('generic.mentoring');
  });
  it("reads a junior's work reviewed as mentoring, and a senior's review as none", () => {
    expect(askedInDuty("Review the apprentices' weekly job sheets", generic)).toContain('generic.mentoring');
    expect(askedInDuty('Review a junior analyst’s query before it goes out', ml)).toContain('ml.mentoring');
    expect(askedInDuty('Review the finance team’s monthly forecast', generic)).not.toContain('generic.mentoring');
  });
  it('reads "so it doesn\'t happen twice" as learning from it, and "never happens twice" as none', () => {
    expect(askedInDuty('Look back at each failed delivery so it doesn’t happen twice', generic)).toContain(
      'generic.failure-learning',
    );
    expect(askedInDuty('A full stock count never happens twice a month', generic)).not.toContain(
      'generic.failure-learning',
    );
  });
  it('reads the company told it is wrong by the hire, not by its alerts', () => {
    expect(askedInDuty("Tell us when we're chasing the wrong metric", generic)).toContain('generic.conflict');
    expect(askedInDuty('Set up checks that tell us when a supplier feed is wrong', generic)).not.toContain(
      'generic.conflict',
    );
  });
  it('reads groups asking for opposite things, and a complaint that comes up to you, as conflict', () => {
    expect(askedInDuty('Handle two wards asking for competing priorities in the same week', ml)).toContain(
      'ml.conflict',
    );
    expect(askedInDuty('When a complaint comes up to you, call the family back the same day', generic)).toContain(
      'generic.conflict',
    );
    expect(askedInDuty('Group the complaints by ward for the monthly report', generic)).not.toContain(
      'generic.conflict',
    );
  });
  it('reads telling someone that their plan is wrong as conflict, not a report that says so', () => {
    expect(askedInDuty('Be able to tell a director that their launch date is unrealistic', generic)).toContain(
      'generic.conflict',
    );
    expect(askedInDuty('Build checks that tell us that a load is wrong', generic)).not.toContain('generic.conflict');
  });
});

describe('people management named as a skill or a post', () => {
  it('reads "people management" and "a people manager" as leadership', () => {
    expect(askedInDuty('Three years of people management in a support team', generic)).toContain(
      'generic.technical-leadership',
    );
    expect(askedInDuty('Be the people manager for the five analysts', ml)).toContain('ml.leadership');
  });
  it('reads none in the people managers a role works with', () => {
    expect(askedInDuty('Partner with people managers across the stores', generic)).not.toContain(
      'generic.technical-leadership',
    );
  });
});

describe('labels that deny what they list', () => {
  const base = "What you'll do\n- Build the nightly pipeline with the analytics team\n";
  it('reads nothing asked after "Not needed:", "things we don\'t need:" or an item\'s "Not this role:"', () => {
    for (const denial of [
      'Not needed: a PhD, people management, writing RFCs\n',
      "Things we don't need: a PhD, people management, writing RFCs\n",
      '- Not this role: people management, or writing RFCs\n',
    ]) {
      const asked = askedInText(base + denial, generic);
      expect(asked).not.toContain('generic.technical-leadership');
      expect(asked).not.toContain('generic.communication');
    }
  });
  it('still reads an item whose label asks for what it lists', () => {
    const asked = askedInText(`${base}- Must have: people management, writing RFCs\n`, generic);
    expect(asked).toContain('generic.technical-leadership');
    expect(asked).toContain('generic.communication');
  });
});

describe('operations run or kept safe', () => {
  it('reads a shift, a plant or a scheme run safely, safety performance owned and accidents investigated', () => {
    expect(askedInDuty('Run the early loading shift safely and on time', ml)).toContain('ml.production-reliability');
    expect(askedInDuty('Keep the boilers and the chillers operating safely', generic)).toContain('generic.quality');
    expect(askedInDuty("Own the depot's health and safety record", generic)).toContain('generic.quality');
    expect(askedInDuty('Review every accident on the yard with the driver involved', ml)).toContain(
      'ml.production-reliability',
    );
  });
  it('reads none in a thing stored or handled safely, nor in a safety certificate', () => {
    expect(askedInDuty('Store the cleaning chemicals safely', generic)).not.toContain('generic.quality');
    expect(askedInDuty('Health and safety certificate (level 2)', generic)).not.toContain('generic.quality');
  });
});

describe('a programme of works delivered or kept to', () => {
  it('reads a scheme or a works programme delivered, and building kept to programme, as execution', () => {
    expect(askedInDuty('Deliver the refurbishment scheme on the east wing', generic)).toContain('generic.execution');
    expect(askedInDuty('Hand the library over to programme and within budget', generic)).toContain('generic.execution');
    expect(askedInDuty('Fit out both floors in line with the agreed programme', generic)).toContain(
      'generic.execution',
    );
  });
  it('reads none in teaching delivered, nor in a programme that is not kept to', () => {
    expect(askedInDuty('Deliver the training programme for new porters', generic)).not.toContain('generic.execution');
    expect(askedInDuty('Write the programme for the open day', generic)).not.toContain('generic.execution');
  });
});

describe('a departure time kept', () => {
  it('reads hitting the nightly dispatch as execution, not a departures board', () => {
    expect(askedInDuty('Hit the 6am despatch, whatever the night throws at you', generic)).toContain(
      'generic.execution',
    );
    expect(askedInDuty('Hit the departures screen to refresh it', generic)).not.toContain('generic.execution');
  });
});
