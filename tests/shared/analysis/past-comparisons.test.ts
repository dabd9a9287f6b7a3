// Results measured against a past period (time-saved-outcomes.ts, past-count-comparisons.ts) and the
// near-misses that name a choice, a setting or a change watched for (change-outcomes.ts). Sentences
// written for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

type Section = 'situation' | 'task' | 'action' | 'result' | 'reflection';
const flags = (text: string, section?: Section) => {
  const f = sentenceFacts(text, section);
  return { claim: f.isClaim, metric: f.hasMetric, outcome: f.hasOutcome };
};

describe('time saved against a past period', () => {
  it('reads a span before "earlier/sooner than" an earlier state as a metric and an outcome', () => {
    expect(flags('The rota went out to the crews three days earlier than last year.', 'result')).toEqual({
      claim: true,
      metric: true,
      outcome: true,
    });
    expect(flags('Month-end now closes a day sooner than before.', 'result')).toMatchObject({
      metric: true,
      outcome: true,
    });
    expect(flags('Audit packs reached the trustees a fortnight earlier than the year before.').outcome).toBe(
      false, // "fortnight" is no listed time unit: the span must be counted in one
    );
    expect(flags('We filed the returns two weeks earlier than the previous quarter.')).toMatchObject({
      metric: true,
      outcome: true,
    });
  });

  it('leaves an offset in time and a comparison with another event unread', () => {
    expect(flags('Two days earlier, the depot had run out of pallets.', 'result').outcome).toBe(false);
    expect(flags('We opened the shop a week earlier than the garden centre next door.', 'result').metric).toBe(false);
  });

  it('keeps the setup and a goal free of it', () => {
    expect(flags('The summer fair was held a week earlier than the year before.', 'situation')).toMatchObject({
      metric: false,
      outcome: false,
    });
    expect(flags('I wanted the reports out a week earlier than last year.', 'task').outcome).toBe(false);
  });
});

describe('a count set against the same count in a past period', () => {
  it('reads "N …, against M <past>" as a change', () => {
    expect(
      flags('The van fleet had four breakdowns over the winter, against eleven the winter before.', 'result').outcome,
    ).toBe(true);
    expect(
      flags('We saw no lost parcels in December — versus roughly 30 the previous December.', 'result').outcome,
    ).toBe(true);
  });

  it('needs the pause, a count on both sides and a past period', () => {
    expect(flags('I tested the three models against 2 baselines from last year.', 'action').outcome).toBe(false);
    expect(flags('Two councillors voted against the plan last year.').outcome).toBe(false);
    expect(flags('We scored 14 goals, against 9 for the other side.', 'result').outcome).toBe(false);
  });
});

describe('choices, settings and changes watched for are no outcome', () => {
  it('reads a comparative after a choice verb as the option chosen', () => {
    expect(flags('I chose the slower courier because they never lost a parcel.', 'action').outcome).toBe(false);
    expect(flags('We picked a cheaper supplier for the uniforms.', 'action').outcome).toBe(false);
    expect(flags('The new supplier made the uniforms cheaper.', 'result').outcome).toBe(true);
  });

  it("reads a raised or lowered size of a system's part, or a limit the clause is about, as a setting", () => {
    expect(flags('I lowered the batch size and reran the import.', 'action').outcome).toBe(false);
    expect(flags('We found a worker thread limit that an upgrade had lowered.', 'action').outcome).toBe(false);
    expect(flags('I rewrote the report query, which lowered the load time.', 'action').outcome).toBe(true);
    expect(flags('The offer raised the average basket size.', 'result').outcome).toBe(true);
  });

  it('reads "any" before a change noun as a change watched for', () => {
    expect(flags('I added a nightly check to flag any increase in failed logins.', 'action').outcome).toBe(false);
    expect(flags('The check led to an increase in reported near-misses.', 'result').outcome).toBe(true);
  });
});
