// The planning API through dispatch (schemas included) with a real bank in a temp folder: frameworks,
// coverage + CSV, Suggest with known answers, applying a plan, warnings, and the question bank.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bank, StoryFields } from '#shared/domain/schemas';
import { activeFramework, allFrameworks, equivalentCompetencyIds } from '#shared/competencies/index';
import { analyzerReadiness, coverageMatrix } from '#shared/coverage/index';
import { storyReadiness } from '#shared/analysis/story-readiness';
import { loopWarningList } from '#shared/loops/plan-dto';
import { allQuestions } from '#shared/questions/index';
import { questionList, rankedStories } from '#shared/questions/question-views';
import type { HandlerContext } from '../../../main/api/context';
import { closeApis, openApi } from '../api-harness';

afterEach(closeApis);

async function app(native: HandlerContext['native'] = {}) {
  const { call, dataDir } = await openApi({ native, prefix: 'storybank-planning-' });
  const story = async (fields: Partial<StoryFields>) =>
    (await call('createStory', { fields: { status: 'ready', ...fields } })).id;
  return { call, story, dataDir, ...renderedFrom(() => call('getBank', {})) };
}

/** What the renderer computes from its copy of the bank (with shared/), here over the bank as main saved it. */
function renderedFrom(bank: () => Promise<Bank>) {
  return {
    frameworks: async () => {
      const b = await bank();
      return { frameworks: allFrameworks(b), activeFrameworkId: activeFramework(b).id };
    },
    coverage: async () => {
      const b = await bank();
      return coverageMatrix(b.stories, activeFramework(b), { readiness: storyReadiness, frameworks: allFrameworks(b) });
    },
    warnings: async (loopId: string) => {
      const b = await bank();
      return loopWarningList(
        b,
        b.loops.find((l) => l.id === loopId)!,
        storyReadiness,
      );
    },
    questions: async (competencyId?: string) => questionList((await bank()).questions, competencyId),
    rankedFor: async (questionId: string) => {
      const b = await bank();
      const question = allQuestions(b).find((q) => q.id === questionId)!;
      return rankedStories(question, b.stories, { readiness: storyReadiness, frameworks: b, limit: 10 });
    },
  };
}

