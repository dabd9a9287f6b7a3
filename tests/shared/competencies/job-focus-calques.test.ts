// Duties told in a Spanish or French ad's English (a word-for-word calque: "Direct the team", "Form the new
// receptionists", "Attend the complaints"), and customers' needs told by the noun, not the verb of the next clause.
// Each with the near miss that must stay unread. The lines are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { askedInDuty, askedInText, generic, ml } from './asked-in-duty';

const asked = (line: string, framework = generic) => askedInDuty(line, framework);

describe('calqued duty verbs', () => {
  it('reads directing a team as leading it', () => {
    expect(asked('Direct the team of the kitchen and the bar (9 persons)')).toContain('generic.technical-leadership');
    expect(asked('Direct the team of the kitchen and the bar (9 persons)', ml)).toContain('ml.leadership');
    expect(asked('Send direct feedback to the team')).not.toContain('generic.technical-leadership');
  });

  it('reads forming the new people in a skill as training them, and not a group formed', () => {
    expect(asked('Form the new waiters in the booking system and in the rules of the house')).toContain(
      'generic.mentoring',
    );
    expect(asked('Form the new team in Valencia and recruit its first members')).not.toContain('generic.mentoring');
    expect(asked('Form new partnerships in the region')).not.toContain('generic.mentoring');
  });

  it('reads attending the complaints as handling them', () => {
    expect(asked('Attend personally the difficult clients and the complaints of the day')).toContain(
      'generic.conflict',
    );
    expect(asked('Attend the weekly meeting of the direction')).not.toContain('generic.conflict');
  });
});

describe("customers' needs", () => {
  it('reads the noun, and not a verb of the clause after a customer', () => {
    expect(asked('Call the client and I need you back at the depot by six')).not.toContain('generic.customer-focus');
    expect(asked('Decide when a small model is enough for a customer and when we need the large one')).not.toContain(
      'generic.customer-focus',
    );
    expect(asked('Understand the customer needs of each region')).toContain('generic.customer-focus');
    expect(asked('Find out what the tenants need from the repairs line')).toContain('generic.customer-focus');
  });
});

describe("a manager's wish after a clause of their own, and things looked after", () => {
  const askedIn = (text: string) => askedInText(text, generic);

  it('reads "I want someone who …" after the manager\'s own clause as the role', () => {
    const letter = [
      'Dear future colleague,',
      '',
      'I run the studio, and we have argued for a year about the engine.',
      'I have opinions, but I want someone who knows more than me to make the call and bring the rest of the studio along.',
    ].join('\n');
    expect(askedIn(letter)).toContain('generic.influence');
    // The company's own sentence stays the company's.
    expect(askedIn('Dear future colleague,\n\nI have opinions, and we bring the rest of the studio along.')).toEqual(
      [],
    );
  });

  it('reads things looked after, or taken as yours, as owned; not people looked after', () => {
    expect(askedInDuty('You look after the booking records and the money that comes with them', generic)).toContain(
      'generic.ownership',
    );
    expect(askedInDuty("You'll take the two mobile apps as yours", generic)).toContain('generic.ownership');
    expect(askedInDuty('You look after the residents on the night shift', generic)).not.toContain('generic.ownership');
    expect(askedInDuty('Lead incident response for the systems you look after', generic)).not.toContain(
      'generic.ownership',
    );
  });
});
