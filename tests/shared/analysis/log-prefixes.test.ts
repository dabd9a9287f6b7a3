// Numbers of a log's or a schedule's frame, no metric and no scale (RUBRIC.md: a year or a date is no
// metric; RUBRIC-NOTES "Effort spans": a schedule or a period is not): the period a log line is about
// ("wk 13 –", "Month 3:"), a clock time or range ("11:30–13:00"), the slots of a standing schedule
// ("two mornings a week") and a date written in figures ("2024-03-14", "14/03"). Sentences written for
// this test; each shape has its near miss that keeps its number.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '#shared/analysis/index';
import { findQuantities } from '#shared/analysis/rules/quantity/quantities';
import { tokenize } from './helpers';

const quantities = (s: string) => findQuantities(s, tokenize(s)).quantities.map((q) => q.text);
const first = (s: string, section?: 'action') => analyzeText(s, section ? { section } : undefined).sentences[0];

describe('a numbered period opening a log line', () => {
  it('reads "wk 13", "Month 3", "in yr 2" as the period a line is about', () => {
    expect(quantities('wk 13 – on-call, quiet week')).toEqual([]);
    expect(quantities('Month 3: moved the payroll jobs to the new cluster')).toEqual([]);
    expect(quantities('in yr 2 we moved the payroll jobs')).toEqual([]);
    expect(quantities('Weekend 2 - re-ran the failed loads')).toEqual([]);
    expect(first('wk 13 – on-call, quiet week')).toMatchObject({ isClaim: false, hasMetric: false });
    // Behind a bullet, in bold, upper or lower case: the same label.
    for (const line of [
      '- wk 14: paired with Ana on the ingress rewrite',
      '**Wk 14** — paired with Ana on the rewrite',
    ])
      expect(first(line)).toMatchObject({ isClaim: true, hasMetric: false, hasScale: false });
  });

  it('keeps a figure after the label, a length and a count after a quantifier', () => {
    expect(first('Cut p95 from 13 to 9 ms in wk 13')).toMatchObject({ isClaim: true, hasMetric: true });
    expect(quantities('wk 12 – we migrated 40 tenants')).toEqual(['40 tenants']);
    expect(quantities('Every month 40 new stores opened')).toEqual(['40 new stores']);
    expect(quantities('cut the build from 2 hr 30 to 40 min').length).toBeGreaterThan(0);
    expect(quantities('took 13 weeks end to end')).toEqual(['13 weeks']);
  });
});

describe('a clock time or range', () => {
  it('reads the minutes of "11:30", "9:15" and "11:30–13:00" as part of the time', () => {
    expect(quantities('Blocked 11:30–13:00 for deep work')).toEqual([]);
    expect(quantities('we ran the standup at 9:15 instead')).toEqual([]);
    expect(first('We changed the cleaning rota so the lift is free between 11:30 and 13:00.', 'action')).toMatchObject({
      isClaim: true,
      hasMetric: false,
    });
  });

  it('keeps the figures beside the time', () => {
    expect(quantities('At 9:15 we cut the queue from 400 to 20 jobs')).toContain('20 jobs');
    expect(first('At 9:15 we cut the queue from 400 to 20 jobs')).toMatchObject({ isClaim: true, hasMetric: true });
  });
});

describe('the slots of a standing schedule', () => {
  it('reads "two mornings a week", "four evenings per week" as a schedule', () => {
    expect(first('I set up a phone clinic two mornings a week and took most calls myself.', 'action')).toMatchObject({
      isClaim: true,
      hasMetric: false,
      hasScale: false,
    });
    expect(quantities('They ran the homework club four evenings per week')).toEqual([]);
    expect(quantities('on call one weekend a month for the depot')).toEqual([]);
    // The people served keep their count.
    expect(quantities('we held office hours two afternoons a week for 30 analysts')).toEqual(['30 analysts']);
  });

  it('keeps time spent or saved and a change of schedule', () => {
    expect(quantities('spent two evenings a week on the migration')).toEqual(['two evenings']);
    expect(quantities('freed up two afternoons a week for the team')).toEqual(['two afternoons']);
    expect(first('Cut on-call from 3 nights a week to 1')).toMatchObject({ hasMetric: true });
    // "day" is a length too: time saved in days stays a metric.
    expect(first('Automated the report, saving the team roughly two days a month')).toMatchObject({ hasMetric: true });
  });
});

describe('a date written in figures', () => {
  it('reads an ISO date, a day and a month, a month and a year as a date', () => {
    expect(quantities('2024-03-14 09:12 restarted the ingest pods')).toEqual([]);
    expect(quantities('14/03: on call, quiet week')).toEqual([]);
    expect(quantities('03/2024 – moved the export to the new bucket')).toEqual([]);
    expect(first('[2024-03-14] restarted the ingest pods')).toMatchObject({ hasMetric: false });
    expect(first('Team lead, Billing — 2019-01 → 2023-06')).toMatchObject({ isClaim: false, hasMetric: false });
  });

  it('keeps a ratio, a range and the counts after the date', () => {
    expect(quantities('Fixed 3/14 failing tests')).toContain('14 failing tests');
    expect(first('Cut lead time from 3-5 days to 1')).toMatchObject({ hasMetric: true });
    expect(quantities('2024-03: we moved 12 services')).toEqual(['12 services']);
  });
});
