// Benefits told in a clause after the act (ERROR-KINDS-S30-FRESH22 "benefit or effect told in a
// clause"): "…, which let them retire the Vertica cluster", "…, which catch most breakages before
// release", "… so one client can't starve the pool again". RUBRIC.md: a clause naming a benefit is an
// outcome; one naming what the thing does is not. Sentences written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a relative clause that let others retire a system', () => {
  it('reads "which let them retire / decommission" whatever the system is called', () => {
    expect(outcome('Moved the reports to Snowflake, which let finance retire the Teradata box.')).toBe(true);
    expect(outcome('Rebuilt the sync job, which let us decommission the FTP server.')).toBe(true);
  });

  it('leaves a tool’s function: "to let" and a present "lets"', () => {
    expect(outcome('Built a console to let admins decommission handsets')).toBe(false);
    expect(outcome('Built a console that lets admins decommission handsets')).toBe(false);
  });
});

describe('a relative clause that catches trouble before it lands', () => {
  it('reads a present "catch … before" in a relative clause', () => {
    expect(outcome('Added contract tests, which catch most schema breaks before deploy')).toBe(true);
  });

  it('leaves a purpose "to catch … before"', () => {
    expect(outcome('Wrote smoke tests to catch broken builds before release')).toBe(false);
  });
});

describe('a so-clause told as a problem that cannot recur', () => {
  it('reads a negated modal after the writer’s act', () => {
    expect(outcome('We added per-tenant quotas so one tenant can’t exhaust the pool again.')).toBe(true);
    expect(outcome('Added a lock on the rota sheet so two people cannot book the same van.')).toBe(true);
  });

  it('leaves the writer’s own limit and a problem others caused', () => {
    expect(outcome('My laptop died so I can’t finish the migration this week.')).toBe(false);
    expect(outcome('The vendor changed the API so our app can’t log in.')).toBe(false);
  });
});
