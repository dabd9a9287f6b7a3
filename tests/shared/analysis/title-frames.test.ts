// Title lines read in their wider frames (ERROR-KINDS-S28-FRESH20, recurring class 4): a post and its one
// unit with a hyphenated size ("a 40-hectare park"), a title with the crew, caseload or team it runs after
// a separator, and the time held in a post after a title's separator ("3,900 hours", "6 yrs"). Each with
// the near miss that must keep its reading. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const facts = (text: string) => sentenceFacts(text);
const claim = (text: string) => facts(text).isClaim;

describe('a post and the one unit it belongs to, sized by a hyphenated modifier', () => {
  it('is a title whatever the post noun, behind a bullet or in lower case', () => {
    for (const line of [
      '• Landscape architect on a 40-hectare country park',
      'site engineer for a 12-storey office block, 2019–2021',
      'Project architect for a 30-bed hospice extension',
    ]) {
      expect(claim(line), line).toBe(false);
    }
    expect(facts('• Landscape architect on a 40-hectare country park').hasMetric).toBe(false);
  });

  it('stays a claim with an act after it, or with the many things it served', () => {
    expect(claim('Landscape architect on a 40-hectare country park; cut the planting budget by 15%')).toBe(true);
    expect(claim('Project architect for 96 affordable homes across three sites')).toBe(true);
  });
});

describe('a title, then the crew, caseload or team it runs', () => {
  it('is a title with its remit: a claim, the group its scale', () => {
    for (const line of [
      '- Station officer, crew of 9, one appliance',
      'shift manager | team of 14 | night shift',
      'Support worker — caseload of 12 adults',
      'Kitchen supervisor - brigade of 7',
    ]) {
      const f = facts(line);
      expect(f.isClaim, line).toBe(true);
      expect(f.hasScale, line).toBe(true);
      expect(f.hasMetric, line).toBe(false);
    }
  });

  it('leaves a title with its employer, its workplace or its years no claim', () => {
    expect(claim('Operations manager, Brindle Foods (4,000 employees)')).toBe(false);
    expect(claim('Practice manager — 4 consulting rooms, 9 clinicians')).toBe(false);
    expect(claim('Station officer, 2 years, one appliance')).toBe(false);
  });

  it('does not read a clause before the group as a title', () => {
    expect(claim('The old manager, team of 6, had left')).toBe(false);
  });
});

describe('the time held in a post after a title', () => {
  it("is tenure or the post's schedule: no metric, no claim", () => {
    for (const line of [
      'First officer, A321 fleet, 5,200 hours total time',
      'Pharmacist, 6 yrs in community pharmacy',
      'Paramedic | 11 years frontline, 3 as team leader',
      'Night nurse, 3 nights/week at St Anne’s',
    ]) {
      const f = facts(line);
      expect(f.isClaim, line).toBe(false);
      expect(f.hasMetric, line).toBe(false);
    }
  });

  it('keeps a time the work took, or a result after the title, a measured claim', () => {
    for (const line of [
      'Store manager — cut stock loss in 6 weeks',
      'Pharmacist, 6 yrs, cut dispensing errors by 40%',
      'Staff engineer; cut infra cost 38%',
    ]) {
      const f = facts(line);
      expect(f.isClaim, line).toBe(true);
      expect(f.hasMetric, line).toBe(true);
    }
  });
});
