// Resume lines that tell the writer's act without a verb first. A verbless head (a title, a post) then the
// act after a comma or a semicolon: "Shift supervisor, trained 12 new pickers", "Volunteer treasurer for the
// cricket club; moved subs collection online". A switch in the passive: "Stock counts moved to handheld
// scanners". The near misses stay no claim: a title with its employer or a body ("Volunteer, United Way"), a
// list whose item is a participle before its noun ("Power BI, automated reporting"), "moved to …" as a coming
// or going, "ran out of time". Lines written for this test (none is a labeled row).
import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';

const analyzer = createAnalyzer();
const claim = (line: string) => analyzer.analyzeText(line).sentences.some((s) => s.isClaim);

describe('a verbless head then the writer’s act', () => {
  it('reads the act after a comma or a semicolon as a claim', () => {
    expect(claim('Shift supervisor at the Daventry depot, trained 12 new pickers')).toBe(true);
    expect(claim('level designer @ a two-person studio, shipped our first Switch port')).toBe(true);
    expect(claim('Volunteer treasurer for the cricket club; moved subs collection online')).toBe(true);
  });

  it('reads a past form that is also a noun ("led", "cut", "met") as the act before a determiner', () => {
    expect(claim('12-year veteran of regional logistics; led the switch to cross-docking.')).toBe(true);
    expect(claim('Logistics manager; led the switch to cross-docking.')).toBe(true);
    expect(claim('Night porter; cut the wait for a taxi in half.')).toBe(true);
    expect(claim('Shift lead; met every target that year.')).toBe(true);
    // Not before a determiner: a noun of the head's list, no act.
    expect(claim('Lighting engineer; LED retrofits')).toBe(false);
  });

  it('leaves titles, bodies, list items and happenings unclaimed', () => {
    expect(claim('Volunteer, United Way')).toBe(false);
    expect(claim('Platform Engineer, Fabrikam (2018–2021)')).toBe(false);
    expect(claim('Power BI, automated reporting')).toBe(false);
    expect(claim('Jira, Miro, distributed teams')).toBe(false);
    expect(claim('Data analyst at the council; moved to Leeds in 2021')).toBe(false);
    expect(claim('OKR 2: publish the pricing guide — 0.4, ran out of time')).toBe(false);
  });
});

describe('a switch told in the passive on a resume line', () => {
  it('reads "<work> moved/migrated to <target>" as the writer’s act', () => {
    expect(claim('Monthly invoicing runs migrated to Airflow 2')).toBe(true);
    expect(claim('Stock counts moved to handheld scanners')).toBe(true);
  });

  it('leaves others’ comings and goings unclaimed', () => {
    expect(claim('The team later moved to a new office.')).toBe(false);
    expect(claim('Priya moved to the platform team.')).toBe(false);
  });
});
