// Other teams brought to change how they work (influence), and "leads" named after a preposition as people a role works
// with, not as someone else's act of leading. The lines are our own, written for these tests, each with its near miss.
import { describe, expect, it } from 'vitest';
import { askedInDuty, generic, ml } from './asked-in-duty';

describe('other teams brought to change how they work', () => {
  it('reads teams got to migrate, switch, adopt or come back as influence', () => {
    expect(askedInDuty('Get the store teams to switch to the new ordering screen', generic)).toContain(
      'generic.influence',
    );
    expect(askedInDuty('Get the analytics squads that forked the library to come back to it', ml)).toContain(
      'ml.leadership',
    );
    expect(askedInDuty('Get departments who do not answer to you to adopt one booking form', generic)).toContain(
      'generic.influence',
    );
  });
  it("reads squads that don't report to you as people not managed", () => {
    expect(askedInDuty("Win over squads that don't report to you", generic)).toContain('generic.influence');
  });
  it("reads none when one's own team is got to do something", () => {
    expect(askedInDuty('Get your team to use the new handover sheet', generic)).not.toContain('generic.influence');
    expect(askedInDuty('Get the team to switch shifts at Easter', generic)).not.toContain('generic.influence');
  });
});

describe('"leads" after a preposition names people', () => {
  it("reads working with a function's leads as collaboration, not leading", () => {
    const read = askedInDuty('Plan the next half with the data science leads', generic);
    expect(read).toContain('generic.collaboration');
    expect(read).not.toContain('generic.technical-leadership');
    expect(askedInDuty('Agree the stock plan with our store leads', ml)).toContain('ml.collaboration');
  });
  it('still reads a group that leads something as its own act, and the hire leading as leadership', () => {
    expect(askedInDuty('The data team leads the migration; you support it', generic)).not.toContain(
      'generic.technical-leadership',
    );
    expect(askedInDuty('Lead the migration of the billing platform', generic)).toContain(
      'generic.technical-leadership',
    );
  });
});

describe('parties dealt with', () => {
  it('reads dealing with named roles, or with a list ending in a shift or a crew, as collaboration', () => {
    expect(askedInDuty('Deal with the depot supervisors when a load is short', generic)).toContain(
      'generic.collaboration',
    );
    expect(askedInDuty('Deal with couriers, the gatehouse and the night crew when a trailer is late', ml)).toContain(
      'ml.collaboration',
    );
  });
  it('reads none when the shift only names a thing dealt with', () => {
    expect(askedInDuty('Deal with the invoices and the shift rota', generic)).not.toContain('generic.collaboration');
    expect(askedInDuty("Deal with breakages and the late shift's handover notes", generic)).not.toContain(
      'generic.collaboration',
    );
  });
});

describe('what is not clear, and no plan yet', () => {
  it('reads asks that are often not clear, and no roadmap had yet, as ambiguity', () => {
    expect(askedInDuty('What the wards ask for is often not clear, so you go and watch', generic)).toContain(
      'generic.ambiguity',
    );
    expect(askedInDuty("We don't have a plan for the new site yet; shaping it is your job", ml)).toContain(
      'ml.ambiguity',
    );
  });
  it('reads none in "not clear-cut", nor in a plan not had for the hire to follow', () => {
    expect(askedInDuty('The call is not clear-cut every time', generic)).not.toContain('generic.ambiguity');
    expect(askedInDuty("We don't have a plan for parking", generic)).not.toContain('generic.ambiguity');
  });
});
