// claims.ts firstPersonActs: a remit the team holds told in the present under a Situation heading, and a
// remit held told with how long ("for six years"), are the setting, no claim (RUBRIC-NOTES "Headerless
// stories", "Role lines and findings"). Acts told beside them stay claims. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const claim = (text: string, section?: 'situation' | 'action') => sentenceFacts(text, section).isClaim;

describe('a remit the team holds now, under a Situation heading', () => {
  it('reads "we run/manage/support …" in the present as the setting', () => {
    expect(claim('We run the ticketing system for a chain of 60 cinemas.', 'situation')).toBe(false);
    expect(claim('We manage payroll for about 900 care workers across the county.', 'situation')).toBe(false);
  });

  it('keeps a one-off act and the same words in an Action a claim', () => {
    expect(claim('We rebuilt the ticketing system for a chain of 60 cinemas.', 'situation')).toBe(true);
    expect(claim('We run the stock check every Friday now.', 'action')).toBe(true);
  });
});

describe('a remit held, told with how long', () => {
  it('reads a perfect remit verb with a span of years or months as tenure', () => {
    expect(claim('I have taught chemistry at a sixth-form college for nine years.')).toBe(false);
    expect(claim('We had been running the night depot for about a year.')).toBe(false);
    expect(claim('I have managed the bakery counter there for over two years.')).toBe(false);
  });

  it('keeps a remit with an act after the span, or no span, a claim', () => {
    expect(claim('I have managed the shop for two years and cut waste by a third.')).toBe(true);
    expect(claim('I have taught 40 volunteers to use the new till.')).toBe(true);
    expect(claim('I have built the booking app for three clinics.')).toBe(true);
  });
});
