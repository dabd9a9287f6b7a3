// Session 41, task "parties": a party taking up what the writer made, told as the result with no result verb of
// the writer's ("…; on-call uses it now instead of pinging me", "3 of 4 clinics moved over by April", "they
// migrated in the first month", "every morning it is opened by the apprentices"), read by rules/party-take-up.ts
// from who the clause's subject is, what its verb tells and what ties it to the writer's work; and the take-ups
// refused whichever reader found them (one that stopped, a product's population the writer only kept).
//
// Every sentence below and in take-up-own*.jsonl is our own writing, made up for this test: none is a row of a
// writer set, and none was gathered from public text. Both files were labeled and committed before any rule:
// take-up-own.jsonl (12 take-ups in warehouses, allotments, workshops, clinics, tills and tenancies, each with two
// one-step-off variants — another verb, word order, determiner or person, a symbol for a word, non-native
// wording — and 5 near misses: a take-up before the work, planned, hoped for, a product's population, stopped)
// was used while writing the rule; take-up-own-aside.jsonl (the same mix in other trades) was run at the end.
// Each row's note says whether it is read or refused and why.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { partyTakeUp, refusedTakeUp } from '#shared/analysis/rules/outcomes/party-take-up';
import { itReadsOwnRows, ownRows } from './own-rows';

/** Rows the rule does not read as labeled (their notes say why), kept visible as known misses. */
const KNOWN_MISSES = new Set(['tu-t10c', 'tu-a05c', 'tu-a12c', 'tu-n07', 'tu-n08']);

describe('party take-up, our own rows', () => {
  itReadsOwnRows(ownRows('take-up-own'), KNOWN_MISSES, ['has_outcome'], 20);
});

describe('partyTakeUp', () => {
  const read = (text: string, inResult = false) => partyTakeUp(tokenize(text), inResult);

  it('reads a party using the thing after the writer made it', () => {
    expect(read('Wrote the rota; the porters use it every night now.')?.cue).toBe('use');
  });

  it('ties a bare take-up to the work by a Result section or a time after it', () => {
    expect(read('Two of the three branches switched over.')).toBeUndefined();
    expect(read('Two of the three branches switched over.', true)?.counted).toBe(true);
    expect(read('They moved over in the first month.')?.cue).toBe('moved');
  });

  it('refuses plans, asks, questions, the party’s own things and a "so" clause', () => {
    expect(read('The clinics will switch over next spring.', true)).toBeUndefined();
    expect(read('Asked the porters to use it every night.')).toBeUndefined();
    expect(read('I agreed with the planners which columns they used.')).toBeUndefined();
    expect(read('Built a tool; the clients use their own spreadsheets now.')).toBeUndefined();
    expect(read('Moved the porters so they follow the short route now.')).toBeUndefined();
  });
});

describe('take-up lines the others-use cue rule read before this reading replaced it', () => {
  const outcome = (text: string, section?: 'action' | 'result') => sentenceFacts(text, section).hasOutcome;

  it('reads others using, trusting, building on or starting to use the work', () => {
    expect(outcome('The supervisors trust the forecast now')).toBe(true);
    expect(outcome('The coordinators check the board every morning now')).toBe(true);
    expect(outcome('The planners now build their forecasts on the shared model.')).toBe(true);
    expect(outcome('The night shift started using the handover checklist.')).toBe(true);
    expect(outcome('Three squads have since built on the event schema.')).toBe(true);
    expect(outcome('I designed the referral form the nurses use for every transfer.', 'action')).toBe(true);
  });

  it('leaves their own things, the writer starting to use a tool and the setup', () => {
    expect(outcome('The supervisors trust their own counts more than the forecast')).toBe(false);
    expect(outcome('The analysts use spreadsheets for the monthly close.')).toBe(false);
    expect(outcome('I started using a queue for retries.')).toBe(false);
    expect(outcome('I chose the scheduler most teams use.', 'action')).toBe(false);
  });
});

describe('refusedTakeUp', () => {
  it('refuses a take-up that stopped and a kept product’s population', () => {
    const stopped = tokenize('The porters used it for a month and then stopped.');
    expect(refusedTakeUp({ start: stopped.find((t) => t.lower === 'used')!.start, kind: 'adoption' }, stopped)).toBe(
      true,
    );
    const kept = tokenize('Maintained the booking app used by 12 surgeries.');
    expect(refusedTakeUp({ start: kept.find((t) => t.lower === 'used')!.start, kind: 'adoption' }, kept)).toBe(true);
    const now = tokenize('Maintained the booking app, now used by 12 surgeries.');
    expect(refusedTakeUp({ start: now.find((t) => t.lower === 'used')!.start, kind: 'adoption' }, now)).toBe(false);
  });
});
