// What a pasted ad carries that is no word of the role: addresses, handles, keys and code spans. Each with the near
// miss that must still be read. The lines and postings below are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { extractJobFocus } from '#shared/competencies/index';
import { generic } from './asked-in-duty';

const askedIn = (text: string, framework = generic) =>
  extractJobFocus(text, framework)
    .competencies.map((c) => c.id)
    .sort();

describe('names that are no words of the ad', () => {
  it('reads no duty in an e-mail address, a web address, a handle, a snake_case key or a code span', () => {
    const post = [
      'Posted by u/brightfern_hiring · r/datajobs',
      '',
      'What you would do:',
      '- Own the billing pipeline end to end.',
      '',
      'Questions to hiring@brightfern.example or brightfern.example/hiring/apply',
      'Replies from @lead-mentor go out on Fridays.',
      'Apply: open an issue titled `mentoring: <your name>` (hiring_manager_review: yes).',
    ].join('\n');
    expect(askedIn(post)).toEqual(['generic.ownership']);
  });

  it('still reads the same words written as words', () => {
    const post = [
      'What you would do:',
      '- Own the billing pipeline end to end.',
      '- Mentor the two junior analysts; write to us at jobs@brightfern.example.',
      '- Hiring: you will hire and onboard two engineers this year.',
    ].join('\n');
    expect(askedIn(post)).toContain('generic.mentoring');
    expect(askedIn(post)).toContain('generic.ownership');
  });
});
