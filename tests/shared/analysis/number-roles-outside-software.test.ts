// Number roles in the language of work outside software (nursing, teaching, retail, logistics, public
// service). Every sentence here was written for these tests; none is a row of a labeled set.
import { describe, it, expect } from 'vitest';
import { findQuantities } from '#shared/analysis/rules/quantity/quantities';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import type { StorySection } from '#shared/analysis/domain-types';
import { tokenize } from './helpers';

const roles = (s: string, section?: StorySection) => {
  const f = sentenceFacts(s, section);
  return { metric: f.hasMetric, scale: f.hasScale };
};
const reached = (s: string) => findQuantities(s, tokenize(s)).quantities.some((q) => q.reached);

describe('the base a piece of work reached (quantity-subjects.ts)', () => {
  it('reads the agent of a passive take-up verb as metric and scale, past a determiner', () => {
    expect(roles('Rewrote the stock-count sheet, adopted by all six branch managers')).toEqual({
      metric: true,
      scale: true,
    });
    expect(roles('The checklist was later copied by the two other surgical wards.', 'result')).toEqual({
      metric: true,
      scale: true,
    });
    expect(roles('My intake form is now used by all 12 parish offices.', 'result')).toEqual({
      metric: true,
      scale: true,
    });
  });

  it('reads a base "now" served as reached, but not a load per unit of time', () => {
    expect(roles('The booking line now serves 14 surgeries.', 'result')).toEqual({ metric: true, scale: true });
    expect(roles('The booking line now serves about 3,000 callers a week.', 'result').metric).toBe(false);
  });

  it('leaves a bare "used by", another passive agent and a counted subject alone', () => {
    expect(roles('Maintained a rota tool used by 4 depots.').metric).toBe(false);
    expect(reached('The plan was signed by all five governors.')).toBe(false);
    expect(reached('Five of the last eight deliveries had been rolled back.')).toBe(false);
  });
});

describe('one size in a parenthesis after a noun (quantity-coordination.ts)', () => {
  it('reads a lone count, or one after a label and a comma, as the size of the noun before it', () => {
    expect(roles('Fleet controller — Harrow Freight (ambient, 85 trailers)')).toEqual({ metric: false, scale: true });
    expect(roles('Coordinated volunteers for the county food network (60+ pantries)')).toEqual({
      metric: false,
      scale: true,
    });
    expect(roles("Managed the school's catering budget (£410K) and the menu rota")).toEqual({
      metric: false,
      scale: true,
    });
    expect(roles('Ward clerk for the night team (9 nurses)')).toEqual({ metric: false, scale: true });
  });

  it('leaves a breakdown, a few of anything after another noun and a sum after no budget alone', () => {
    expect(roles('Wrote 4 grant bids (3 funded)').metric).toBe(true);
    expect(roles('Cut agency costs on the unit ($38K a year)').metric).toBe(true);
    const pilot = 'Ran a short pilot (two market stalls)';
    expect(findQuantities(pilot, tokenize(pilot)).quantities.some((q) => q.context)).toBe(false);
  });
});

describe('a ratio of a rota is a schedule (quantities.ts)', () => {
  it('sets aside "1-in-N rotation" written as one word or as words', () => {
    expect(roles('Out-of-hours cover for the housing repairs line (1-in-4 rotation)').metric).toBe(false);
    expect(roles('Took weekend calls on a 1 in 5 rota').metric).toBe(false);
  });

  it('keeps a hyphenated ratio of anything else as a share', () => {
    expect(roles('Brought mis-picks down to 1-in-400 order lines').metric).toBe(true);
  });
});

describe('"nobody missed" a thing already there counts no events (quiet-outcomes.ts)', () => {
  it('reads a definite object as a lack nobody felt: no metric, still an outcome', () => {
    const f = sentenceFacts('I dropped the weekly printout and nobody missed it.', 'result');
    expect([f.hasMetric, f.hasOutcome]).toEqual([false, true]);
  });

  it('keeps an indefinite object as a counted zero', () => {
    expect(sentenceFacts('Over the winter nobody missed a dose at handover.', 'result').hasMetric).toBe(true);
  });
});

