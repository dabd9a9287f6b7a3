// Stories written for the project tests (not taken from any corpus): two stories about one
// search-ranking project, and a helper that makes a full Story from a few fields.
import { newStory } from '#shared/domain/defaults';
import type { Story, StoryFields } from '#shared/domain/schemas';

let n = 0;
export function story(fields: Partial<StoryFields>): Story {
  n++;
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n));
  return { ...newStory(fields, at), id: `story_proj${String(n).padStart(6, '0')}` };
}

export const RANKING = 'Search ranking';

export const rankingLaunch = () =>
  story({
    title: 'Moved search ranking to a learned model',
    project: RANKING,
    role: 'Senior ML engineer',
    situation:
      'Shoppers could not find products: 30% of searches ended without a click, and the business goal was to raise conversion.',
    task: 'I owned replacing the hand-tuned ranking rules with a learned model within one quarter.',
    action:
      'I built the training set from six months of click logs and labelled purchases as positives. ' +
      'I chose gradient-boosted trees over a neural ranker because the serving budget was 20 ms at p99. ' +
      'We ran a two-week A/B test against the old rules on 10% of traffic. ' +
      'I convinced the platform team to let us deploy behind a feature flag with a staged rollout.',
    result:
      'Conversion rose from 3.1% to 3.6% and searches without a click fell to 22%. ' +
      'After launch I set up alerts on feature drift and a weekly retraining job.',
    reflection: 'In hindsight I would have logged impressions from day one; we lost a month rebuilding them.',
  });

export const rankingIncident = () =>
  story({
    title: 'Rolled back a ranking regression',
    project: 'search  RANKING',
    role: 'Senior ML engineer',
    situation: 'A retrained ranking model shipped with a stale feature and conversion dropped overnight.',
    action: 'I rolled back to the previous model within an hour and wrote the post-mortem.',
    result: 'We added a check that blocks a model whose features are older than a day.',
    reflection: '',
  });

export const unrelated = () =>
  story({
    title: 'Mentored two new hires',
    project: 'Onboarding',
    situation: 'Two engineers joined the team in the same week.',
    action: 'I paired with each of them for their first three tickets.',
    result: 'Both shipped to production in their second week.',
  });
