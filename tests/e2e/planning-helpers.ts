// Helpers for the coverage and loop planner e2e tests: API calls as the renderer makes them, a seeded
// bank with known gaps and a planted number conflict, axe-core, and screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Channel, RequestOf, ResponseOf } from '#shared/api/contract';
import type { StoryFields } from '#shared/domain/schemas';
import { ARTIFACTS_DIR, ROOT, type AppUnderTest } from './harness';

export async function callApi<C extends Channel>(
  app: AppUnderTest,
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const res = await fetch(`http://127.0.0.1:${app.bridge.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-storybank-token': app.bridge.token },
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as { ok: boolean; value?: ResponseOf<C>; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.value as ResponseOf<C>;
}

const star = (
  situation: string,
  action: string,
  result: string,
): Pick<StoryFields, 'situation' | 'task' | 'action' | 'result'> => ({
  situation,
  task: 'I owned the outcome and the plan to get there.',
  action,
  result,
});

/** Eight stories: enough to plan a five-round loop, two about one project with different latency figures. */
export const PLANNING_STORIES: Partial<StoryFields>[] = [
  {
    title: 'Cut ranking latency with a distilled model',
    project: 'Ranking',
    status: 'ready',
    competencies: ['ml.tradeoffs', 'ml.technical-depth'],
    stages: ['ml-system-design'],
    ...star(
      'Search ranking served 40k QPS with a p99 latency of 180 ms.',
      'I distilled the ranker into a model a third of the size and ran a two-week A/B test.',
      'We cut p99 latency by 40% with no loss in NDCG.',
    ),
  },
  {
    title: 'Rolled back a ranking launch that hurt new users',
    project: 'Ranking',
    status: 'ready',
    competencies: ['ml.production-reliability', 'ml.failure-learning'],
    stages: ['project-deep-dive'],
    ...star(
      'A new ranker launched to 100% of traffic on a Friday.',
      'I spotted a 6% drop in new-user CTR, rolled back within an hour and added a cohort guardrail.',
      'The relaunch a week later reduced latency by 60% and held CTR.',
    ),
  },
  {
    title: 'Owned the fraud model end to end',
    project: 'Fraud',
    status: 'ready',
    competencies: ['ml.ownership', 'ml.impact'],
    stages: ['hiring-manager'],
    ...star(
      'Fraud losses were $4M a year.',
      'I framed the problem, built the features, shipped the model and ran on-call for it.',
      'Losses fell 35% in two quarters.',
    ),
  },
  {
    title: 'Pushed back on a launch date with the PM',
    project: 'Recommendations',
    status: 'ready',
    competencies: ['ml.conflict', 'ml.collaboration'],
    stages: ['behavioral'],
    ...star(
      'The PM wanted to launch before the offline metrics were trustworthy.',
      'I showed a leakage bug with data and proposed a two-week plan.',
      'We launched two weeks later and kept a 4% lift.',
    ),
  },
  {
    title: 'Grew a junior engineer into a tech lead',
    project: 'Platform',
    status: 'ready',
    competencies: ['ml.mentoring', 'ml.leadership'],
    stages: ['bar-raiser'],
    ...star(
      'A junior engineer on my team of 6 wanted to lead.',
      'I paired with her weekly and handed her the design reviews.',
      'She led a 4-person project within a year.',
    ),
  },
  {
    title: 'Made sense of messy churn data',
    project: 'Churn',
    status: 'draft',
    competencies: ['ml.ambiguity'],
    stages: [],
    ...star(
      'Nobody agreed on what churn meant.',
      'I interviewed 5 teams and wrote one definition.',
      'The definition was adopted company-wide.',
    ),
  },
  {
    title: 'Led the feature store migration',
    project: 'Feature platform',
    status: 'ready',
    competencies: ['ml.leadership', 'ml.technical-depth'],
    stages: ['ml-system-design'],
    ...star(
      'Features were 24 hours stale for 12 models.',
      'I led 3 teams through a streaming migration.',
      'Freshness went from 24 hours to 5 minutes.',
    ),
  },
  {
    title: 'Explained model uncertainty to finance',
    project: 'Forecasting',
    status: 'ready',
    competencies: ['ml.communication'],
    stages: ['hiring-manager'],
    ...star(
      'Finance planned on point forecasts.',
      'I introduced prediction intervals and a one-page explainer.',
      'Planning errors dropped 20%.',
    ),
  },
];

export async function seedPlanningBank(app: AppUnderTest): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const fields of PLANNING_STORIES) {
    const story = await callApi(app, 'createStory', { fields });
    ids.set(story.title, story.id);
  }
  return ids;
}

export async function openView(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe-core violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's CSP (rightly) refuses an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.evaluate(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(ARTIFACTS_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, name), fullPage: false });
}
