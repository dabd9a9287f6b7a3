import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const claim = (line: string) => sentenceFacts(line).isClaim;

describe('title lines with a remit (title-remits.ts)', () => {
  it('makes a title with a sized remit a claim', () => {
    expect(claim('Account manager for 60+ small-business clients')).toBe(true);
    expect(claim('Night supervisor over a warehouse crew of 22')).toBe(true);
    expect(claim('Dispatch supervisor managing a fleet of 70 drivers')).toBe(true);
    expect(claim('Charge nurse for a 28-bed cardiac step-down unit')).toBe(true);
  });

  it('reads the counts a title lists in parentheses as sizes of the post, no remit (RUBRIC-NOTES, session 31)', () => {
    const facts = sentenceFacts('Support manager, EMEA (14 agents, 2 team leads)');
    expect([facts.isClaim, facts.hasMetric, facts.hasScale]).toEqual([false, false, true]);
    expect(claim('Kitchen head, Riverside site (9 cooks, 3 porters)')).toBe(false);
    expect(claim('Software engineer, Acme Corp (5,000 employees, 12 countries)')).toBe(false);
    expect(claim('Data analyst at a bank (30 analysts, 4 managers)')).toBe(false);
  });

  it('leaves a title with its employer, course or an unsized remit alone', () => {
    expect(claim('Software engineer for a 40-person fintech startup')).toBe(false);
    expect(claim('Analyst for a regional bank with 200 branches')).toBe(false);
    expect(claim('Data engineer for a logistics company with 3,000 trucks')).toBe(false);
    expect(claim('Product manager for the mobile app')).toBe(false);
  });

  it('reads only resume lines, not a story sentence', () => {
    expect(sentenceFacts('Account manager for 60 small-business clients', 'situation').isClaim).toBe(false);
  });
});

describe('a title, a separator, then the act (claims.ts)', () => {
  it("reads the clause after the separator as the writer's act", () => {
    expect(claim('Event planner — organized conferences of up to 800 attendees')).toBe(true);
    expect(claim('Volunteer coordinator: recruited 50 weekend helpers')).toBe(true);
  });

  it('leaves a stative participle, a passive and a list label alone', () => {
    expect(claim('Skills: Python, SQL, Tableau')).toBe(false);
    expect(claim('Release manager — appointed by the board')).toBe(false);
  });
});
