// Session 35, task "furniture": the lines of pages that are not résumés read as claims: a post's opener, a
// cover letter's greeting and closing, an About page's self-introduction, a form's header, a field outside
// the known labels, a participle heading, someone else's comment, a goal field, "I work as …"
// (ERROR-KINDS-S34-FRESH26, the largest false-claim kind). One classifier reads the line's shape
// (rules/page-furniture.ts) and one claim veto consults it for every reader.
//
// Every sentence below and in page-furniture*.jsonl is our own writing, made up for this test: none is a
// row of a writer set, and none was gathered from public text. The two fixture files were labeled and
// committed before any rule: page-furniture.jsonl (12 furniture lines, 4 near misses that must stay
// claims) was used while writing the classifier; page-furniture-aside.jsonl (the same mix) was put aside
// and run once the classifier was written (figures in the commit message; its misses are kept below as
// known misses, not tuned away).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '#shared/analysis/index';
import { analyzeWithSection, parseLabeledRows, predictedFlags } from '#shared/analysis/evaluate';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { itMeetsHalfFloors } from './half-floors';

const fixtures = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const rows = ['page-furniture.jsonl', 'page-furniture-aside.jsonl'].flatMap((f) =>
  parseLabeledRows(readFileSync(resolve(fixtures, f), 'utf8')),
);
const analyze = analyzeWithSection(createAnalyzer().analyzeText);

/**
 * Aside rows still read wrong, kept visible rather than tuned away: pf-116 "I work as the only nurse on
 * nights and cut missed obs …" is no claim before and after (the claim rules miss the act coordinated after
 * "I work as"; the veto rightly leaves it). (pf-105 "Acreage: … oilseed rape" kept a false metric while
 * "oilseed" read as a past form; task "pastform" fixed that in rules/verbs.ts.)
 */
const KNOWN_MISSES = new Set<string>(['pf-116']);

describe('page furniture (page-furniture*.jsonl)', () => {
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
    tuning: { is_claim: 1, has_metric: 1 },
    aside: { is_claim: 0.85, has_metric: 0.85 },
  });
});

describe('page furniture kinds', () => {
  it.each([
    ['Hey there! I’m Lucía, a physio in Valencia.', 'greeting'],
    ['Good news everyone: I’m joining Fernhill School as deputy head in September!', 'post-opener'],
    ['After 8 wonderful years, I’m leaving the NHS.', 'post-opener'],
    ['Excited to share that I’m starting a new position as Head of Operations at Greenway Foods!', 'post-opener'],
    ['Please accept my application for the post of Senior Staff Nurse.', 'letter-opener'],
    ['Thank you for your time and consideration.', 'sign-off'],
    ['Looking forward to hearing from you.', 'sign-off'],
    [
      'Feedback from my ward manager: Priya stays calm when the unit is full and supports the students well.',
      'others-comment',
    ],
    ['“Calm under pressure and brilliant with families.” — Ward Sister, Ward 7', 'others-comment'],
    ['Areas for improvement: time management on busy shifts', 'goal-field'],
    ['Courses designed and taught', 'heading'],
    ['Question 3 of 6: describe a time you resolved a conflict', 'form-header'],
    ['Fleet: 14 vans, 3 HGVs', 'field'],
    ['Currently working as a carer in a nursing home.', 'role-statement'],
    ['I’m a registered nurse on a stroke ward.', 'role-statement'],
    ['Skilled in 4 EHR systems including Epic and Cerner.', 'profile'],
  ])('%s → %s', (text, kind) => {
    const facts = sentenceFacts(text.replace(/’/g, "'"));
    expect(facts.furniture).toBe(kind);
    expect(facts.isClaim).toBe(false);
    expect(facts.hasMetric).toBe(false);
  });

  it('keeps a field’s sizes as scale and drops a frame’s', () => {
    expect(sentenceFacts('Team: 6 MLEs, 1 analyst').hasScale).toBe(true);
    expect(
      sentenceFacts("Hi, we're Priya and Dev, two teachers running weekend maths clubs since 2019.").hasScale,
    ).toBe(false);
  });

  it.each([
    'Working as a team we cut waiting times by 40%.',
    "I'm a nurse and I cut missed observations from 12 to 2 a week.",
    'Big news: our clinic halved waiting times this year!',
    'Update: we cut the backlog by half in two weeks.',
    'Results achieved: 30% fewer falls',
    'Feedback: I ran a survey of 200 parents and acted on it',
    'Savings: £40k a year',
    'Excited to share that our team won the regional safety award!',
  ])('a claim in a furniture shape stays a claim: %s', (text) => {
    const facts = sentenceFacts(text);
    expect(facts.furniture).toBeUndefined();
    expect(facts.isClaim).toBe(true);
  });

  it('gives a furniture line no wording advice and no voice in the story', () => {
    const analyzer = createAnalyzer();
    const field = analyzer.analyzeField('Hello! We’re Nell and Ruth, two sisters planning weddings since 2016.');
    expect(field.analysis.findings).toEqual([]);
    expect(field.plural).toBe(0);
  });
});
