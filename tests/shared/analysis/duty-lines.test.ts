// Verbless resume lines that state a duty or a system with its load, and the lines that stay no claim.
// Lines written for this test (none is a row of a labeled set).
import { describe, it, expect } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';

const analyzer = createAnalyzer();
const claim = (line: string) => analyzer.analyzeText(line).sentences.some((s) => s.isClaim);

describe('verbless duty and load lines', () => {
  it('reads a duty noun before its remit as a claim', () => {
    expect(claim('On-call for the stock-sync service')).toBe(true);
    expect(claim('Night cover for the children’s ward')).toBe(true);
    expect(claim('Point of contact for the regional distributors')).toBe(true);
    expect(claim('Liaison between the kitchen and the events team')).toBe(true);
  });

  it('reads a system with a figure per unit of time, or a counted remit, as a claim', () => {
    expect(claim('Webhook relay for the billing events, ~8k calls/min')).toBe(true);
    expect(claim('Nightly export into the warehouse, ~500 GB/day')).toBe(true);
    expect(claim('Escalation point for 60 shift supervisors')).toBe(true);
  });

  it('leaves titles, company lines, labelled lists, headings and terms unclaimed', () => {
    expect(claim('Platform Engineer, Fabrikam (2018–2021)')).toBe(false);
    expect(claim('Brightline Foods, a 150-store grocery chain')).toBe(false);
    expect(claim('Seed-stage marketplace, ~200k orders a month')).toBe(false);
    expect(claim('Skills: triage, wound care, IV therapy')).toBe(false);
    expect(claim('Escalations engineer for a 25-person startup')).toBe(false);
    expect(claim('Ward nurse on a 24-bed medical unit')).toBe(false);
    expect(claim('Customer support')).toBe(false);
  });

  it('reads such a line as a claim only on a resume, not under a STAR heading', () => {
    expect(
      analyzer.analyzeText('On-call for the stock-sync service', { section: 'situation' }).sentences[0].isClaim,
    ).toBe(false);
  });
});
