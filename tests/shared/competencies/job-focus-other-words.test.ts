// Competencies told in other words than their names (reliability, conflict, independence, teaching, a joint act,
// delivering), each by a lemma class or a shape, with the near miss that must stay unread. The lines are our own,
// written for these tests.
import { describe, expect, it } from 'vitest';
import { askedInDuty, generic, ml } from './asked-in-duty';

const asked = (line: string, framework = ml) => askedInDuty(line, framework);

describe('reliability in other words', () => {
  it('reads a thing people can rely on, and a build kept green', () => {
    expect(asked('Run a pricing feed the sales desk can rely on, and keep it that way')).toContain(
      'ml.production-reliability',
    );
    expect(asked('Keep the nightly pipeline green and chase whoever broke it')).toContain('ml.production-reliability');
    expect(asked('Keep the CI builds green')).toContain('ml.production-reliability');
  });
  it('reads none in "rely on" with no modal or with an object after it', () => {
    expect(asked('Move the teams that still rely on spreadsheets to the warehouse')).not.toContain(
      'ml.production-reliability',
    );
    expect(asked('You can rely on our mentors in your first month')).not.toContain('ml.production-reliability');
    expect(asked('Keep the office plants green')).not.toContain('ml.production-reliability');
  });
  it('reads how a thing behaves after release as reliability, not ownership', () => {
    const read = asked('Care how the app performs after release, on old phones too');
    expect(read).toContain('ml.production-reliability');
    expect(read).not.toContain('ml.ownership');
    expect(asked('Stay with the model after release and improve it')).toContain('ml.ownership');
  });
});

describe('conflict without its words', () => {
  it('reads a disagreement told by what it could turn into', () => {
    expect(asked('Hold the line with the surgeons without it turning into a row')).toContain('ml.conflict');
    expect(asked('Raise it with the board before it escalates into an argument')).toContain('ml.conflict');
  });
  it('reads people told their ask is wrong in any word of wrongness', () => {
    expect(asked('Tell them when a forecast they want would be misleading')).toContain('ml.conflict');
    expect(asked('Telling the managers if a target is unrealistic')).toContain('ml.conflict');
    // A system that tells the company is no one telling anyone.
    expect(asked('Build alerts that tell us when a feed is misleading')).not.toContain('ml.conflict');
  });
  it('reads complaints and grievances by any verb of handling, and disputes between people', () => {
    expect(asked('Investigate complaints from parents')).toContain('ml.conflict');
    expect(asked('Respond to grievances from the night crew')).toContain('ml.conflict');
    expect(asked('Settle disputes between shift leads')).toContain('ml.conflict');
    expect(asked('Report weekly to the chargeback disputes team')).not.toContain('ml.conflict');
  });
});

describe('independence: work found without being told', () => {
  it('reads ambiguity in "you don\'t need anyone to tell you what\'s next" and its kin', () => {
    expect(asked("You don't need a lead to tell you what to pick up next")).toContain('ml.ambiguity');
    expect(asked('Nobody will tell you where to start')).toContain('ml.ambiguity');
    expect(asked('Find the next problem without anyone telling you what it is')).toContain('ml.ambiguity');
  });
  it('reads none when someone does tell the hire', () => {
    expect(asked('Your lead will tell you what to pick up next')).not.toContain('ml.ambiguity');
  });
});

describe('teaching colleagues by their role', () => {
  it('reads mentoring after a determiner or a count, and a team trained', () => {
    expect(asked('Train the new analysts on the forecasting tools')).toContain('ml.mentoring');
    expect(asked('Upskill two engineers in the data centre')).toContain('ml.mentoring');
    expect(asked('Recruits, trains and supervises the weekend crew')).toContain('ml.mentoring');
  });
  it('reads none in a compound noun ("teaching staff", "training engineers")', () => {
    expect(asked('Timetable the teaching staff across both sites')).not.toContain('ml.mentoring');
    expect(asked('Book rooms for the training engineers')).not.toContain('ml.mentoring');
  });
});

describe('a joint act named by its noun, and the hire as one who delivers', () => {
  it('reads collaboration in "in partnership with"', () => {
    expect(asked('Work in partnership with the fire service and two hospitals')).toContain('ml.collaboration');
  });
  it('reads execution in "someone who ships", not in a thing shipped', () => {
    expect(asked('What we need: someone who ships', generic)).toContain('generic.execution');
    expect(asked('Support the warehouse team that ships our orders', generic)).not.toContain('generic.execution');
  });
});

describe('checks of standards owned', () => {
  it('are quality, not ownership, unless a system is owned', () => {
    expect(asked('Owns the site hygiene and allergen audits', generic)).not.toContain('generic.ownership');
    expect(asked('Own the food safety management system, from review to every shift', generic)).toContain(
      'generic.ownership',
    );
  });
});
