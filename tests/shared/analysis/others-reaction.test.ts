// Others' reaction to the writer's work as its result (others-reaction-outcomes.ts, clause-actors.ts,
// mentee-outcomes.ts): a party — people, a team, a post, the press, a board — took the work up, took it
// over or agreed to it, told actively or as a participle clause after the writer's act; and the people
// the writer developed or led reaching a post or a permanent place. Near misses: a request, a plan, a
// condition, a post or shift handed over, a parcel collected, a tool named as the agent, time taken up.
// Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a participle clause of uptake or agreement with a party as agent', () => {
  it('reads "picked up by", "taken up by", "endorsed by" and "agreed with" after the writer’s act', () => {
    expect(outcome('Rewrote the intake guide, later picked up by the regional press.')).toBe(true);
    expect(outcome('Ran the tenants survey, picked up by the Echo a week later')).toBe(true);
    expect(outcome('Built the cost model, taken up by the other trusts in the region.')).toBe(true);
    expect(outcome('Drafted the new handover sheet, endorsed by the medical director.')).toBe(true);
    expect(outcome('Set up the falls checklist, agreed with the ward sisters.')).toBe(true);
  });

  it('leaves a parcel collected, a tool as agent, a source and an agreement that frames a plan', () => {
    expect(outcome('The parcels were picked up by the courier at noon.')).toBe(false);
    expect(outcome('Ran the pilot, backed by Postgres and Redis.')).toBe(false);
    expect(outcome('Wrote the style guide, taken from the old wiki.')).toBe(false);
    expect(outcome('The plan, as agreed with the client, was to ship in May.')).toBe(false);
    expect(outcome('Picked up 40 tickets from the backlog in my first week.')).toBe(false);
  });
});

describe('a party taking the work up or agreeing, told actively', () => {
  it('reads a post or an outside body as the subject', () => {
    expect(outcome('The governors signed off the new boiler after I showed them the figures.')).toBe(true);
    expect(outcome('The consultant agreed to try it on one ward.')).toBe(true);
    expect(outcome('The warehouse team took over the dashboard in May.')).toBe(true);
    expect(outcome('In the end the shift leads switched over and the paper log went away.')).toBe(true);
    expect(outcome('The other two trusts took it up after a term.')).toBe(true);
  });

  it('reads agreement after a doubt, its party subject left out', () => {
    expect(outcome('The consultant was sceptical at first, but agreed to run it for a month.')).toBe(true);
    expect(outcome('The team was split, and I agreed to run a trial first.')).toBe(false);
  });

  it('leaves a request, a plan, a condition, a refusal and a post or shift handed over', () => {
    expect(outcome('I asked the ops team to take over the forecast.')).toBe(false);
    expect(outcome('The ops team will take over the forecast next quarter.')).toBe(false);
    expect(outcome('If the consultant agrees, we will run it on two wards.')).toBe(false);
    expect(outcome('The board did not agree to the new rota.')).toBe(false);
    expect(outcome('The new manager took over the team in March.')).toBe(false);
    expect(outcome('The night shift took over at 8 and the handover was messy.')).toBe(false);
    expect(outcome('A new director took over the department and froze hiring.')).toBe(false);
    expect(outcome('The client took up most of our time that quarter.')).toBe(false);
  });
});

describe('people the writer developed or led, grown', () => {
  it('reads a post reached and a permanent place taken', () => {
    expect(outcome('Three of my reports have since become team leads.')).toBe(true);
    expect(outcome('Trained six apprentices, four of whom joined full-time.')).toBe(true);
    expect(outcome('Hired two juniors who became senior engineers within two years.')).toBe(true);
    expect(outcome('Coached five new starters, two of whom joined permanently in the spring.')).toBe(true);
  });

  it('leaves a state, another kind of person, a place not kept and people the writer did not lead', () => {
    expect(outcome('Hired two juniors who became frustrated with the tooling.')).toBe(false);
    expect(outcome('Two of my reports became parents this year.')).toBe(false);
    expect(outcome('Mentored four students, two of whom became regular users of the app.')).toBe(false);
    expect(outcome('Two of my reports joined from the old team.')).toBe(false);
    expect(outcome('The two contractors joined full-time in May.')).toBe(false);
    expect(outcome('Mentored 3 students; two of whom joined the reading group.')).toBe(false);
  });
});
