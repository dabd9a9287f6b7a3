// Session 36, task "acts": the writer's work told as a noun made from its verb ("Collaboration with the CERT
// team", "Renewal of the fleet insurance", "Paper → electronic prescribing migration") and delivery or
// adoption told as the state the work is now in for others, the act unsaid ("The forecast is since 2023 the
// basis for …", "our new ledger is live for every customer", "we now have one stock sheet that both kitchens
// order from"). `actNounLemma` (rules/writer-acts.ts) reads a noun back to its verb by its suffix;
// rules/state-of-use.ts reads the frame of the writer's thing, a state of use and whom it serves.
//
// Every sentence below and in acts-own*.jsonl is our own writing, made up for this test: none is a row of a
// writer set, and none was gathered from public text. The two fixture files were labeled and committed before
// any rule: acts-own.jsonl (14 lines of the class in nursing, farming, teaching, law, retail and software, some
// non-native, and 5 near misses: skills, a goal, a to-do, another party's system, opening hours) was used while
// writing the rules; acts-own-aside.jsonl (the same mix) was put aside and run once at the end. One label in
// each file was corrected after the first run, by the rubric, before the aside was run: "is live for …" is a
// delivery, a claim with no outcome (RUBRIC-NOTES: a bare delivery), as the spent writer fresh-27 labels it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import { analyzeWithSection, parseLabeledRows, predictedFlags } from '#shared/analysis/evaluate';
import { actNounLemma, isActNoun } from '#shared/analysis/rules/voices/writer-acts';
import { isNominalActLine } from '#shared/analysis/rules/lines/nominal-act-lines';
import { tokenize } from '#shared/analysis/rules/language/tokenize';

const fixtures = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = ['acts-own.jsonl', 'acts-own-aside.jsonl'].flatMap((f) =>
  parseLabeledRows(readFileSync(resolve(fixtures, f), 'utf8')),
);
const analyze = analyzeWithSection(createAnalyzer().analyzeText);

/**
 * Aside rows still read wrong, kept visible rather than tuned away: ac-110 "Our route planner is now the basis
 * for the drivers' daily rounds." is no state of use: "planner" is also a post, so the subject's head reads as
 * another party, not the writer's thing.
 */
const KNOWN_MISSES = new Set<string>(['ac-110']);

describe('nominal acts and states of use (acts-own*.jsonl)', () => {
  it('has both halves', () => {
    expect(rows.filter((r) => r.half === 'tuning').length).toBeGreaterThanOrEqual(19);
    expect(rows.filter((r) => r.half === 'aside').length).toBeGreaterThanOrEqual(19);
  });

  it.each(rows.filter((r) => !KNOWN_MISSES.has(r.id)).map((r) => [r.id, r.text, r] as const))(
    '%s: %s',
    (_id, _text, row) => {
      const flags = predictedFlags(analyze(row.text, row));
      expect(flags.is_claim).toBe(row.is_claim);
      expect(flags.has_outcome).toBe(row.has_outcome);
    },
  );
});

describe('actNounLemma', () => {
  it.each([
    ['collaboration', 'collaborate'],
    ['organisation', 'organise'],
    ['migration', 'migrate'],
    ['supervision', 'supervise'],
    ['renewal', 'renew'],
    ['assistance', 'assist'],
    ['delivery', 'deliver'],
    ['management', 'manage'],
    ['installation', 'install'],
    ['conversion', 'convert'],
    ['production', 'produce'],
    ['closure', 'close'],
  ])('%s is made from %s', (noun, verb) => expect(actNounLemma(noun)).toBe(verb));

  it.each([
    'department',
    'experience',
    'station',
    'foundation',
    'certification',
    'registration',
    'placement',
    'hospital',
    'conference',
    'insurance',
    'surgery',
    'procedure',
  ])('%s names no act', (noun) => expect(actNounLemma(noun)).toBeUndefined());

  it('keeps the -tion/-sion/-ment shape whose verb the lists miss', () => {
    expect(isActNoun('realisation')).toBe(true);
    expect(isActNoun('department')).toBe(false);
  });
});

describe('isNominalActLine', () => {
  it.each([
    'Sight translation of witness statements and medical reports',
    'Line management of six healthcare assistants',
    'Negotiations with suppliers on price and delivery dates',
    'Tasks: coordination with suppliers and preparation of invoices',
    '- Paper → electronic prescribing migration on the stroke ward',
  ])('reads %s', (line) => expect(isNominalActLine(tokenize(line))).toBe(true));

  it.each([
    'Member of the Association of Chartered Accountants',
    'Department of Health and Social Care',
    'TODO: organisation of the Christmas rota',
    'Experience with children in foster care',
    'I was asked to lead the migration of the old servers',
  ])('leaves %s', (line) => expect(isNominalActLine(tokenize(line))).toBe(false));
});
