// Session 38, task "numbers": a count's role is decided by what it hangs on (issue 11). A count with no
// clause evidence of a measure (quantity-evidence.ts) that a context preposition, a present "has"/"is", a
// hyphen, an apposition or a present verb holds is no metric; the writer's own present verb ("I manage 14
// pickers", "we farm 300 hectares", "I am leading …", "Keep 60 vans on the road", "responsible for 9
// apprentices") holds it as a standing duty, another party's ("the helpline takes 2,000 calls") as a
// standing load. The near misses are metrics: counts delivered, a before → after, a past event.
//
// Every sentence below and in held-counts*.jsonl is our own writing, made up for this test: none is a row
// of a writer set, and none was gathered from public text. Both fixture files were labeled and committed
// before the rules they test: held-counts.jsonl (12 held counts with three one-step-off variants each, and
// four near misses with two variants each) was used while writing them; held-counts-aside.jsonl (the same
// mix, other sentences) was put aside and run once at the end (figures in the commit message).
import { describe, expect, it } from 'vitest';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { findQuantities } from '#shared/analysis/rules/quantity/quantities';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('held-counts');

/**
 * Rows still read wrong, kept visible rather than tuned away:
 * - hc-011, hc-011b, hc-011c "I work 12-hour shifts four nights a week …": a shift's length beside its
 *   schedule is read as one duration, a measure (quantity-shifts.ts reads "12-hour night shifts" alone).
 * - hc-013b "14 new pickers trained by me in the first quarter.": the reduced passive's "by me" makes the
 *   count the work's participants, so the past event gives no metric.
 * Aside, run once at the end (52/60 read right on both flags; main read 45/60, the tuning half 39/60 → 56/60):
 * - hc-105a "About 6,000 patients from three villages use the clinic.", hc-109c "12 ambulances are under my
 *   responsibility.", hc-112b "Around thirty thousand cars use the bridge every day.": the count is the
 *   subject of a present verb, not its object; no hold reads that side, so the count keeps its default metric.
 * - hc-109a "Managing 12 ambulances …", hc-109b "Fleet manager for twelve ambulances.": held, so no metric,
 *   but a dozen vehicles is no listed magnitude and under the large-count line: no scale.
 * - hc-103b "Training budget: £300,000 a year, which I manage.", hc-103c "Managing 300 thousand pounds of
 *   training budget.": money whose budget noun stands before a colon or after "of" is read as money moved.
 * - hc-111 "On call one weekend in four …": the bare "four" of a rota's ratio is read as a count, a metric.
 */
const KNOWN_MISSES = new Set<string>([
  'hc-011',
  'hc-011b',
  'hc-011c',
  'hc-013b',
  'hc-103b',
  'hc-103c',
  'hc-105a',
  'hc-109a',
  'hc-109b',
  'hc-109c',
  'hc-111',
  'hc-112b',
]);

describe('held counts (held-counts*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_metric', 'has_scale'], 60);
});

/** The hold the scan records on the first count of `text`. */
function held(text: string): string | undefined {
  const { quantities } = findQuantities(text, tokenize(text));
  return quantities.find((x) => x.kind === 'count' || x.kind === 'magnitude')?.held;
}

const ms = (text: string) => {
  const f = sentenceFacts(text);
  return `${f.hasMetric ? 'M' : '.'}${f.hasScale ? 'S' : '.'}`;
};

describe('a present verb holds a count as a duty or a standing load', () => {
  it.each([
    ['I am leading 14 pickers in the warehouse.', 'duty'],
    ['We farm 300 hectares and milk 180 cows.', 'duty'],
    ['Keep 60 delivery vans on the road.', 'duty'],
    ['My job is to inspect 25 care homes a year.', 'duty'],
    ['I am responsible of 9 apprentices in the joinery workshop.', 'duty'],
    ['The food bank I run feeds about 400 families every week.', 'standing'],
  ])('%s → %s', (text, hold) => {
    expect(held(text)).toBe(hold);
  });

  it('a past form, or one that is past and present alike, is no present verb', () => {
    expect(held('I managed 14 pickers in the warehouse.')).toBeUndefined();
    expect(held('We cut 40 old reports.')).toBeUndefined();
  });

  it("another party's present verb sizes the context only at hundreds", () => {
    expect(ms('The bridge carries around 30,000 cars a day.')).toBe('.S');
    expect(ms('The form asks for 12 fields.')).toBe('..');
  });
});

describe('one-step-off shapes of a measure and a size', () => {
  it('a phrasal verb\'s noun names the writer\'s work: "the rollout of 3 …" counts what was delivered', () => {
    expect(ms('Managed the rollout of 3 new payment methods.')).toBe('M.');
    expect(ms('Led the roll-out of four new clinic systems.')).toBe('M.');
    // A particle noun that names a thing, not the act.
    expect(ms('Joined a startup of 40 people.')).not.toMatch(/M/);
  });

  it('a currency sign inside the phrase keeps its preposition: "for £1.2m" sizes as "for $1.2M" does', () => {
    expect(ms('Budget holder for £1.2m across eight libraries.')).toBe('.S');
  });

  it('units of time counted per unit of time are a schedule, not a volume', () => {
    expect(ms('Teaching three evenings a week at the adult college.')).toBe('..');
  });

  it('a number hyphened to a unit of time holds no size: "on 60-day terms"', () => {
    expect(held('We paid our flour supplier on 60-day terms.')).toBeUndefined();
  });

  it('a past event whose subject is the count is a measure whatever its noun', () => {
    expect(ms('Before the winter, 12 leaking roofs were fixed by my crew.')).toBe('M.');
    expect(ms('In the first month 38,000 users activated their card.')).toMatch(/M/);
  });
});
