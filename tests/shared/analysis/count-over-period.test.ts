// Session 38, task "marks": a count of a result's events told with a count adverb over the period after the
// work ("the export has failed twice in the six months since", "since the rewire the breaker tripped just
// once"), a metric as "three times since March" is (rules/count-over-period.ts). In whole stories these were
// marked "outcome without a number" though the number is there.
//
// Every sentence below and in counts-over-period-own*.jsonl is our own writing, made up for this test: none is
// a row of a writer set, and none was gathered from public text. Both fixture files (12 sentences each, in
// nursing, farming, teaching, law, driving, trades, kitchens, support, HR, pharmacy, plumbing, midwifery,
// dairy, hotels, care homes, retail and software, some non-native, each with two variants, and 4 near misses:
// a conjunction "once", a cadence, "once" as "formerly", an idiom) were labeled before any rule; the aside file
// was run once at the end. Only the metric flag is the rule's: claim and outcome stay the other rules' work.
import { describe, expect, it } from 'vitest';
import { isCountOverPeriod } from '#shared/analysis/rules/figures/count-over-period';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { itReadsOwnRows, ownRows } from './own-rows';

describe('counts over a period, our own rows', () => {
  // cpa-028 ("rung twice at night since …"): a phrase between the count and its period, not read (the aside's one miss).
  itReadsOwnRows(ownRows('counts-over-period-own'), new Set(['cpa-028']), ['has_metric'], 20);
});

describe('isCountOverPeriod', () => {
  it.each([
    'It has caught the same mistake twice since.',
    'In the six months since, the close has failed twice, and both times the checks caught it.',
    'The irrigation pump has failed once in the two seasons since I rebuilt the intake.',
    'Since the rewire the breaker tripped just twice, both in the storm.',
    'The 7:10 was late one time in the months since the change.',
  ])('reads a count over a period: %s', (text) => expect(isCountOverPeriod(tokenize(text))).toBe(true));

  it.each([
    'Once the new pumps arrived, the nurses stopped double-charting.',
    'Since the inspection we check the fridge temperature twice a day.',
    'Since 2019 I once ran the ward alone.',
    'We once had a stockout in the winter.',
    'At once the drivers saw the point.',
    'Since the service the pump is twice as quiet.',
    'We fixed it once and for all in March.',
    'I checked it twice over.',
    'The boiler was serviced once in 2022 and then forgotten.',
    'In March the vet came out once.',
  ])('reads no count: %s', (text) => expect(isCountOverPeriod(tokenize(text))).toBe(false));
});
