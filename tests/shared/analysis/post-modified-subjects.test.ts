// A change verb whose subject carries a post-modifier (change-subjects.ts, measure-move-outcomes.ts):
// "the waste of plants went down", "complaints about cleanliness went down", "the accuracy of the
// forecasts improved", and change verbs read by lemma ("membership has risen by 600").
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { postModifiedSubjectHeads } from '#shared/analysis/rules/outcomes/change-subjects';
import { tokenize } from '#shared/analysis/rules/language/tokenize';

const outcome = (text: string, section: 'action' | 'result' | 'situation' | undefined = undefined) =>
  sentenceFacts(text, section).hasOutcome;

function heads(text: string, verb: string): string[] {
  const tokens = tokenize(text);
  const words = tokens.filter((t) => t.kind !== 'symbol');
  return postModifiedSubjectHeads(
    tokens,
    words,
    words.findIndex((w) => w.lower === verb),
  ).map((h) => h.lower);
}

describe('the subject of a change verb read through its post-modifiers', () => {
  it('finds the head before the first preposition, and the noun after "of" a quantity word', () => {
    expect(heads('The waste of bread went down a lot.', 'went')).toEqual(['waste']);
    expect(heads('The number of complaints about parking went down.', 'went')).toEqual(['number', 'complaints']);
    expect(heads('Complaints went down.', 'went')).toEqual([]);
    expect(heads('We wanted the cost of returns to come down.', 'come')).toEqual([]);
  });

  it('reads a measure or a trouble gone down behind a prepositional phrase, with I, we, they or no subject around it', () => {
    expect(outcome('After my rota change the waste of bread went down a lot.')).toBe(true);
    expect(outcome('I moved the bins, and the complaints about smells went down very much.')).toBe(true);
    expect(outcome('They reorganised the shifts and the cost of overtime went down.')).toBe(true);
    expect(outcome('waste in the bakery went down')).toBe(true);
    expect(outcome('- complaints about parking went down after the new signs', undefined)).toBe(true);
    expect(outcome('Result: the number of complaints about parking went down.')).toBe(true);
    expect(outcome('The accuracy of the stock forecasts improved.', 'result')).toBe(true);
  });

  it('reads an intransitive change at the end of a line and a change verb in any inflection', () => {
    expect(outcome('Latency improved.', 'result')).toBe(true);
    expect(outcome('Since I opened the Sunday session, club membership has risen by 400.')).toBe(true);
    expect(outcome('The cost of spoilage has fallen.', 'result')).toBe(true);
  });

  it('leaves a goal, a question, an outage, a measure wanted up going down, and a writer who improved', () => {
    expect(outcome('We wanted the cost of returns to come down.', 'action')).toBe(false);
    expect(outcome('Our goal was to bring complaints about parking down.', 'action')).toBe(false);
    expect(outcome('Has the cost of returns come down?')).toBe(false);
    expect(outcome('The booking site for the clinic went down for an hour.')).toBe(false);
    expect(outcome('Attendance at the Saturday club went down.')).toBe(false);
    expect(outcome('We improved.')).toBe(false);
    expect(outcome('Investigated the latency drop on the search page.', 'action')).toBe(false);
    expect(outcome('With costs rising every month, we had to act.', 'situation')).toBe(false);
  });
});
