// A terse ad's "w/o", a refusal told to someone ("tell the site manager no"), and a fear denied ("not scared to …",
// which asks the act rather than denying it). Each with the near miss that must stay as it was. The lines are our own,
// written for these tests.
import { describe, expect, it } from 'vitest';
import { tokenize } from '#shared/competencies/job-focus/tokenize';
import { askedInDuty, generic, ml } from './asked-in-duty';

describe('"w/o" in a terse ad', () => {
  it('reads as "without", its "o" no word of its own', () => {
    expect(tokenize('Run the yard w/o supervision').map((t) => t.lower)).toEqual([
      'run',
      'the',
      'yard',
      'without',
      'supervision',
    ]);
    expect(askedInDuty('Platform role w/o on-call', ml)).not.toContain('ml.production-reliability');
  });

  it('leaves "w/" as "with", joined to its word or not', () => {
    expect(tokenize('Partner w/ops and w/ finance').map((t) => t.lower)).toEqual([
      'partner',
      'with',
      'ops',
      'and',
      'with',
      'finance',
    ]);
  });
});

describe('a refusal told to someone', () => {
  it('is conflict, as "say no" is', () => {
    expect(askedInDuty('Tell the site manager no when he wants it live before the testing', generic)).toContain(
      'generic.conflict',
    );
    expect(askedInDuty('Happy to tell them no, politely', ml)).toContain('ml.conflict');
  });

  it('is not a "no" that starts a phrase of its own', () => {
    expect(askedInDuty('Tell the team no later than Friday', generic)).not.toContain('generic.conflict');
    expect(askedInDuty('Tell the customers no more than they need', generic)).not.toContain('generic.conflict');
  });
});

describe('a fear denied', () => {
  it('asks the act it is about', () => {
    expect(askedInDuty('Not afraid to push back on the product leads', ml)).toContain('ml.conflict');
    expect(askedInDuty('Never scared to tell a customer no', generic)).toContain('generic.conflict');
  });

  it('leaves a plain denial denied', () => {
    expect(askedInDuty('Not expected to push back on clinical calls', ml)).not.toContain('ml.conflict');
    expect(askedInDuty('No on-call, ever', ml)).not.toContain('ml.production-reliability');
  });
});
