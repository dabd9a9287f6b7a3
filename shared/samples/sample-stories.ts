// Three sample stories for a senior ML engineer, written for Storybank. They show what a finished
// story looks like: numbers for scale and result, "I" for the person's own part, Action about half.
// They carry `sample: true` so the app labels them and can remove them in one go.
import type { StoryFields } from '../domain/schemas';

export type SampleStory = Partial<StoryFields> & { title: string; sample: true };

export const SAMPLE_STORIES: readonly SampleStory[] = [
  {
    sample: true,
    title: 'Cut ranking p99 latency from 240 ms to 95 ms',
    project: 'Feed ranking service',
    role: 'Tech lead, 4 engineers',
    situation:
      'Our feed ranking service scored about 18,000 requests per second for 40 million daily users. Over one quarter its p99 latency had grown from 110 ms to 240 ms, and product had paused two model launches because of it.',
    task: 'I owned getting p99 back under 120 ms within six weeks without losing more than 0.2% of offline recall, so the paused launches could ship.',
    action:
      'I profiled a week of production traces and found that 60% of the tail came from feature fetches that ran one after another. I redesigned the fetch layer to batch the 14 feature groups into three parallel calls, and I wrote the load test that replayed peak traffic before every change. I split the work across the team: two engineers moved the embedding lookups to a local cache, and I paired with the third on distilling the 1.2B-parameter ranker into a 300M student. When the distilled model lost 0.6% recall, I proposed keeping the large model for the top 50 candidates only, and I got product and research to agree on that trade-off in one review.',
    result:
      'p99 fell from 240 ms to 95 ms and GPU hours dropped by 35%, saving about $410k a year. Recall moved by 0.1%. Both paused launches shipped within a month, and the batching layer was adopted by two other ranking teams.',
    reflection:
      'I now set a latency budget per model before the first experiment, instead of finding the cost in production.',
    competencies: ['ml.technical-depth', 'ml.production-reliability', 'ml.impact'],
    stages: ['ml-system-design', 'project-deep-dive'],
    status: 'ready',
  },
  {
    sample: true,
    title: 'Disagreed with launching a fraud model on offline AUC alone',
    project: 'Payments fraud detection',
    role: 'Senior ML engineer',
    situation:
      'A new gradient-boosted fraud model beat production by 4 points of offline AUC, and leadership wanted it live before the holiday peak, when we process about 2 million payments a day.',
    task: 'I was asked to sign off on the launch. I believed the offline gain hid a drop in precision for small merchants, who are 70% of our accounts.',
    action:
      'I sliced the evaluation by merchant size and found precision for small merchants fell from 91% to 78%, which meant roughly 1,200 extra blocked payments a day. I wrote a one-page memo with the numbers and a cost estimate, and I proposed a two-week shadow launch instead of a full rollout. When the product director pushed back on the delay, I offered a compromise: launch for large merchants at once and gate small merchants on the shadow results. I built the per-segment dashboard the team used to make the final call.',
    result:
      'We launched for large merchants on schedule and caught $1.3M more fraud over the peak. The shadow run confirmed the small-merchant drop, and a retrained model fixed it three weeks later. Per-segment evaluation became a required step in our launch checklist.',
    reflection: 'Disagreeing worked because I brought a number and a way forward, not just a concern.',
    competencies: ['ml.conflict', 'ml.tradeoffs', 'ml.communication'],
    stages: ['behavioral', 'hiring-manager', 'bar-raiser'],
    status: 'ready',
  },
  {
    sample: true,
    title: 'Mentored two engineers into owning the training platform',
    project: 'Training platform',
    role: 'Staff engineer and mentor',
    situation:
      'Our training platform ran about 600 jobs a week for 30 researchers, and I was the only person who could debug its scheduler. Every incident waited for me, and the average time to recover was 9 hours.',
    task: 'I set myself the goal of making two mid-level engineers able to own the platform within one quarter, so that it no longer depended on me.',
    action:
      'I wrote a 12-page runbook from the last 20 incidents and walked both engineers through it in weekly sessions. I handed them the on-call rotation with me as backup, and I stopped answering first so they had room to lead. After each incident I reviewed their write-up with them and asked what they would change. I also gave one of them the scheduler rewrite to design, and I reviewed the design instead of writing it.',
    result:
      'Within three months both engineers handled incidents alone, and time to recover fell from 9 hours to 2. One of them was promoted to senior six months later, and I moved to the feature-store project the team had been waiting on.',
    reflection: 'Stepping back felt slower at first; measuring recovery time made it clear it was faster.',
    competencies: ['ml.mentoring', 'ml.leadership', 'ml.ownership'],
    stages: ['behavioral', 'hiring-manager', 'onsite-loop'],
    status: 'draft',
  },
];

/** A short guided first story: each section asks the question it should answer. */
export const GUIDED_FIRST_STORY: Partial<StoryFields> = {
  title: 'My first story',
  situation: '',
  task: '',
  action: '',
  result: '',
  reflection: '',
  status: 'draft',
};

/** The questions the guided story shows, one per section, as a short walkthrough. */
export const GUIDED_PROMPTS = [
  {
    section: 'situation',
    prompt: 'Pick a project you are proud of. Where were you, and what was at stake? Add one number for scale.',
  },
  { section: 'task', prompt: 'What did you own? Say it with “I”.' },
  { section: 'action', prompt: 'What did you do, step by step? This is about half the answer.' },
  { section: 'result', prompt: 'What changed? Give a metric — a percentage, a time, money saved — and who benefited.' },
  { section: 'reflection', prompt: 'What did you learn? One sentence is enough.' },
] as const;
