// A service told as restored with no verb of change (service-restored.ts): "was healthy again", "was
// back up within 20 minutes", "was back about 15 minutes later". Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a service restored', () => {
  it('reads a copula, a running or good state and "again"', () => {
    expect(outcome('Card payments were working again by 10:15.')).toBe(true);
    expect(outcome('The booking site was stable again after the cache fix.')).toBe(true);
  });

  it('reads "back up", "back online" and "back" timed after a copula', () => {
    expect(outcome('After the failover the portal was back online within 12 minutes.')).toBe(true);
    expect(outcome('I reverted the config and the tills were back about 5 minutes later.')).toBe(true);
  });

  it('leaves the writer, people, a trouble and a status back again', () => {
    expect(outcome('I was back at work after two weeks.')).toBe(false);
    expect(outcome('The customer was back after 3 days.')).toBe(false);
    expect(outcome('The leak was back after a week.')).toBe(false);
    expect(outcome('Errors were up again after the deploy.')).toBe(false);
    expect(outcome('The project was green again by the steering meeting.')).toBe(false);
  });
});
