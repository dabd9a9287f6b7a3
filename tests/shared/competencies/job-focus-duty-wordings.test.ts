// Duties told without the verbs the lexicon lists first: an order decided, what is deferred, a broken thing put back
// in service, an audit that changes practice, standards kept by law, clashes between parties, a complaint made a measure, a lesson asked
// for, a call made with its risk, leads and a function's people worked with, colleagues served as
// internal customers, what "that means" owning. Each with the near miss that must stay unread. The lines are our own,
// written for these tests.
import { describe, expect, it } from 'vitest';
import { askedInDuty, generic, ml } from './asked-in-duty';

const asked = (line: string, framework = generic) => askedInDuty(line, framework);

describe('duty wordings', () => {
  it('reads an order decided and what is deferred as judgment', () => {
    expect(asked('Decide the order of the repair queue each Monday')).toContain('generic.judgment');
    expect(asked('Decide what is deferred when the quotes come in over budget', ml)).toContain('ml.tradeoffs');
    expect(asked('Check that orders arrive in the right sequence')).not.toContain('generic.judgment');
  });

  it('reads a broken thing put back in service as reliability', () => {
    expect(asked('When a lift breaks down, get it back in service the same day', ml)).toContain(
      'ml.production-reliability',
    );
    expect(asked('Work with the GP out-of-hours service on referrals', ml)).not.toContain('ml.production-reliability');
    expect(asked('Settle the dispute over out-of-hours charges', ml)).not.toContain('ml.production-reliability');
  });

  it('reads an audit that changes practice as quality, and an audit alone as none', () => {
    expect(asked('Audit our re-admission rates and lead changes in practice when they show a problem')).toContain(
      'generic.quality',
    );
    expect(asked('Audit the petty cash tin on Fridays')).not.toContain('generic.quality');
    expect(asked('Keep the school compliant on fire, asbestos and lifts')).toContain('generic.quality');
    expect(asked('Keep the parents informed of any change')).not.toContain('generic.quality');
  });

  it('reads a cause found so a failure does not recur as no depth', () => {
    expect(asked('When a van breaks down, find out why it happened so it does not happen again')).not.toContain(
      'generic.technical-depth',
    );
    expect(asked('Find out why the forecasts drift in the spring')).toContain('generic.technical-depth');
  });

  it("reads other groups' leads and a function's people as collaboration, and internal customers as served", () => {
    expect(asked('Agree the plan each quarter with the analytics and data science leads')).toContain(
      'generic.collaboration',
    );
    expect(asked('Be comfortable working with the payroll people every week')).toContain('generic.collaboration');
    expect(asked('Care for the people on the ward')).not.toContain('generic.collaboration');
    expect(asked("Support the finance team, they're our main internal customer")).toContain('generic.customer-focus');
  });

  it('reads what "that means" owning as owned, and not what someone else owns', () => {
    expect(askedInDuty('Keep every bus safe. That means owning the depot maintenance plan', generic)).toContain(
      'generic.ownership',
    );
    expect(asked('The depot manager owns the maintenance plan')).not.toContain('generic.ownership');
  });

  it('reads clashes between parties as conflict, and a clash of dates alone as none', () => {
    expect(asked('Sort out the clashes when the youth club and the choir both want the hall on Friday')).toContain(
      'generic.conflict',
    );
    expect(asked('Settle clashes between the electricians and the plumbers on site')).toContain('generic.conflict');
    expect(asked('Sort out rota clashes before the month starts')).not.toContain('generic.conflict');
  });

  it('reads a vague complaint made a measure as impact, and a lesson asked for as learning', () => {
    expect(asked('Turn "the search feels slow" into a metric the support team trusts')).toContain('generic.impact');
    expect(asked('Turn the spare room into a meeting space')).not.toContain('generic.impact');
    expect(asked('You will get some calls wrong; tell us what you learned')).toContain('generic.failure-learning');
  });

  it('reads a call made with its risk named as judgment', () => {
    expect(asked('You decide the overbooking of every night, with the risk that it implies')).toContain(
      'generic.judgment',
    );
    expect(asked('Assess the risk of each site visit')).not.toContain('generic.judgment');
  });

  it('reads orders kept to their dates as no system reliability, and decisions written down as communication', () => {
    expect(asked('Responsibility for the delivery reliability of the assembly lines', ml)).not.toContain(
      'ml.production-reliability',
    );
    expect(asked('Decide what to build and what to buy, and write each decision down')).toContain(
      'generic.communication',
    );
    expect(asked('Write the numbers down in the log book')).not.toContain('generic.communication');
  });
});