describe('the only one person of a story (quantity-participants.ts)', () => {
  it('reads "only one" or "just one" person as someone of the story: neither metric nor scale', () => {
    expect(roles('The old bed board was a whiteboard only one porter could read.')).toEqual({
      metric: false,
      scale: false,
    });
    expect(roles('There was just one pharmacist on the late shift.', 'situation').scale).toBe(false);
  });

  it('keeps one person hired, and one line of a team listed, as they were', () => {
    expect(roles('Hired 1 pharmacist and 2 technicians for the new clinic').metric).toBe(true);
    const team = 'Led the outreach team: 1 nurse, 1 social worker and 1 driver';
    expect(findQuantities(team, tokenize(team)).quantities.some((q) => q.participants)).toBe(false);
  });
});

describe('a few items of traffic already named (scale.ts)', () => {
  it('reads "the two <volume noun>" as things of the story, not a size', () => {
    expect(roles('I began with the two invoices runs that failed most often.', 'action').scale).toBe(false);
    expect(roles('So I took the three orders queues nobody owned first.', 'action').scale).toBe(false);
  });

  it('keeps a few sites spread over, and a large named count, as sizes', () => {
    expect(roles('Rolled the new rota out across the 4 regions.').scale).toBe(true);
    expect(roles('Moved the 3,000 orders stuck in the old queue.').scale).toBe(true);
  });
});

describe('a window of past time (quantity-windows.ts)', () => {
  it('reads "the last/past N <unit>" after a window preposition as a period, no metric', () => {
    expect(roles('Did the stock count in the last two weeks of the quarter').metric).toBe(false);
    expect(roles('Refit the demand model on the past 18 months of deliveries.', 'action').metric).toBe(false);
    expect(roles('Over the last six months I kept the shelf plan up to date.').metric).toBe(false);
  });

  it('keeps the material gone through and the time the work took as metrics', () => {
    expect(roles('I read every incident log from the last three months.', 'action').metric).toBe(true);
    expect(roles('I went through the last 12 months of complaints by hand.', 'action').metric).toBe(true);
    expect(roles('Rebuilt the stock count in two weeks').metric).toBe(true);
    expect(roles('Over the last 6 months I cut agency spend by 20%.').metric).toBe(true);
  });
});

describe('people the writer precepted (quantity-record.ts)', () => {
  it('reads them as a count of the work: metric, not scale', () => {
    expect(roles('Precepted 7 newly qualified nurses on the stroke unit')).toEqual({ metric: true, scale: false });
  });
});

describe('a date shifted along the calendar (quantity-timeline.ts)', () => {
  it('reads the length a date or a plan moved by as a timeline, no metric', () => {
    expect(roles('The school trip moved by three weeks.', 'result').metric).toBe(false);
    expect(roles('We pushed the stock audit back by 10 days.', 'action').metric).toBe(false);
  });

  it('keeps time brought forward or cut as a metric', () => {
    expect(roles('Brought the payroll run forward by two days.', 'result').metric).toBe(true);
    expect(roles('Cut the wait for a home visit by 4 days.').metric).toBe(true);
  });
});

describe('schedules, age bands and first waves (quantity-shifts.ts, quantity-ages.ts, quantity-participants.ts)', () => {
  it('reads work shifts counted per period as a schedule: neither metric nor scale', () => {
    expect(roles('Planned the theatre lists across two shifts a day')).toEqual({ metric: false, scale: false });
    expect(roles('Covered 3 extra shifts a week over the winter').metric).toBe(true);
  });

  it('reads the numbers before "age band/group" as ages', () => {
    expect(roles('Ran the youth club for the 13–16 age group')).toEqual({ metric: false, scale: false });
    expect(roles('Signed up 300 members in the 18-24 age bracket').metric).toBe(true);
  });

  it('reads a group the change went to first as the first wave of a rollout', () => {
    expect(roles('We put the new shelf labels in 6 branches first.', 'action')).toEqual({
      metric: false,
      scale: false,
    });
    expect(roles('Opened 3 new branches in the north').metric).toBe(true);
  });
});

describe('others copying the work (quantity-subjects.ts)', () => {
  it('reads a counted subject that copied the work as a counted result', () => {
    expect(roles('Two other libraries copied the booking sheet.', 'result').metric).toBe(true);
  });

  it('leaves "a copy" as a noun alone', () => {
    const s = 'Three offices each kept their own copy of the form.';
    expect(findQuantities(s, tokenize(s)).quantities.some((q) => q.adopters)).toBe(false);
  });
});
