// Session 39, task "voices": a case, a nomination, a bio or a reference tells the writer's work in the third
// person, and one step off the shapes session 38 read: a pronoun with a past act and no result ("She rebuilt
// the night rota …"), a copula title with its remit ("Ana is the clinical lead for …"), a present act after a
// name or with the subject dropped ("Ana coaches three junior nurses", "Repairs about 20 boilers a week"), a
// participle result, a finding with a coordinated act ("He spotted the leak and fixed it"), a perfect
// progressive ("Kofi has been running the kitchen since 2020"), and the writer's own act in the perfect
// ("…, and I have drawn them up for three more wards"). `third-person-lines.ts` reads the subject and its
// predicate; `claims.ts` reads the first-person perfect.
//
// Every sentence below and in third-person-own*.jsonl is our own writing, made up for this test: none is a
// row of a writer set, and none was gathered from public text. Both fixture files were labeled and committed
// before any rule: each of 12 groups per half is a sentence with three one-step-off variants (another verb or a
// phrasal one, another order, no or another determiner, a pronoun or a name, a symbol, a split, non-native
// wording), and 6-7 near-miss groups per half give four shapes each that must not be read (a colleague in a
// first-person story, a pronoun with no act of work, a present verb of no work, a plural noun like a verb, a
// copula with no remit, a perfect progressive of no work). Each row's note says READ or REFUSED and why.
// third-person-own.jsonl was used while writing the rules; third-person-own-aside.jsonl was put aside and run
// once at the end (figures in the commit message; its misses are kept below as known misses, not tuned away).
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('third-person-own');

/**
 * Rungs refused or read wrong, kept visible rather than tuned away (reasons in each row's note):
 * - tp-tractors-1: "is doing the repairs": "do" is no verb of work.
 * - tp-tractors-2, tp-tractors-3: object first, the pronoun mid-line.
 * - tp-n-noun-2 "Leads to fewer missed handovers.": read as a claim by another reader before this change.
 * Aside, run once (claim tp/fp/fn 14/2/34 before the change, 33/2/15 after):
 * - tpa-conveyancing-2 "Deals with the firm's conveyancing": "deal with" is read only before a run of cases
 *   (work-verbs.ts phrasalWorkVerbAt), and "conveyancing" is one; tpa-farmshop-3 "put … online": "put" is
 *   a verb of work only with "together" or "in place".
 * - tpa-fridge-0: the coordinated "reset" is not read as a past verb of work.
 * - tpa-invoices-2 "He doing …" (no auxiliary), tpa-invoices-3 (object first).
 * - tpa-n-noun-2 "Leads to fewer missed doses.", tpa-n-present-0 "She lives two miles from the depot.": read
 *   as claims by other readers before this change.
 * Session 39 "voices2" (third-person-lex-own*.jsonl) read the rest: "redo", "draw up", "patch", "map", "trim",
 * "shoe" as verbs of work, "moved" with a thing moved, "Scope: …" standing, and "Every morning Grace …".
 */
const KNOWN_MISSES = new Set<string>([
  'tp-tractors-1',
  'tp-tractors-2',
  'tp-tractors-3',
  'tp-n-noun-2',
  'tpa-conveyancing-2',
  'tpa-farmshop-3',
  'tpa-fridge-0',
  'tpa-invoices-2',
  'tpa-invoices-3',
  'tpa-n-noun-2',
  'tpa-n-present-0',
]);

describe('third-person lines about the writer (third-person-own*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['is_claim'], 48);
});

describe('the field voice: a "he" or "she" where the writer says "I" is someone else', () => {
  const analyzer = createAnalyzer();
  const claims = (text: string) =>
    analyzer.analyzeText(text).sentences.map((s) => [text.slice(s.start, s.end), s.isClaim] as const);
  it('reads a bare act of a colleague in a first-person story as context', () => {
    expect(claims('I coached Tom through his first year. He rebuilt the night rota for the surgical ward.')).toEqual([
      ['I coached Tom through his first year.', true],
      ['He rebuilt the night rota for the surgical ward.', false],
    ]);
  });
  it('reads a patient in a nurse story as no claim', () => {
    expect(claims('I was on nights on ward 7. She developed a rash overnight.')[1][1]).toBe(false);
  });
  it('keeps what came of a trainee act in a first-person story (an outcome of the writer)', () => {
    expect(claims('I coached Tom for a year. He rebuilt the night rota and cut agency shifts by a third.')[1][1]).toBe(
      true,
    );
  });
  it('reads the same bare act in a case with no first person', () => {
    expect(claims('Tom joined the ward in 2019. He rebuilt the night rota for the surgical ward.')[1][1]).toBe(true);
  });
});
