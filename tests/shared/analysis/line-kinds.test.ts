// Session 38, task "lines": what kind of line is this — a form's field or status (a rating in words or
// stars, a goal's status, "Nominated by:", a category, a bilingual heading), another speaker's chat line
// under a stamp in any layout, or a line about the writer in the third person (a promotion case, a
// nomination, a bio). `page-furniture.ts` reads a field by its label and value (a slot label, "Nominated
// by" / "Overall rating", whose value is a run of names or a level; a split heading), `line-status.ts` reads
// a rating whose star is a mark or was read past, `line-voice.ts` reads a chat stamp by its shape (digits,
// separators, brackets) in each layout, and `claims.ts` reads "he" / "she" / a name, or a bio's dropped
// subject, before an act.
//
// Every sentence below and in line-kinds*.jsonl is our own writing, made up for this test: none is a row of
// a writer set, and none was gathered from public text. Each group is a line and three one-step-off variants
// (another verb, word order, determiner, symbol for word, person, stamp layout, non-native wording), in
// nursing, farming, teaching, law, driving, trades, retail and software. line-kinds.jsonl (17 groups, 68
// lines) was used while writing the rules; line-kinds-aside.jsonl (17 groups, 68 lines) was written at the
// same time, put aside, and run once at the end (figures in the commit message; its misses are kept below
// as known misses, not tuned away).
import { describe, expect, it } from 'vitest';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { lineVoice } from '#shared/analysis/rules/lines/line-voice';
import { statusLineKind } from '#shared/analysis/rules/lines/line-status';
import { pageFurniture } from '#shared/analysis/rules/lines/page-furniture';
import { analyzeText } from '#shared/analysis/index';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('line-kinds');

/**
 * Rows still read wrong, kept visible rather than tuned away:
 * - lk-t-nonnative-0, -1 (tuning) "He introduce(d) barcode scanning in (the) warehouse in 2022.": "he" and a
 *   simple past with no result or count reads as a colleague's act in a story ("She reviewed the schema
 *   changes on Fridays" is context): the line alone does not say whose case it is.
 * - lk-n-diary-act-1 (tuning) "09:15 — rang the pharmacy and got the discharge meds sorted": a diary's time
 *   before a verb-first act; read the same before this change.
 * - Aside, run once at the end (each was read wrong before this change too): lk-f-stars-2 "⭐⭐⭐⭐ (4/5)"
 *   (the emoji run is read past as markup and "4/5" alone is no rating), lk-f-grade-2 "Ofsted: Good (2023)"
 *   (a grade with no standing noun in its label), lk-f-objective-open-1 "Objective 2 – cut agency shifts – in
 *   progress" and -2 "Priority: fewer missed bins on Route 7 (ongoing)" (a goal whose value opens with a
 *   past form, or under a label no goal noun names), lk-f-attachments-1 "Attached: 2 photos, 1 spreadsheet"
 *   (a participle label with no "by"), lk-c-handle-3 "<marta> I moved …" (an IRC speaker alone, no stamp,
 *   read past as an HTML tag). lk-c-bracket-date-3 "(14.03. 16:40) Sam: …", missed at that run, is read since
 *   a chat line's later sentences are the speaker's too (the splitter cuts after "14.03.").
 */
const KNOWN_MISSES = new Set([
  'lk-t-nonnative-0',
  'lk-t-nonnative-1',
  'lk-n-diary-act-1',
  'lk-f-stars-2',
  'lk-f-grade-2',
  'lk-f-objective-open-1',
  'lk-f-objective-open-2',
  'lk-f-attachments-1',
  'lk-c-handle-3',
]);

describe('line kinds (own sentences)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['is_claim'], 60);
});

describe('chat stamps read by shape', () => {
  const voice = (s: string) => lineVoice(s, tokenize(s));
  it.each([
    '[14/03/2024, 16:40] Sam: I moved the delivery run to 6am',
    '14/03/2024, 16:40 - Priya: I moved the delivery run to 6am',
    '3/14/24, 4:40 PM - Priya: moved the delivery run to 6am',
    'Sam 9:12 AM: fixed the boiler at number 14',
    'Sam @ 09:12: I fixed the boiler at no. 14',
    '[09:14] @marta.k: I moved the delivery run',
  ])('another speaker: %s', (s) => expect(voice(s)).toBe('other-speaker'));
  it.each([
    '[14/03 16:42] Me: rebuilt the rota',
    'Mon 14:00: fixed the pump at Hill Farm',
    '08:00 Handover: I moved two patients to side rooms',
    '14/03, 16:40: rebuilt the rota for Easter week',
  ])('the writer or a diary: %s', (s) => expect(voice(s)).toBeUndefined());
});

describe("another speaker's whole chat message", () => {
  const claims = (s: string) => analyzeText(s).sentences.map((x) => x.isClaim);
  it('keeps every sentence of their line theirs', () => {
    expect(claims('[14/03 16:40] Sam: can you cover the late shift? I moved the delivery run to 6am')).toEqual([
      false,
      false,
    ]);
    expect(claims('14/03/2024, 16:40 - Priya: Quick one. I rang all six families and booked the pour.')).toEqual([
      false,
      false,
    ]);
  });
  it("leaves the writer's own line and a diary's their account", () => {
    expect(claims('[14/03 16:42] Me: sure. I rebuilt the rota and everyone is covered.')).toContain(true);
    expect(claims('At 16:40 I moved two patients to side rooms. Then I rebuilt the rota.')).toEqual([true, true]);
  });
});

describe('fields and ratings', () => {
  const furniture = (s: string) => pageFurniture(s, tokenize(s), tokenize(s), undefined);
  it('reads a star as a rating unit, before or after the score', () => {
    expect(statusLineKind(tokenize('★ 4.7 (1,204 ratings)'))).toBe('rating');
    expect(statusLineKind(tokenize('4.9 ★ from 87 reviews'))).toBe('rating');
    expect(statusLineKind(tokenize('4.8 · 300 reviews'))).toBe('rating');
    expect(statusLineKind(tokenize('4.8 · cut the queue'))).toBeUndefined();
  });
  it.each([
    ['Self-rating | Strongly meets', 'field'],
    ['Nominated by: Ward Sister Joan Okafor', 'field'],
    ['Award category — Patient Safety Champion', 'field'],
    ['Berufserfahrung | Work experience', 'heading'],
  ])('%s is %s', (s, kind) => expect(furniture(s)).toBe(kind));
  it.each([
    'Result: cut the queue from 9 to 4 days',
    'Status: I rebuilt the rota and it went live in May',
    'Summary: Owns the pricing and ETA models for the marketplace.',
    'Impact — the team adopted it',
    'Nominated by: I put myself forward',
  ])('no furniture: %s', (s) => expect(furniture(s)).toBeUndefined());
});
