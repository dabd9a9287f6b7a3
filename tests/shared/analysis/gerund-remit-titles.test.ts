// A bare title, a separator, then a lower-case "-ing" verb acting on something says what the post does:
// a title with its remit, a claim (RUBRIC-NOTES "Titles"). A gerund that names a field or a place, a
// capitalized team name and a line about the writer stay a title, no claim.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('titles with an "-ing" remit', () => {
  it.each([
    'Pharmacy technician, dispensing for 14 nursing homes',
    'Teaching assistant, supporting two pupils with EHC plans',
    'Warehouse lead - picking and packing for an online florist',
    'Night porter, covering the front desk at a 60-room hotel',
  ])('%s: a claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(true);
  });

  it.each([
    'Care assistant, nursing home in Harrogate',
    'Software engineer, Building Products team',
    'Software engineer, trading systems',
    'Data analyst, learning Rust in my spare time',
    'Staff nurse, looking for a band 6 post',
  ])('%s: a title, no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });
});