describe('frameworks and coverage', () => {
  it('lists presets then copies; a copy becomes active and editable, and stories keep counting for it', async () => {
    const { call, story, frameworks, coverage } = await app();
    await story({ title: 'A', competencies: ['ml.ownership'] });
    const before = await frameworks();
    expect(before.frameworks.slice(0, 5).every((f) => f.preset)).toBe(true);
    expect(before.activeFrameworkId).toBe('senior-ml-engineer');
    const copy = await call('copyFramework', { frameworkId: 'senior-ml-engineer' });
    expect(copy).toMatchObject({ preset: false, basedOn: 'senior-ml-engineer', name: 'Senior ML engineer (copy)' });
    expect((await frameworks()).activeFrameworkId).toBe(copy.id);
    const matrix = await coverage();
    expect(matrix.frameworkId).toBe(copy.id);
    expect(matrix.columns.find((c) => c.id === 'ml.ownership')).toMatchObject({
      count: 1,
      readyCount: 1,
      gap: true,
      readyShortfall: 1,
    });
    await expect(call('setActiveFramework', { frameworkId: 'no-such-framework' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('keeps the job-description phrases of a copied framework through an edit', async () => {
    const { call } = await app();
    const copy = await call('copyFramework', { frameworkId: 'senior-ml-engineer' });
    expect(copy.competencies.every((c) => (c.lexicon?.length ?? 0) > 0)).toBe(true);
    const competencies = copy.competencies.map((c) =>
      c.id === 'ml.ownership' ? { ...c, lexicon: ['steward the platform'] } : c,
    );
    const edited = await call('updateFramework', { id: copy.id, name: 'Mine', competencies });
    expect(edited.competencies.find((c) => c.id === 'ml.ownership')?.lexicon).toEqual(['steward the platform']);
    expect(edited.competencies.find((c) => c.id === 'ml.impact')?.lexicon).toEqual(
      copy.competencies.find((c) => c.id === 'ml.impact')?.lexicon,
    );
  });

  it('exports the CSV as text through the web bridge, and through the save dialog on the desktop', async () => {
    let asked = '';
    const { call, story, dataDir } = await app({
      showSaveDialog: async (o) => {
        asked = o.defaultName;
        return join(dataDir, 'out.csv');
      },
    });
    await story({ title: '=HYPERLINK("x")', competencies: ['ml.impact'] });
    const web = await call('exportCoverageCsv', { view: 'competencies' });
    expect(web.fileName).toMatch(/^coverage-senior-ml-engineer-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(web.csv.split('\r\n')[1]).toMatch(/^'=HYPERLINK\(""x""\)|^"'=HYPERLINK/);
    const desktop = await call('exportCoverageCsv', { view: 'stages', saveWithDialog: true });
    expect(asked).toBe('coverage-stages-' + web.fileName.slice(-14));
    expect(readFileSync(desktop.savedTo!, 'utf8')).toBe(desktop.csv);
    // Like every export, the folder is remembered for the next save dialog.
    expect((await call('getBank', {})).settings.lastExportFolder).toBe(dataDir);
  });
});

describe('loop planning', () => {
  async function loopApp() {
    const t = await app();
    const ids = {
      fraud: await t.story({
        title: 'Fraud model',
        project: 'Fraud',
        competencies: ['ml.ownership', 'ml.impact'],
        result: 'Cut fraud losses by 35%.',
      }),
      ranking: await t.story({
        title: 'Ranking latency',
        project: 'Ranking',
        competencies: ['ml.tradeoffs'],
        result: 'We cut p99 latency by 40%.',
      }),
      rollback: await t.story({
        title: 'Rollback',
        project: 'Ranking',
        competencies: ['ml.failure-learning'],
        result: 'The relaunch reduced latency by 60%.',
      }),
      draft: await t.story({ title: 'Churn', status: 'draft', competencies: ['ml.ambiguity'] }),
    };
    const loop = await t.call('createLoop', {
      company: 'Acme',
      role: 'MLE',
      frameworkId: 'senior-ml-engineer',
      rounds: [
        { name: 'HM', focus: ['ml.impact', 'ml.ownership'], storyIds: [] },
        { name: 'Design', focus: ['ml.tradeoffs', 'ml.impact'], storyIds: [] },
        { name: 'Behavioral', focus: ['ml.failure-learning', 'ml.ambiguity', 'ml.mentoring'], storyIds: [] },
      ],
    });
    return { ...t, ids, loop };
  }

  it('Suggest covers what can be covered, uses each story once, and says why the rest cannot be', async () => {
    const { call, ids, loop } = await loopApp();
    const plan = await call('suggestLoopPlan', { loopId: loop.id });
    expect(plan.rounds.map((r) => r.storyIds)).toEqual([[ids.fraud], [ids.ranking], [ids.rollback, ids.draft]]);
    expect(plan).toMatchObject({ coveredSlots: 5, totalSlots: 7, optimal: true });
    const reasons = Object.fromEntries(
      plan.uncovered.map((u) => [
        `${u.roundId === loop.rounds[1].id ? 'Design' : 'Behavioral'}:${u.competencyName}`,
        u.reason,
      ]),
    );
    expect(reasons['Design:Impact']).toMatch(/needed elsewhere: “Fraud model” \(round 1\)/);
    expect(reasons['Behavioral:Mentoring']).toMatch(/no story is tagged with it/);
  });

  it('applying a plan saves it, records last used, and the warnings find drafts, reuse and the planted number conflict', async () => {
    const { call, ids, loop, warnings } = await loopApp();
    const rounds = loop.rounds.map((r, i) => ({
      roundId: r.id,
      storyIds: [[ids.fraud], [ids.ranking, ids.fraud], [ids.rollback, ids.draft]][i],
    }));
    const applied = await call('applyLoopPlan', { loopId: loop.id, rounds });
    expect(applied.loop.rounds.map((r) => r.storyIds)).toEqual(rounds.map((r) => r.storyIds));
    expect((await call('getStory', { id: ids.fraud })).lastUsed).toMatchObject({
      loopId: loop.id,
      roundId: loop.rounds[0].id,
    });
    const kinds = applied.warnings.map((w) => w.kind).sort();
    expect(kinds).toEqual(['draft-story', 'inconsistent-numbers', 'story-reused', 'uncovered-focus']);
    const conflict = applied.warnings.find((w) => w.kind === 'inconsistent-numbers')!;
    expect(conflict.message).toMatch(/different latency: 40% vs 60%/);
    expect(conflict.fix).toMatch(/same figure in both/);
    expect(new Set(conflict.storyIds)).toEqual(new Set([ids.ranking, ids.rollback]));
    expect(applied.warnings.find((w) => w.kind === 'story-reused')).toMatchObject({
      storyIds: [ids.fraud],
      roundIds: [loop.rounds[1].id],
    });
    // Every warning comes with its fix; an uncovered focus names the unused story that would cover it.
    expect(applied.warnings.every((w) => w.fix.length > 0)).toBe(true);
    const uncovered = applied.warnings.find((w) => w.kind === 'uncovered-focus')!;
    expect(uncovered).toMatchObject({ roundId: loop.rounds[2].id, competencyId: 'ml.mentoring', candidates: [] });
    expect(uncovered.fix).toMatch(/write one, or tag an existing story/);
    // The renderer, computing the warnings from its store, says the same as main's answer.
    expect(await warnings(loop.id)).toEqual(applied.warnings);
  });

  it('stays quiet about numbers when same-project stories agree, and warns about a story told to the company before', async () => {
    const { call, story, warnings } = await app();
    const a = await story({
      title: 'A',
      project: 'Search',
      competencies: ['ml.impact'],
      result: 'Latency fell by 30%.',
    });
    const b = await story({
      title: 'B',
      project: 'Search',
      competencies: ['ml.tradeoffs'],
      result: 'We cut latency by 30% at 2x the QPS.',
    });
    const rounds = [{ name: 'One', focus: ['ml.impact', 'ml.tradeoffs'], storyIds: [a, b] }];
    const earlier = await call('createLoop', {
      company: 'Globex',
      role: 'MLE',
      date: '2025-01-10',
      frameworkId: 'senior-ml-engineer',
      rounds,
    });
    const later = await call('createLoop', {
      company: 'globex ',
      role: 'Staff',
      date: '2026-02-01',
      frameworkId: 'senior-ml-engineer',
      rounds,
    });
    expect(await warnings(earlier.id)).toEqual([]);
    const again = await warnings(later.id);
    expect(again.map((w) => w.kind)).toEqual(['told-before', 'told-before']);
  });

  it('Suggest with apply saves the plan, records last used, and answers with the warnings', async () => {
    const { call, ids, loop } = await loopApp();
    const result = await call('suggestLoopPlan', { loopId: loop.id, apply: true });
    expect(result.loop?.rounds.map((r) => r.storyIds)).toEqual(result.rounds.map((r) => r.storyIds));
    expect((await call('getBank', {})).loops[0].rounds.map((r) => r.storyIds)).toEqual(
      result.rounds.map((r) => r.storyIds),
    );
    expect((await call('getStory', { id: ids.rollback })).lastUsed).toMatchObject({
      loopId: loop.id,
      roundId: loop.rounds[2].id,
    });
    expect(result.warnings?.map((w) => w.kind).sort()).toEqual([
      'draft-story',
      'inconsistent-numbers',
      'uncovered-focus',
      'uncovered-focus',
    ]);
  });

  it('Suggest leaves a round logged as done as it was told, and does not offer its story again', async () => {
    const { call, ids, loop } = await loopApp();
    const hm = loop.rounds[0];
    await call('applyLoopPlan', { loopId: loop.id, rounds: [{ roundId: hm.id, storyIds: [ids.ranking] }] });
    const draft = await call('draftInterview', { loopId: loop.id, roundId: hm.id, today: '2026-01-10' });
    await call('createInterview', { ...draft, date: '2026-01-10', outcome: 'passed' });

    const result = await call('suggestLoopPlan', { loopId: loop.id, apply: true });
    expect(result.rounds.map((r) => r.roundId)).toEqual([loop.rounds[1].id, loop.rounds[2].id]);
    const saved = (await call('getBank', {})).loops[0].rounds.map((r) => r.storyIds);
    expect(saved[0]).toEqual([ids.ranking]);
    expect(saved.slice(1).flat()).not.toContain(ids.ranking);
    expect(saved.slice(1).flat()).toContain(ids.fraud);
  });

  it('uses the analyzer readiness everywhere: coverage matrix, CSV and question ranking agree', async () => {
    const { call, ids, coverage } = await loopApp();
    const story = await call('getStory', { id: ids.fraud });
    const score = analyzerReadiness(story);
    expect(score).toBeLessThan(100); // a thin story: the status alone would have said 100
    const matrix = await coverage();
    expect(matrix.rows.find((r) => r.storyId === ids.fraud)?.readiness).toBe(score);
    const csv = (await call('exportCoverageCsv', {})).csv.split('\r\n').find((l) => l.startsWith('Fraud model,'));
    expect(csv?.split(',')[2]).toBe(String(Math.round(score)));
  });

  it('warns about a story that is in the trash, with a fix', async () => {
    const { call, ids, loop, warnings } = await loopApp();
    await call('applyLoopPlan', { loopId: loop.id, rounds: [{ roundId: loop.rounds[0].id, storyIds: [ids.fraud] }] });
    await call('deleteStory', { id: ids.fraud }); // moves it to the trash
    const warning = (await warnings(loop.id)).find((w) => w.kind === 'unavailable-story');
    expect(warning).toMatchObject({ storyIds: [ids.fraud], roundIds: [loop.rounds[0].id], severity: 'error' });
    expect(warning?.fix).toMatch(/Restore it from the trash, or remove it/);
  });

  it('Suggest gives a stage-only round its stage story and says why another round stays empty', async () => {
    const { call, story } = await app();
    const screen = await story({ title: 'Why this team', stages: ['recruiter-screen'] });
    const own = await story({ title: 'Owned it', competencies: ['ml.ownership'] });
    const loop = await call('createLoop', {
      company: 'Acme',
      role: 'MLE',
      frameworkId: 'senior-ml-engineer',
      rounds: [
        { name: 'Recruiter screen', stageId: 'recruiter-screen', focus: [], storyIds: [] },
        { name: 'Behavioral', focus: ['ml.ownership'], storyIds: [] },
        { name: 'Project deep-dive', stageId: 'project-deep-dive', focus: [], storyIds: [] },
      ],
    });
    const plan = await call('suggestLoopPlan', { loopId: loop.id, apply: true });
    expect(plan.loop?.rounds.map((r) => r.storyIds)).toEqual([[screen], [own], []]);
    expect(plan.emptyRounds).toEqual([
      { roundId: loop.rounds[2].id, reason: expect.stringMatching(/no story is tagged for this round’s stage/) },
    ]);
  });

  it('keeps the accepted job focus on the loop, plans open rounds for it, and clears it', async () => {
    const { call, story } = await app();
    const impact = await story({ title: 'Shipped the ranker', competencies: ['ml.impact'] });
    const loop = await call('createLoop', {
      company: 'Initech',
      role: 'MLE',
      frameworkId: 'senior-ml-engineer',
      rounds: [{ name: 'Hiring manager', focus: [], storyIds: [] }],
    });
    expect(loop).not.toHaveProperty('focus');
    const focused = await call('updateLoop', {
      id: loop.id,
      fields: { jobDescription: 'You will drive measurable impact.', focus: ['ml.impact', 'ml.impact'] },
    });
    expect(focused).toMatchObject({ focus: ['ml.impact'], jobDescription: 'You will drive measurable impact.' });
    const plan = await call('suggestLoopPlan', { loopId: loop.id, apply: true });
    expect(plan.loop?.rounds[0].storyIds).toEqual([impact]);
    const cleared = await call('updateLoop', { id: loop.id, fields: { focus: [] } });
    expect(cleared).not.toHaveProperty('focus');
    await expect(
      call('updateLoop', { id: loop.id, fields: { focus: ['not a competency id!'] } }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('refuses a plan for a loop that is gone', async () => {
    const { call } = await app();
    await expect(call('suggestLoopPlan', { loopId: 'loop_nothere' })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('question bank', () => {
  it('lists built-in questions by competency, adds and deletes your own, and ranks stories with a reason', async () => {
    const { call, story, questions, rankedFor } = await app();
    const ready = await story({ title: 'Postmortem', competencies: ['ml.failure-learning'] });
    const draft = await story({ title: 'Retro', status: 'draft', competencies: ['amazon.learn-and-be-curious'] });
    await story({ title: 'Unrelated', competencies: ['ml.mentoring'] });
    const all = await questions();
    expect(all.filter((q) => !q.own).length).toBeGreaterThanOrEqual(80);
    const byCompetency = await questions('ml.failure-learning');
    expect(byCompetency.length).toBeGreaterThan(0);
    // Tagged with it, or with the corresponding competency of another framework (Amazon's, say).
    const wanted = new Set(['ml.failure-learning', ...equivalentCompetencyIds('ml.failure-learning')]);
    expect(byCompetency.every((q) => q.competencies.some((c) => wanted.has(c)))).toBe(true);
    expect(byCompetency.length).toBeLessThan(all.length);
    const mine = await call('addQuestion', {
      text: 'What would you do differently on your last launch?',
      competencies: ['ml.failure-learning'],
    });
    expect(mine.own).toBe(true);
    expect((await questions()).filter((q) => q.own)).toHaveLength(1);
    const ranked = await rankedFor(mine.id);
    expect(ranked.map((r) => r.storyId)).toEqual([ready, draft]);
    expect(ranked[0].reason).toMatch(/^Covers Failure and learning · readiness \d+/);
    expect(ranked[0].readiness).toBe(Math.round(analyzerReadiness(await call('getStory', { id: ready }))));
    expect(ranked[1].reason).toMatch(/still a draft/);
    await call('deleteQuestion', { id: mine.id });
    expect((await questions()).some((q) => q.own)).toBe(false);
    await expect(call('deleteQuestion', { id: byCompetency[0].id })).rejects.toMatchObject({ code: 'invalid-request' });
  });
});
