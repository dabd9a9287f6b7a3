// Session 41, task "lines": a line's kind read from its layout before any claim reading (rules/layout-kinds.ts) —
// a profile's stats (names, ratings, ids, counts: "Tutor Mei Lin · ★ 4.8 · 120 lessons"), a tenure (a date range
// beside names: "2019.03-now  Harbor Logistics  Data Engineer"), a label of what the writer holds or finds hard
// ("Gap: …", "Areas to improve: …", "What I found difficult: …", "Qualifications: …", "Knowledge of German: …"): no
// claim; a label of the writer's work ("Activities: …", "Main responsibilities: …") makes its value a claim, and a
// result label over a thing's state ("Achievements: the new rota became the standard …") a claim and an outcome.
//
// Every sentence below and in layout-kinds-own*.jsonl is our own writing, made up for this test: none is a row of a
// writer set, and none was gathered from public text. The tuning file holds 12 lines with 2 one-step-off variants
// each (a bar, a dash, a middle dot or a wide gap for the separator; a named month, a slash or an arrow for the
// range; another noun of the same meaning; singular or plural; a first-person, gerund or verbless value; lower
// case) in tutoring, nursing, logistics, retail, accounting and software, and 6 near misses (a work label with
// nothing done, a result hoped for, "gap year", a date range before an act, a label that is no difficulty, a
// ranking beside stats). The aside file (12 lines with 2 variants each, 6 near misses) was written with the tuning
// file, after the first rules of the module but before any was tuned on our own rows, and run once at the end.
// The claim and the outcome flags are the module's.
import { describe, expect, it } from 'vitest';
import { lineKind } from '#shared/analysis/rules/lines/layout-kinds';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { analyzeText } from '#shared/analysis/index';
import { itReadsOwnRows, ownRows } from './own-rows';

/** The claim-family rules: a line the analyzer reads as a claim carries one of them. */
const CLAIM_RULES = new Set(['vague-claim', 'unquantified-outcome']);

// Refused rungs (the reason is in each row's note and here): lk-n04, "2019 – 2023 led the move to the new ward
// system" — a date range with no separator before the act is read by no reader (date-prefix.ts needs a mark after
// the range); the line kind rightly leaves it alone (it has a verb form), so the miss is the claim rules'.
// lk-n11, "Languages: Spanish, used every day with …" — the line kind leaves a holding whose value tells an act to
// the claim rules, as it should, and none of them reads a participle after a comma as the writer's act.
// Aside misses of the one end run, kept visible and not tuned away: lk-n101 "Planned activities: a second pilot …"
// (the module refuses the plan, but another claim rule reads the pilot as the writer's act: wrong before the module
// too) and lk-n105 "Coach of the Year 2023 · ★ 4.9 · 310 sessions" (the stats kind vetoes an honour no outcome
// reader knows: read right before the module). End run: tuning 12 → 2 rows wrong (claim tp/fp/fn 11/9/3 →
// 12/0/2), aside 13 → 2 (claim 8/9/2 → 9/1/1, outcome 3/3/1 → 3/0/1).
const KNOWN_MISSES = new Set(['lk-n04', 'lk-n11', 'lk-n101', 'lk-n105']);

describe('line kinds by layout, own sentences', () => {
  itReadsOwnRows(ownRows('layout-kinds-own'), KNOWN_MISSES, ['is_claim', 'has_outcome'], 30);
});

describe('line kinds by layout, the kinds', () => {
  it.each([
    ['Tutor Mei Lin · ★ 4.8 · 120 lessons', 'stats'],
    ['Reputation 1,240 · Rank #112 · 37 reports', 'stats'],
    ['2019.03-now  Harbor Logistics  Data Engineer', 'tenure'],
    ['Employment: 2015–2021 — Senior Buyer, Marlow Foods Ltd', 'tenure'],
    ['Areas for improvement: time management on busy shifts', 'weakness-label'],
    ['Gap: I still find it hard to say no to urgent requests.', 'weakness-label'],
    ['Qualifications: BSc Geography (2014), PRINCE2 Practitioner', 'holding-label'],
    ['Activities: maintenance of the billing service', 'work-label'],
    ['Achievements: the new rota became the standard for all three wards.', 'result-label'],
    ['Key achievement: closed out the findings before the audit', 'work-label'],
    ['Duties/responsibilities: payroll, pension returns, HMRC queries', 'work-label'],
  ])('%s → %s', (text, kind) => {
    expect(lineKind(text, tokenize(text))?.kind).toBe(kind);
  });

  it.each([
    'Achievements: none yet this quarter',
    'Expected results: a shorter queue by the summer',
    'Type of activity: community clinic, Thursdays',
    'Activities: hiking, chess, choir',
    'Interests & activities: sailing, the parish choir',
    'Languages: Spanish, used every day with the families on my caseload',
    '2024-10 — Q4 planning, mostly meetings',
    'Top 50 researcher · Impact 24.9 · Rank #38',
    'Employee of the Month · ★ 4.9',
  ])('%s → no kind', (text) => {
    expect(lineKind(text, tokenize(text))).toBeUndefined();
  });
});

// Session 42: a showcase label over a menu. "Highlights: Weddings | Classes | …" lists what a page offers; it
// tells nothing done, so the line kind leaves it to the claim rules (which read no claim in it). Our own lines,
// written for this test; the near misses keep their work or result kind (an act, a figure, a longer state, an
// act noun, a duty label over bare nouns).
describe('line kinds by layout, a showcase label over a menu', () => {
  it.each([
    'Highlights: Weddings | Classes | Corporate events',
    'Highlights — sourdough · pastries · custom cakes',
    'Career highlights: Portraits, Headshots, Product shoots',
    'Highlights: bridal hair, school proms, photo shoots',
  ])('%s → no kind, no claim', (text) => {
    expect(lineKind(text, tokenize(text))).toBeUndefined();
    expect(analyzeText(text, {}).findings.filter((f) => CLAIM_RULES.has(f.rule))).toEqual([]);
  });

  it.each([
    ['Highlights: led the move to the new ward system', 'work-label'],
    ['Highlights: 40 weddings shot in 2023', 'work-label'],
    ['Highlights: migration of the billing service | on-call rota redesign', 'work-label'],
    ['Key wins: Halvorsen account, Brightwater renewal', 'result-label'],
    ['Results so far: checkout errors down a lot since the fix', 'result-label'],
    ['Duties/responsibilities: payroll, pension returns, HMRC queries', 'work-label'],
  ])('%s → %s', (text, kind) => {
    expect(lineKind(text, tokenize(text))?.kind).toBe(kind);
  });
});
