// Session 37, task "voices": lines that are not the writer's claim — another speaker's words (a quoted
// remark, review, reference or nomination; a chat line under someone else's name and time stamp), an
// irrealis line (a hypothetical, a future, a condition, a wish, a prompt to the reader) and what the writer
// holds (here a rating on a scale). `line-voice.ts` reads the speaker and the mood of the line's clauses
// for the claim veto; `line-status.ts` reads a rating as a status segment.
//
// Every sentence below and in voices*.jsonl is our own writing, made up for this test: none is a row of a
// writer set, and none was gathered from public text. The two fixture files were labeled and committed
// before any rule: voices.jsonl (17 lines of the class in several trades, one in non-native English, and
// 7 near misses: a third-person résumé line, an award, "quoted" / "registered" / "reviewed" as the
// writer's acts, a report of the writer's result) was used while writing the rules; voices-aside.jsonl (18
// and 6, the same mix) was put aside and run once at the end (figures in the commit message; its misses
// are kept below as known misses, not tuned away).
import { describe, expect, it } from 'vitest';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { lineVoice } from '#shared/analysis/rules/lines/line-voice';
import { statusLineKind } from '#shared/analysis/rules/lines/line-status';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('voices');

/**
 * Rows still read wrong, kept visible rather than tuned away (each was read the same before this change):
 * - v-035 (tuning) "Offering: hoof trimming, lambing cover, …": a services list under a label no list reader
 *   knows; a list of gerunds reads as duties, which the spent writers label claims ("Tasks: …").
 * - v-008, v-012 (aside) "The farmer next door told me he doubled his yield …", "Our director announced that
 *   the firm had won …": reported speech is not read as another voice, since the spent writers label a
 *   report of the writer's own result a claim (w29-029, f27-138); whose result is reported is not read.
 * - v-032 (aside) "Approved supplier to Kent County Council since 2018": an approval held, read as an act.
 * - v-106 (aside) "Planned and ran the school trip … for 60 pupils": the pupils are read as scale only.
 * - v-110 (aside) "Senior nurse on ward 7, where I introduced a falls checklist.": the title's relative
 *   clause is not read as the writer's act, and "ward 7" is read as a measure.
 */
const KNOWN_MISSES = new Set<string>(['v-035', 'v-008', 'v-012', 'v-032', 'v-106', 'v-110']);

describe('lines that are not the writer claim (voices*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['is_claim', 'has_metric'], 24);
});

describe('lineVoice', () => {
  const voice = (text: string) => lineVoice(text, tokenize(text));
  it.each([
    '[14:02] Tomek: pallets are on the new racking, labels done',
    'Sandra (night sister) 03:15: I moved bed 4 to the side room',
    '“Best apprentice we have had in ten years,” my foreman wrote in the reference.',
    'Client review: "Kasia sorted our VAT return in a day and saved us a fine."',
  ])('reads another speaker: %s', (text) => expect(voice(text)).toBe('other-speaker'));
  it.each([
    'With a bigger budget we would have hired two more carers.',
    "I'd rebuild the whole intake form if I had the time.",
    'Next season we will sow the top field with clover.',
    'If the council agrees, the new route will start in April.',
    'List the tools you have used in the last year:',
  ])('reads an irrealis line: %s', (text) => expect(voice(text)).toBe('irrealis'));
  it.each([
    '08:00 Handover: took over six beds from the night team.',
    '[14:02] Me: moved the pallets, labels done',
    'I told the site manager we would need a crane, and I booked it for Monday.',
    'If a delivery was late I rang the customer myself.',
    'We had four outages in six months, so we moved the database.',
    "We'd had four outages in six months before I joined.",
    'Support could put the freed time back into onboarding.',
    'I manage the rota and will hand it over in May.',
    'Talk: "Feature flags at 2am" — BerlinOps 2023',
    '"We should check X first, here is why" lands better than a flat no.',
  ])('reads the writer: %s', (text) => expect(voice(text)).toBeUndefined());
});

describe('statusLineKind', () => {
  it.each(['Rated 4.9/5 on Checkatrade from 212 reviews', '4.8 stars on Google, 120 reviews'])(
    'reads a rating on a scale: %s',
    (text) => expect(statusLineKind(tokenize(text))).toBe('rating'),
  );
  it.each(['Rated Outstanding by Ofsted in 2022', 'Rated 120 suppliers on delivery and price'])(
    'reads no rating: %s',
    (text) => expect(statusLineKind(tokenize(text))).toBeUndefined(),
  );
});
