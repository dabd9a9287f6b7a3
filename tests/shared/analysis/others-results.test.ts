// Results told by what others did or were granted, with verbs outside the adoption lists: people the
// writer trained passing a qualification named by its acronym ("they've all passed their NVQ";
// phrase-outcomes.ts), admission won ("got the farm into the stewardship scheme"; ADMITTED_RULE) and
// others ending up using the work ("the other two teams ended up copying"; adoption-outcomes.ts).
// Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('others passing a qualification', () => {
  it('reads "passed their/his/her" and an acronym', () => {
    expect(outcome('Mentored the two trainees, both passed their CIPD level 5')).toBe(true);
    expect(outcome('Supervised Jo through her placement; she passed her NMC test of competence')).toBe(true);
    expect(outcome('Took on three apprentices and they all passed their ECS first go')).toBe(true);
  });

  it('leaves the writer’s own credential and a document handed on', () => {
    expect(outcome('Passed my CSCS in 2021')).toBe(false);
    expect(outcome('passed her CV to the hiring manager')).toBe(false);
    expect(outcome('He passed his PR on to the platform team')).toBe(false);
  });
});

describe('admission won', () => {
  it('reads "got" with "into"/"onto" and an admitting body', () => {
    expect(outcome('Got the bakery into the council’s business growth programme')).toBe(true);
    expect(outcome('Got three of our students onto the regional accelerator shortlist')).toBe(true);
  });

  it('leaves a place, a system and a habit', () => {
    expect(outcome('Got the kids into bed by eight')).toBe(false);
    expect(outcome('Got the sales data into the warehouse')).toBe(false);
    expect(outcome('Got into the habit of testing first')).toBe(false);
  });
});

describe('others ending up using the work', () => {
  it('reads "ended up" and a use verb after other people', () => {
    expect(outcome('Wrote a rota template that the other three teams ended up copying')).toBe(true);
    expect(outcome('Built a pricing sheet the sales team ended up using for every quote')).toBe(true);
  });

  it('leaves the writer ending up using something', () => {
    expect(outcome('We ended up using Redis for the queue')).toBe(false);
    expect(outcome('I ended up copying the old config by hand')).toBe(false);
  });
});

describe('approval told as "signed off"', () => {
  it('reads "signed off by" others and "was signed off"', () => {
    expect(outcome('Rebuilt the reserving model in Python; signed off by the actuarial committee')).toBe(true);
    expect(outcome('The new rota was signed off in March.')).toBe(true);
  });

  it('leaves the writer signing off and a line about the writer’s own sign-off', () => {
    expect(outcome('I signed off the supplier invoices each week.')).toBe(false);
    expect(outcome('Signed off by my assessor as competent in venepuncture')).toBe(false);
  });
});

describe('the work now taken up by others', () => {
  it('reads "now" and a participle whose agent is a group of people', () => {
    expect(outcome('Drafted the safeguarding checklist; now reviewed every term by the governors’ committee')).toBe(
      true,
    );
    expect(outcome('Built the stock dashboard, now maintained by the finance team')).toBe(true);
  });

  it('leaves a tool, a schedule runner and people joining', () => {
    expect(outcome('Rewrote the booking app, now backed by Postgres')).toBe(false);
    expect(outcome('Moved the export to a job now run by cron')).toBe(false);
    expect(outcome('Now joined by two new hires, the desk covers weekends')).toBe(false);
  });
});
