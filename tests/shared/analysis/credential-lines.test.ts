// A title or credential line names what the writer is, not an act (ERROR-KINDS-S17 kind 19; RUBRIC.md: job
// titles are no claims): "Certified forklift operator", "Interim manager of the research team (6 months)".
// The time held in the post is no metric. A credential verb with an object ("Certified 30 new drivers") is
// the writer's work.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('title and credential lines', () => {
  it.each([
    'Certified pharmacy technician',
    'Registered dietitian, outpatient oncology',
    'Licensed massage therapist (4 years)',
    'Chartered surveyor (RICS)',
    'Qualified plumber on a housing estate crew',
    'Deputy manager of the pharmacy (18 months)',
    'Interim head of facilities for eight months',
    'Assistant teacher, reception class (2 years)',
  ])('%s: no claim, no metric', (text) => {
    const facts = sentenceFacts(text);
    expect(facts.isClaim).toBe(false);
    expect(facts.hasMetric).toBe(false);
  });

  it.each([
    'Certified 25 new lift-truck drivers across two depots.',
    'Trained 8 pharmacy technicians on the new dispensing robot.',
    'Registered 300 patients for the flu clinic.',
    'Rebuilt the rota system (3 months).',
  ])('%s: a claim with a metric', (text) => {
    const facts = sentenceFacts(text);
    expect(facts.isClaim).toBe(true);
    expect(facts.hasMetric).toBe(true);
  });
});
