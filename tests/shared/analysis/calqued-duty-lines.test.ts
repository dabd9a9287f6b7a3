// Resume duty lines told in a base form or an act noun, as non-native writers put them ("Participate the
// split …", "Solve the problem of …", "Look after a portfolio …", "Participation in the definition of …"),
// and the near misses that stay no claim: the same verbs as a task or a lesson under a STAR heading, an
// instruction, an event named after "Participation in". Lines written for this test (none is a labeled row).
import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import type { StorySection } from '#shared/analysis/domain-types';

const analyzer = createAnalyzer();
const claim = (line: string, section?: StorySection) =>
  analyzer.analyzeText(line, section ? { section } : undefined).sentences.some((s) => s.isClaim);

describe('calqued and base-form duty lines', () => {
  it('reads "participate" and "solve" opening a resume line as the writer’s act', () => {
    expect(claim('Participate the rollout of the new billing platform to three regions.')).toBe(true);
    expect(claim('Participate in the rollout of the new billing platform to three regions.')).toBe(true);
    expect(claim('Solve the slow checkout problem by caching the basket on the edge.')).toBe(true);
  });

  it('reads "look after" opening a resume line as a remit', () => {
    expect(claim('- Look after the stock system for the two warehouses')).toBe(true);
  });

  it('reads "Participation in" + what was worked on as an act noun', () => {
    expect(claim('Participation in the redesign of the returns process')).toBe(true);
  });

  it('leaves tasks, lessons, instructions and named events unclaimed', () => {
    expect(claim('Solve the checkout timeouts before the spring sale.', 'task')).toBe(false);
    expect(claim('Look after the store while the manager was away.', 'task')).toBe(false);
    expect(claim('Solve the real problem first, not the loudest one.', 'reflection')).toBe(false);
    expect(claim('Look at the logs before you restart anything.')).toBe(false);
    expect(claim('Participation in Hackney Half Marathon 2022')).toBe(false);
    expect(claim('Involvement in the ERP migration for the finance team')).toBe(false);
  });
});
