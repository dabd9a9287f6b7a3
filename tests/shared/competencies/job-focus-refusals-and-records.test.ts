// A request refused (conflict) and work refused (judgment); what a decision record set aside under its own heading;
// work done right the first time (a standard); people brought to agree on one thing (influence). Each with the near
// miss that must stay unmarked. The lines and postings below are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { extractJobFocus } from '#shared/competencies/index';
import { askedInDuty, generic, ml } from './asked-in-duty';

const asked = (line: string, framework = generic) => askedInDuty(line, framework);
const askedIn = (text: string, framework = generic) =>
  extractJobFocus(text, framework)
    .competencies.map((c) => c.id)
    .sort();

describe('refusals, set-aside options, first-time standards and agreement', () => {
  it('reads a request refused as conflict, and work refused as judgment only', () => {
    expect(asked('Say no to the sales team when a custom report would break the nightly load')).toContain(
      'generic.conflict',
    );
    expect(asked('be the one who says no when a fifth dashboard is requested')).toContain('generic.conflict');
    expect(asked('Saying no to a request from a director, politely')).not.toContain('generic.judgment');
    expect(asked('Say no to projects that do not move the quarter’s goal')).toContain('generic.judgment');
    expect(asked('Say no to projects that do not move the quarter’s goal')).not.toContain('generic.conflict');
    expect(asked('We say no to work that does not fit the plan', ml)).toEqual(['ml.tradeoffs']);
  });

  it("reads nothing a decision record's rejected options or open questions name as the role", () => {
    const record = [
      '# Decision: open a Lead Analyst post',
      '',
      '## Decision',
      'The person hired will:',
      '- own the finance data model end to end;',
      '',
      '## Considered and rejected',
      '- Hiring two junior analysts instead.',
      '- Giving the post the mentoring of the graduate scheme.',
    ].join('\n');
    expect(askedIn(record)).toContain('generic.ownership');
    expect(askedIn(record)).not.toContain('generic.mentoring');
    const brief = [
      'Role brief: Staff Data Engineer',
      '',
      'Goals',
      '- Own the ingestion platform from the first source to the warehouse.',
      '',
      '5. Open questions (for the panel, not the applicant)',
      '- Should the role coach the two new analysts? parked until spring',
      '',
      'Non-goals',
      '- Leading the analytics team.',
    ].join('\n');
    expect(askedIn(brief)).toContain('generic.ownership');
    expect(askedIn(brief)).not.toContain('generic.mentoring');
    expect(askedIn(brief)).not.toContain('generic.technical-leadership');
    // A heading that only holds the word is no such section: "Questions you will answer" heads duties.
    const duties = ['Questions you will own', '- Coach the two new analysts through their first year.'].join('\n');
    expect(askedIn(duties)).toContain('generic.mentoring');
  });

  it('reads work done right the first time as a standard (quality), and a first occasion as none', () => {
    expect(asked('Make sure every repair is fixed first time')).toContain('generic.quality');
    expect(asked('get the payroll right first time, every month')).toContain('generic.quality');
    expect(asked('Gifts recorded correctly the first time, with no rework')).toContain('generic.quality');
    expect(asked('Open the new depot, for the first time in the north')).not.toContain('generic.quality');
    expect(asked('You will be managing people for the first time')).not.toContain('generic.quality');
  });

  it('reads people brought to agree on one thing as influence, and an agreement of the hire alone as none', () => {
    expect(asked('Get the three clinical teams to agree on one discharge checklist')).toContain('generic.influence');
    expect(asked('getting both departments to align on a single definition of a late order')).toContain(
      'generic.influence',
    );
    expect(asked('Get the sponsors to commit to a date', ml)).toContain('ml.leadership');
    expect(asked('Agree the release date with your manager')).not.toContain('generic.influence');
    expect(asked('Get to know the teams in your first month')).not.toContain('generic.influence');
  });
});
