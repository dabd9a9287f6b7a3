// Money labeled as the size of a business or a contract (RUBRIC.md: money that sizes the context is
// scale; money saved or earned is a metric). Sentences written for this file; each shape has the near
// misses where a verb raised or won the sum.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const flags = (text: string) => {
  const f = sentenceFacts(text);
  return { metric: f.hasMetric, scale: f.hasScale };
};

describe('a turnover or revenue label in a parenthesis', () => {
  it('sizes the business: scale, not a metric', () => {
    expect(flags('Ran month-end close for Brookfield Dairies (turnover £48m)')).toEqual({ metric: false, scale: true });
    expect(flags('Kept the books for Orrin Tools (annual revenue c. $30M)')).toEqual({ metric: false, scale: true });
  });

  it('leaves a turnover a verb raised as a measure', () => {
    expect(flags('Took the café to £600k turnover').metric).toBe(true);
    expect(flags('Lifted turnover £250k in a year').metric).toBe(true);
    expect(flags('Opened the second shop, turnover £400k in year one').metric).toBe(true);
  });
});

describe('a contract value after a comma', () => {
  it('sizes the contract: scale, not a metric', () => {
    expect(flags('Ran the cleaning tenders for the trust, total contract value ~£6m')).toEqual({
      metric: false,
      scale: true,
    });
  });

  it('leaves a value the writer won, and a deal value, as a measure', () => {
    expect(flags('Won the catering framework, total contract value £6m').metric).toBe(true);
    expect(flags('Closed 9 deals (total value £1.5m)').metric).toBe(true);
  });
});

describe('a turnover joined to the size of the same unit', () => {
  it('sizes the unit too', () => {
    expect(flags('Managed a branch of 30 staff and £4.1M turnover')).toEqual({ metric: false, scale: true });
  });

  it('leaves a turnover beside a size the writer grew as a measure', () => {
    expect(flags('Grew a team of 4 and £2M turnover').metric).toBe(true);
  });
});
