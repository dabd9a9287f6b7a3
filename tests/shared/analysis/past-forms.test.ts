// Session 35, task "pastform": nouns and adjectives ending in "-ed" ("oilseed", "flatbed", "seabed",
// "Sacred", "rugged") were read as the writer's past act, so a field line holding one was refused as
// furniture and read as a claim with a metric. `isPastForm` (rules/verbs.ts) now asks whether the "-ed"
// can be an inflection of a verb stem before every reader consults it.
//
// Every sentence below and in past-forms*.jsonl is our own writing, made up for this test: none is a row
// of a writer set, and none was gathered from public text. The two fixture files were labeled and
// committed before any rule: past-forms.jsonl (8 field lines holding an "-ed" noun or adjective, 3 near
// misses whose "-ed" is a real past and must stay claims) was used while writing the test;
// past-forms-aside.jsonl (the same mix) was put aside and run once at the end (figures in the commit
// message; its misses are kept below as known misses, not tuned away).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import { analyzeWithSection, parseLabeledRows, predictedFlags } from '#shared/analysis/evaluate';
import { isPastForm } from '#shared/analysis/rules/language/verbs';

const fixtures = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = ['past-forms.jsonl', 'past-forms-aside.jsonl'].flatMap((f) =>
  parseLabeledRows(readFileSync(resolve(fixtures, f), 'utf8')),
);
const analyze = analyzeWithSection(createAnalyzer().analyzeText);

/**
 * Aside rows still read wrong, kept visible rather than tuned away: pe-104 "Garden: 12 raised beds …" is
 * read as a claim with a metric: "raised" is a real participle used as an adjective, which this test of
 * the suffix's shape rightly leaves a past form.
 */
const KNOWN_MISSES = new Set<string>(['pe-104']);

describe('-ed nouns and adjectives (past-forms*.jsonl)', () => {
  it('has both halves', () => {
    expect(rows.filter((r) => r.half === 'tuning').length).toBeGreaterThanOrEqual(11);
    expect(rows.filter((r) => r.half === 'aside').length).toBeGreaterThanOrEqual(11);
  });

  it.each(rows.filter((r) => !KNOWN_MISSES.has(r.id)).map((r) => [r.id, r.text, r] as const))(
    '%s: %s',
    (_id, _text, row) => {
      const flags = predictedFlags(analyze(row.text, row));
      expect(flags.is_claim).toBe(row.is_claim);
      expect(flags.has_metric).toBe(row.has_metric);
    },
  );
});

describe('isPastForm', () => {
  it.each([
    'agreed',
    'freed',
    'guaranteed',
    'decreed',
    'refereed',
    'seeded',
    'needed',
    'bedded',
    'described',
    'absorbed',
    'climbed',
    'robbed',
    'probed',
    'shredded',
    'centred',
    'hired',
    'tired',
    'exceeded',
    'speeded',
  ])('%s is a past form', (w) => expect(isPastForm(w)).toBe(true));

  it.each([
    'seed',
    'oilseed',
    'linseed',
    'rapeseed',
    'birdseed',
    'speed',
    'need',
    'feed',
    'breed',
    'indeed',
    'exceed',
    'proceed',
    'succeed',
    'bed',
    'red',
    'shred',
    'sled',
    'flatbed',
    'hotbed',
    'testbed',
    'sickbed',
    'seabed',
    'riverbed',
    'hundred',
    'kindred',
    'sacred',
    'naked',
    'hatred',
    'wicked',
    'rugged',
  ])('%s is not a past form', (w) => expect(isPastForm(w)).toBe(false));
});
