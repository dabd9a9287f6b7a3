// Session 22 (signals): signal recall read from clause shapes (open-questions.ts and the modules named
// below). Sentences written for the test, in several voices; none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('session 22: ambiguity told as an open question and the writer working around it', () => {
  it.each([
    'The registrar could not tell us whether night shifts would count towards the audit.',
    'nobody at the warehouse could say which pallets were the urgent ones, so I sorted by ship date',
    'The client did not say how many languages the site needed at launch.',
    'Procurement couldnt confirm if the new contract covered weekends, so we kept both rotas ready.',
    'The release had no firm date, so I built the campaign to start whichever week it landed.',
    'Our two regions could not agree on which returns counted as faulty.',
    'The exam dates were still undecided when I wrote the revision plan.',
    'He never answered, so I wrote the policy against the stricter reading.',
    'I planned the rota for both outcomes of the consultation.',
    'We sized the first order against the pessimistic forecast.',
    'I kept the old tariff live until the regulator gave us a decision.',
  ])('%s', (s) => expect(shows(s, 'ambiguity')).toBe(true));

  it.each([
    'I could not tell whether the spike was real until I checked the raw logs.',
    "You couldn't tell which version of the file was newest.",
    'The customer never replied, so I closed the ticket.',
    'The ticket was still open on Friday.',
    'I ran the new model against the current version for two weeks.',
    'We tested the build against the old API before the switch.',
    'I asked the office when the laptops would arrive.',
  ])('not: %s', (s) => expect(shows(s, 'ambiguity')).toBe(false));
});
