// Session 27 (signals): an accepted cost told as what the chosen road cost, with "cost" and a subject that points
// back at the choice (choice-costs.ts). Read on the spent blind writers' tuning halves (odd ids); every sentence here
// was written for the test, in several voices, and none is a fixture row.
import { describe, it, expect } from 'vitest';
import { viewOf } from '#shared/analysis/signals/sentence-view';
import { choiceCost } from '#shared/analysis/signals/choice-costs';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';

const reads = (sentence: string) => choiceCost(viewOf(sentence)) !== undefined;

describe('what the chosen road cost (choice-costs.ts)', () => {
  it.each([
    'That cost us some recall on the rare classes, which we could live with.',
    'Kept one lane free for returns, which costs us a little throughput at peak.',
    'Batching the writes cost a couple of points of freshness on the dashboard.',
    'we froze the menu for the summer; this cost the kitchen two new dishes',
    'That cost about £2k in extra hosting, and I told finance before we started.',
    'Moving the cutover to Sunday night cost me a weekend.',
  ])('reads %s', (s) => expect(reads(s)).toBe(true));

  it.each([
    // A noun subject: the cost of a problem.
    'The outage cost us most of a day.',
    // A relative clause on a noun: a price.
    'Our search ran on GPUs that cost about $40k a month.',
    // "costs" as a noun after a noun in -ing.
    'Hosting costs fell 30% after the move.',
    // "it" is as often an incident's cost.
    'It cost us two customers.',
    // Repair work: effort, not a road chosen.
    'Debugging the importer cost us a week.',
    // A preposition in -ing, not a gerund subject.
    'During the sale the retries cost us throughput.',
    // "cost" as a noun.
    'That cost was the main reason we left the vendor.',
    // "which" with no comma: a relative clause on a noun.
    'We replaced the licence which cost us a fortune.',
  ])('leaves %s', (s) => expect(reads(s)).toBe(false));

  it('gives the sentence the trade-off signal', () => {
    expect(
      sentenceSignals('Kept one lane free for returns, which costs us a little throughput.').has('trade-off'),
    ).toBe(true);
    expect(sentenceSignals('The outage cost us most of a day.').has('trade-off')).toBe(false);
  });
});
