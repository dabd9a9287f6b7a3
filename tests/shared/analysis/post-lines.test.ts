// Session 36, task "claimfp": résumé lines that say what the writer IS or HOLDS read as claims — a post
// named by a trade noun the role list lacks ("Ranger, … — 1,800 hectares", "Phlebotomist @ …"), a
// qualification with its grade ("BEng … (2:2)"), a test score ("IELTS 7.5", "CET-6"), a skill's speed
// ("Touch typing 85 wpm"), things and documents held ("own tools, clean driving licence"). The title
// readers now know a post noun by its derivation (title-lines.ts isPostNoun) and the status reader reads a
// score, a skill's speed, a credential noun and a thing owned as what the writer holds (line-status.ts).
//
// Every sentence below and in post-lines*.jsonl is our own writing, made up for this test: none is a row of
// a writer set, and none was gathered from public text. The two fixture files were labeled and committed
// before any rule: post-lines.jsonl (12 lines of the class, 4 near misses that must stay claims) was used
// while writing the rules; post-lines-aside.jsonl (the same mix) was put aside and run once they were
// written (figures in the commit message; its misses are kept below as known misses, not tuned away).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import { analyzeWithSection, parseLabeledRows, predictedFlags } from '#shared/analysis/evaluate';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { isPostNoun, isTitleLine } from '#shared/analysis/rules/lines/title-lines';
import { isStatusLine } from '#shared/analysis/rules/lines/line-status';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { itMeetsHalfFloors } from './half-floors';

const fixtures = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = ['post-lines.jsonl', 'post-lines-aside.jsonl'].flatMap((f) =>
  parseLabeledRows(readFileSync(resolve(fixtures, f), 'utf8')),
);
const analyze = analyzeWithSection(createAnalyzer().analyzeText);

/**
 * Rows still read wrong, kept visible rather than tuned away. Tuning: pl-012 "Cardiologist in Hospital del Mar
 * since 2015, 2 days private practice" (a post before "in" and a schedule with no "per" are not read), pl-015
 * "Bookkeeper for 18 local shops and two pubs" (a remit of clients, missed before and after). Aside (run once:
 * is_claim 3/6/1 before, 3/2/1 after): pl-101 "Lifeguard, …" ("lifeguard" has no agent suffix), pl-108 "own
 * car, own tools, enhanced DBS" ("enhanced" reads as an effect), pl-113 "Pharmacist, … — 0 dispensing errors
 * in 2 years" (a count of none after a title, missed before and after).
 */
const KNOWN_MISSES = new Set<string>(['pl-012', 'pl-015', 'pl-101', 'pl-108', 'pl-113']);

describe('post, credential and skill lines (post-lines*.jsonl)', () => {
  it('has both halves', () => {
    expect(rows.filter((r) => r.half === 'tuning').length).toBeGreaterThanOrEqual(16);
    expect(rows.filter((r) => r.half === 'aside').length).toBeGreaterThanOrEqual(16);
  });

  it.each(rows.filter((r) => !KNOWN_MISSES.has(r.id)).map((r) => [r.id, r.text, r] as const))(
    '%s is_claim: %s',
    (_id, _text, row) => {
      expect(predictedFlags(analyze(row.text, row)).is_claim).toBe(row.is_claim);
    },
  );

  itMeetsHalfFloors(rows, {
    tuning: { is_claim: 0.75, has_metric: 0.85 },
    aside: { is_claim: 0.66, has_metric: 0.66 },
  });
});

describe('post nouns by derivation (title-lines.ts isPostNoun)', () => {
  it.each(['nurse', 'hygienist', 'agronomist', 'librarian', 'ranger', 'surveyor', 'lead'])('%s is a post', (w) => {
    expect(isPostNoun(w)).toBe(true);
  });
  it.each(['speaker', 'finalist', 'winner', 'driver', 'baker', 'cluster', 'server', 'number', 'engineers'])(
    '%s is no post',
    (w) => {
      expect(isPostNoun(w)).toBe(false);
    },
  );
  it('reads a derived post as a title, the doer of an act not', () => {
    expect(isTitleLine(tokenize('Surveyor, Hallam Estates — 3 sites'))).toBe(true);
    expect(isTitleLine(tokenize('Guest speaker at the county show'))).toBe(false);
  });
});

describe('what the writer holds (line-status.ts)', () => {
  it.each([
    'Python, SQL; CET-6',
    'TOEFL 104',
    'Shorthand 110 words per minute',
    'full driving licence, own transport',
    'MSc Marine Biology, University of Plymouth, 2:1',
  ])('%s is a status line', (text) => {
    expect(isStatusLine(tokenize(text))).toBe(true);
  });
  it.each(['Own the release process, since 2021', 'Renewed 40 licences in a month', 'Typed 70 letters a day'])(
    '%s is no status line',
    (text) => {
      expect(isStatusLine(tokenize(text))).toBe(false);
    },
  );
});

// The same task's page furniture (page-furniture.ts): a line of hashtags and an invitation to the reader
// ("#engineering #fintech #proudmanager", "Ask me about …"). reader-lines*.jsonl is our own writing too,
// labeled and committed before the rule; its aside half was run once (is_claim 2/1/0 before, 2/0/0 after).
const readerRows = ['reader-lines.jsonl', 'reader-lines-aside.jsonl'].flatMap((f) =>
  parseLabeledRows(readFileSync(resolve(fixtures, f), 'utf8')),
);

describe('hashtag and invitation lines (reader-lines*.jsonl)', () => {
  it.each(readerRows.map((r) => [r.id, r.text, r] as const))('%s is_claim: %s', (_id, _text, row) => {
    expect(predictedFlags(analyze(row.text, row)).is_claim).toBe(row.is_claim);
  });

  it.each([
    ['#midwifery #studentlife', 'hashtags'],
    ['Chat with me about school governance', 'invitation'],
    ['Drop me a message for weekend shifts', 'invitation'],
  ])('%s → %s', (text, kind) => {
    const facts = sentenceFacts(text);
    expect(facts.furniture).toBe(kind);
    expect(facts.isClaim).toBe(false);
  });

  it.each(['Team: me + 2 nurses, 1 HCA', 'Before me the ward had no falls audit', '#1 seller in the region'])(
    '%s is no invitation or hashtag line',
    (text) => {
      const kind = sentenceFacts(text).furniture;
      expect(kind === 'invitation' || kind === 'hashtags').toBe(false);
    },
  );
});
