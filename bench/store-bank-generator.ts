// Builds banks of realistic stories for the store benchmark: varied STAR text of interview length
// (about 2.5 KB per story, so 10,000 stories make a file of about 25 MB), tags and a rehearsal log.
import { emptyBank } from '#shared/domain/defaults';
import { newId } from '#shared/domain/ids';
import type { Bank, Story } from '#shared/domain/schemas';

const SENTENCES = [
  'Our ranking service served 40,000 requests per second with a p99 latency of 180 ms.',
  'I owned the migration of the feature store from nightly batch jobs to a streaming pipeline.',
  'The team had missed two quarterly launches because model retraining took nine hours.',
  'I proposed splitting the training job by region and wrote the design doc over a weekend.',
  'Two senior engineers disagreed with the plan, so I ran a one-week spike to compare both options.',
  'We cut training time from 9 hours to 3 and shipped the launch three weeks early.',
  'Click-through rate rose 4.2% in the A/B test, worth about $2M a year in revenue.',
  'I learned to write down the decision criteria before the debate, not after.',
  'On-call pages dropped from twelve a week to two after I added canary evaluation.',
  'I mentored three new hires through their first production model launch.',
  'The data contained duplicated events from a retry bug, which inflated our offline AUC.',
  'I paired with the data platform team to add idempotency keys to the event producer.',
];

function paragraph(seed: number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(SENTENCES[(seed * 7 + i * 5) % SENTENCES.length]);
  return out.join(' ');
}

export function realisticStory(index: number, now = Date.UTC(2026, 0, 1)): Story {
  const at = new Date(now + index * 60_000).toISOString();
  return {
    id: newId('story', now + index),
    title: `Story ${index}: cutting retraining time for the ranking model`,
    project: `Project ${index % 40}`,
    role: 'Tech lead',
    situation: paragraph(index, 5),
    task: paragraph(index + 1, 3),
    action: paragraph(index + 2, 9),
    result: paragraph(index + 3, 4),
    reflection: paragraph(index + 4, 2),
    competencies: ['ml.ownership', 'ml.impact', `ml.tag-${index % 9}`],
    stages: ['behavioral', 'project-deep-dive'],
    companies: ['Acme', 'Globex'],
    status: index % 3 === 0 ? 'ready' : 'draft',
    createdAt: at,
    updatedAt: at,
    rehearsals: Array.from({ length: index % 4 }, (_, r) => ({
      id: newId('reh', now + index * 10 + r),
      at,
      seconds: 95 + r * 10,
      rating: 1 + (r % 5),
    })),
    notes: index % 5 === 0 ? 'Check the revenue number with finance before using it.' : '',
  };
}

export function realisticBank(stories: number): Bank {
  return { ...emptyBank(), stories: Array.from({ length: stories }, (_, i) => realisticStory(i)) };
}
