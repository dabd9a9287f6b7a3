// Session 37, task "outcomes": a result told as another party's act because of the writer's work, read once by
// roles (rules/party-act-outcomes.ts: a party as the subject, a verb by lemma family with the word that makes it
// that act, a told result, a tie to the work), and outcome words counted only in a result frame: a result noun
// that modifies a thing built ("the promotion step", "an approval workflow"), a gerund heading an activity's
// name ("hedge cutting"), an effort ("a fair bit of persuading") and options laid out ("the options were to
// cut …") tell no result (rules/cue-modifiers.ts, rules/clauses.ts).
//
// Every sentence below and in party-acts-own*.jsonl is our own writing, made up for this test: none is a row of a
// writer set or of a probe, and none was gathered from public text. party-acts-own.jsonl (tuning) was used while
// writing the rules (21 of 36 right before, 35 after); party-acts-own-aside.jsonl was run once at the end (17 of
// 21 right; 14 before): its misses are kept below as known misses, not tuned away.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('party-acts-own');

/**
 * Rows still read wrong: pa-020 "Parents … started sending their kids to my reading club" (uptake told by
 * "started" and a gerund); aside pa-104 "The parents came back next year and enrolled …" (no writer word and no
 * answered act: the return has no tie), pa-112 "… wrote to the ward manager to thank the team" (thanks told as
 * the purpose of a letter), pa-113 "… gave us the next project also" ("give" is no family of the frame), pa-116
 * "Ensured daily safety checks on the forklifts" (a duty with no conformance word). Also missed, outside the
 * fixture: "The supplier paid for the damage after my complaint" ("supplier" is no party the lists name, and a
 * thing's act before a trouble is read as the trouble).
 */
const KNOWN_MISSES = new Set<string>(['pa-020', 'pa-104', 'pa-112', 'pa-113', 'pa-116']);

describe("another party's act and outcome words in a result frame (party-acts-own*.jsonl)", () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['has_outcome'], 20);
});

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('the party-act frame reads roles, tense and a tie', () => {
  it.each([
    'The consultant was doubtful at first, but agreed to try it.',
    'The ward manager was unsure, but then approved the new rota.',
    'The bank accepted our offer after I sent the survey.',
    'The landlord paid for the damage after my complaint.',
  ])('reads a result in "%s"', (text) => expect(outcome(text)).toBe(true));

  it.each([
    // A thing's accepting is input taken in; a return with a trouble is a problem; a time clause is context.
    'The gateway accepted malformed headers.',
    'Customers came back with more complaints after the price rise.',
    'When the client came back, I had the quote ready.',
    // No finite verb of the party's: a wish, a plan, a request.
    'We hoped the council would pay for the new signs.',
    'I asked the landlord to sign up for the scheme.',
    // A negated act and an act with no tie to the work.
    'The council never paid for the second year I asked for.',
    'Two farms signed up for the government scheme.',
  ])('reads no result in "%s"', (text) => expect(outcome(text)).toBe(false));
});

describe('outcome words in another sense', () => {
  it.each([
    'Led the award ceremony planning for the regional office.',
    'Wrote the improvement plan template for the wards.',
    'Offered grass cutting, leaf clearing and fence painting.',
    'It took weeks of convincing.',
    'The alternatives were to reduce opening hours or share a van.',
  ])('reads no result in "%s"', (text) => expect(outcome(text)).toBe(false));

  it.each([
    // A result noun with a phrase or a verb after it, a gerund with an object, a noun and the "-ing" of its change.
    'Earned a promotion to ward sister in 2023.',
    'The improvement meant fewer night calls for the on-call nurse.',
    'Saved the depot money by cutting idle time at the gates.',
    'Cut the waiting list by phoning every family on it.',
    'Won the award for best new café in the county.',
  ])('still reads a result in "%s"', (text) => expect(outcome(text)).toBe(true));
});
