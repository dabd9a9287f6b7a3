// title-lines.ts (isFieldTitle, a trailing credential) and the colon break of claims.ts: a line opening with an "-ing" word that
// names a field and a post noun is a job title, no claim; a title, a colon and a past act is a claim
// (RUBRIC-NOTES "Titles").
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const claim = (text: string) => sentenceFacts(text, undefined).isClaim;

describe('titles that open with a field', () => {
  it('reads a field and a post as a title, with or without dates or an employer', () => {
    expect(claim('Nursing assistant on a stroke ward, 2018-2020')).toBe(false);
    expect(claim('Teaching fellow in Geography, Autumn 2021')).toBe(false);
    expect(claim('Marketing coordinator for a touring theatre company')).toBe(false);
    expect(claim('Tutoring volunteer at the city library')).toBe(false);
  });

  it('keeps a gerund that takes an object an act', () => {
    expect(claim('Teaching two Year 9 groups and a GCSE resit class')).toBe(true);
    expect(claim('Leading developer relations for the Nordic region')).toBe(true);
    expect(claim('Coaching new starters through their first month on the tills')).toBe(true);
  });

  it('reads a past act after a title and a colon as a claim', () => {
    expect(claim('Nursing assistant on the stroke ward: turned and fed patients on nights')).toBe(true);
    expect(claim('Stock controller at a builders merchant: rebuilt the reorder sheet')).toBe(true);
  });

  it('keeps a labelled line with no act after its colon unclaimed', () => {
    expect(claim('Skills: forklift, first aid, stock control')).toBe(false);
    expect(claim('Problem: the weekly returns report was always late')).toBe(false);
  });

  it('reads a skill then a credential word as a credential line, no claim', () => {
    expect(claim('Forklift licensed (reach and counterbalance)')).toBe(false);
    expect(claim('Manual handling trained, 2024')).toBe(false);
    expect(claim('Priya certified the new weighing scales')).toBe(true);
  });
});
