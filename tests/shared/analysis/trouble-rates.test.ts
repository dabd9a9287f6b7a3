// Session 40, task "numbers": a value of the problem before the work, or of the result after it, told as a
// trouble over a period — a cadence of a thing going wrong ("the billing job failed about twice a week", "About
// once a week the dashboard was wrong"), a count of troubles bounded by a period ("four outages in one quarter",
// "losing about 30 deliveries a week", "missed four deliveries in a row") or a share of a whole a trouble befell
// ("four of our twelve tractors broke down") — is a metric (RUBRIC-NOTES "Before values in context"); a schedule
// of planned work with the same shape is not ("the board met twice a year", "we reviewed the outages once a
// month"). Read by rules/trouble-clauses.ts, rules/count-over-period.ts and rules/quantity-trouble-counts.ts.
//
// Every sentence below and in trouble-rates-own*.jsonl is our own writing, made up for this test: none is a row
// of a writer set, and none was gathered from public text. Both fixture files (software, nursing, farming,
// teaching, hotels, trades, care homes, logistics, buses, law, retail, payroll, dairy, labs, hospitals,
// warehouses, call centres, restaurants, haulage, housing; some non-native), each base sentence with three
// variants and four near misses per half with their variants, were labeled before any rule was written; the
// aside file was run once at the end. Only the metric and scale flags are the rules' own.
import { describe, expect, it } from 'vitest';
import { isCountOverPeriod } from '#shared/analysis/rules/figures/count-over-period';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { itReadsOwnRows, ownRows } from './own-rows';

// The rungs the rules refuse, each for a reason kept in its row's note:
//   tr-004, tr-010 "… would break down": "would" reads the line as hypothetical (line-voice veto), before any number rule;
//   tr-056 "The team blew 3 filing deadlines …": "blow" is an idiom of trouble the lexicon leaves out (it has too many senses).
// The aside, run once at the end (metric 2/0/50 before the rules, 48/0/4 after; scale 0/5/0 → 0/1/0), misses:
//   tra-005, tra-006 "… the payroll run paid someone twice": a duplicate act, with no word of trouble in it;
//   tra-012 "The robot stopped working twice every week": "stopped working" is no trouble verb or state yet;
//   tra-064 "… complained after two floods in one winter": "flood" is no trouble noun in the lexicon;
//   tra-069 "The contract allows two late buses a week": the metric is refused, but the count is still read as scale.
const KNOWN_MISSES = new Set(['tr-004', 'tr-010', 'tr-056', 'tra-005', 'tra-006', 'tra-012', 'tra-064', 'tra-069']);

describe('troubles over a period, our own rows', () => {
  itReadsOwnRows(ownRows('trouble-rates-own'), KNOWN_MISSES, ['has_metric', 'has_scale'], 30);
});

// Troubles found at a check, or told as the state of the things counted ("we found 70 stale accounts", "60
// timesheets were missing", "14 drugs had expired"): a finding is a before value with no period (RUBRIC-NOTES:
// "we found 70 stale flags"). trouble-findings-own*.jsonl, written with the rows above; before the rules the
// tuning half read metric 2/0/22 and the aside 3/0/21; after, 22/0/2 and 16/0/8 (the aside run once at the end).
// Refused or missed, with the reason:
//   tf-016 "We find 9 supplier records double …": "double" after the noun (non-native) is no trouble state;
//   tf-024 "Inspection: 5 faulty brake lines.": a verbless count of troubles with no period and no finding verb;
//   tfa-005…008 "… records with the wrong date of birth": the trouble told in a "with" phrase after the count;
//   tfa-021…024 "… 17 lame cows …": "lame" is no trouble state in the lexicon;
//   tf-025, tf-027, tfa-025, tfa-026, tfa-028: no metric as labeled; the count is still read as scale (not these rules').
const FINDING_MISSES = new Set([
  'tf-016',
  'tf-024',
  'tf-025',
  'tf-027',
  'tfa-005',
  'tfa-006',
  'tfa-007',
  'tfa-008',
  'tfa-021',
  'tfa-022',
  'tfa-023',
  'tfa-024',
  'tfa-025',
  'tfa-026',
  'tfa-028',
]);

describe('troubles found, our own rows', () => {
  itReadsOwnRows(ownRows('trouble-findings-own'), FINDING_MISSES, ['has_metric', 'has_scale'], 20);
});

describe('isCountOverPeriod with a cadence', () => {
  it.each([
    'The sluice gate jammed about twice a week.',
    'About once a week, the label printer was wrong.',
    'Once a fortnight or so the night bus ran late.',
    'The freezer alarm tripped twice weekly.',
    'Our school website was not working once a week.',
  ])('reads a trouble told with a cadence: %s', (text) => expect(isCountOverPeriod(tokenize(text))).toBe(true));

  // The wrong direction: a cadence of planned work, a condition, an allowance, a trouble handled by a planned act.
  it.each([
    'Since the inspection we check the fridge temperature twice a day.',
    'The board met about twice a year.',
    'We reviewed the outages about once a month.',
    'If the job fails twice a week, we page the lead.',
    'The contract allows the pump to fail once a season.',
    'The charge nurse audited falls once a month.',
    'We went on two school trips a term.',
    'Once a week the drivers checked the vans for leaks.',
  ])('refuses a schedule, a condition or a limit: %s', (text) => expect(isCountOverPeriod(tokenize(text))).toBe(false));
});
