// Number roles of session 25 (RUBRIC-NOTES configuration, team sizes, people): a window inside a relative
// clause with a negative subject, a count threshold inside a relative clause
// that picks whom the work took up, the span of a duty held or a person lent, people placed on a
// schedule (scale, as people led) and an age range read as ages. Sentences
// written for this file; each shape has its near miss that keeps its metric.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const facts = (text: string, section?: 'action' | 'result' | 'situation') => sentenceFacts(text, section);
const metric = (text: string, section?: 'action' | 'result' | 'situation') => facts(text, section).hasMetric;
const scale = (text: string, section?: 'action' | 'result' | 'situation') => facts(text, section).hasScale;

describe('a window inside a relative clause with a negative subject', () => {
  it('says which items the work took up', () => {
    expect(metric('I closed every branch nobody had pushed to in 90 days.', 'action')).toBe(false);
    expect(metric('Deleted the dashboards no one had opened in six months')).toBe(false);
  });

  it('leaves a result told with the same window as a measure', () => {
    expect(metric('Stale branches fell from 400 to 30.', 'result')).toBe(true);
    expect(metric('Nobody had touched 40 of the branches in a year, so I archived them.', 'action')).toBe(true);
  });
});

describe('a count threshold in a relative clause that picks whom to call', () => {
  it('is a configuration value', () => {
    expect(metric('I wrote to the families of pupils who missed more than three homework tasks.', 'action')).toBe(
      false,
    );
    expect(metric('Called every tenant who had fallen more than two payments behind', undefined)).toBe(false);
  });

  it('leaves a count the writer or the team reached as a measure', () => {
    expect(metric('I visited more than 40 schools that term.', 'action')).toBe(true);
    expect(metric('The team that I led shipped more than 30 releases.', 'result')).toBe(true);
  });
});

describe('the span of a duty held or a person lent', () => {
  it('is no metric', () => {
    expect(metric('I held the pager myself for a fortnight while the team fixed the alerts.', 'action')).toBe(false);
    expect(metric('I lent our best tester to the billing squad for six weeks.', 'action')).toBe(false);
    expect(metric('I moved one designer onto the onboarding work for six weeks.', 'action')).toBe(false);
  });

  it('leaves the time the work took as a measure', () => {
    expect(metric('I rebuilt the alert rules in two weeks.', 'action')).toBe(true);
    expect(metric('I moved the build to the new runners in 3 days.', 'action')).toBe(true);
    expect(metric('I was on the phone with the vendor for 3 hours to get the fix.', 'action')).toBe(true);
    expect(metric('Paired with the new testers for a week to write 40 cases', undefined)).toBe(true);
  });
});

describe('people placed on a schedule', () => {
  it('are the job’s context: scale, not metric', () => {
    expect(facts("Rostered 85 stewards across the stadium's four stands")).toMatchObject({
      hasMetric: false,
      hasScale: true,
    });
    expect(facts('Scheduled 30 nurses over three wards each week')).toMatchObject({
      hasMetric: false,
      hasScale: true,
    });
  });

  it('leaves people hired or trained, and things scheduled, as measures', () => {
    expect(metric('Trained 85 stewards on the new radio system')).toBe(true);
    expect(metric('Scheduled 240 vaccination appointments in one weekend')).toBe(true);
    expect(metric('Scheduled 12 servers for patching and rebooted them in 40 minutes')).toBe(true);
  });
});

describe('an age range', () => {
  it('names ages, no count of people', () => {
    expect(scale('Ran a Saturday maths club for 11–14 year olds')).toBe(false);
    expect(scale('Coached a swim squad of 8 to 10 year olds')).toBe(false);
    expect(metric('Ran a Saturday maths club for 11-14-year-olds')).toBe(false);
  });

  it('leaves a count of children as scale', () => {
    expect(scale('Ran a Saturday maths club for 30 children aged 11–14')).toBe(true);
  });
});
