import { describe, expect, it } from 'vitest';
import { keyNumbers, rankKeyNumbers } from '#shared/sheet/key-numbers';

const texts = (s: string) => keyNumbers(s).map((n) => n.text);
const kinds = (s: string) => keyNumbers(s).map((n) => `${n.kind}:${n.text}`);

describe('keyNumbers', () => {
  it('finds percentages, money, multipliers, durations and counts with their unit', () => {
    expect(
      kinds('Recall rose 11 pp and CTR 4.2%, saving $3.1M a year, 3x faster, in 6 weeks, for 12 engineers.'),
    ).toEqual([
      'percent:11 pp',
      'percent:4.2%',
      'money:$3.1M',
      'multiplier:3x',
      'duration:6 weeks',
      'count:12 engineers',
    ]);
  });

  it('reads before → after changes as one number, in words or with an arrow', () => {
    expect(texts('p99 went from 310 ms to 95 ms.')).toEqual(['310 ms → 95 ms']);
    expect(texts('Losses fell from $420k to $260k per month.')).toEqual(['$420k → $260k']);
    expect(texts('Training time 9 hours → 3 hours.')).toEqual(['9 hours → 3 hours']);
    expect(texts('The team grew from 4 to 8 people.')).toEqual(['4 → 8']);
  });

  it('keeps scale suffixes and money words', () => {
    expect(texts('We served 200M users and 1.5B requests a day at 40k QPS, a 2 million dollars budget.')).toEqual([
      '200M users',
      '1.5B requests',
      '40k QPS',
      '2 million dollars',
    ]);
  });

  it('takes a second word only when the first is not a plural', () => {
    expect(texts('I interviewed 12 support agents; 3 teams migrated; 1,500 labelled tickets.')).toEqual([
      '12 support agents',
      '3 teams',
      '1,500 labelled tickets',
    ]);
  });

  it('ignores years, versions and names with digits', () => {
    expect(texts('In 2019 we moved to Python 3.11 on EC2 with H100 GPUs, v2.1 of the p99 dashboard, in Q3.')).toEqual(
      [],
    );
  });

  it('ignores a number followed only by a function word', () => {
    expect(texts('3 of us met, and 2 to 4 of them joined.')).toEqual([]);
  });

  it('recognises doubled/halved and "N times"', () => {
    expect(texts('Throughput doubled and cost halved; 5 times fewer pages.')).toEqual(['doubled', 'halved', '5 times']);
  });

  it('gives offsets into the text', () => {
    const text = 'Revenue grew 18% this year.';
    const [n] = keyNumbers(text);
    expect(text.slice(n.start, n.end)).toBe('18%');
  });
});

describe('rankKeyNumbers', () => {
  it('puts changes and money from the result before counts from the situation, without duplicates', () => {
    const ranked = rankKeyNumbers([
      { field: 'situation', weight: 0.5, text: 'We had 14 services and 40% duplication.' },
      { field: 'result', weight: 3, text: 'Costs fell from $90k to $50k; duplication 40% gone.' },
    ]).map((n) => n.text);
    expect(ranked).toEqual(['$90k → $50k', '40%', '14 services']);
  });
});
