// Synthetic STAR stories for the analyzer benchmarks. Every sentence carries numbers derived from the
// story's index, so no two stories share a sentence and the per-sentence cache cannot hide the cost.

const SITUATIONS = [
  'Our checkout service at a marketplace with {a}k daily orders was timing out at peak, and the on-call rotation was burning out.',
  'The recommendation model had not been retrained for {b} months and click-through was drifting down every week.',
  'Two teams owned overlapping parts of the ingestion pipeline with {a} jobs, and nobody could say who fixed a broken partition.',
  'Leadership wanted the fraud model in {b} EU countries by the end of the quarter, but the feature store only ran in one region.',
];
const TASKS = [
  'I owned the reliability roadmap for the payments team of {c} engineers and had to bring incidents down before the holiday peak.',
  'My task was to get a retraining loop in place without stopping the {d} experiments already running.',
  'As tech lead I had to decide whether to rebuild the pipeline or fix the worst {c} jobs first.',
];
const ACTIONS = [
  'I profiled the slowest endpoints with distributed tracing and found that {e}% of the latency came from a synchronous fraud check.',
  'I proposed moving the check behind a queue, wrote the design doc, and convinced the fraud team to accept a {b}-second delay for low-risk orders.',
  'We worked on the migration together for {a} days, and I built the queue consumer and the rollback switch.',
  'I wrote a backfill job that replayed {f} days of events, and I set up shadow traffic so we could compare both paths.',
  'I paired with the data scientists to define a holdout of {g}k users and agreed with product on the guardrail metrics.',
  'I helped the platform team with the rollout plan and reviewed the {b} changes that touched the payment path.',
  'The change was significantly better for the {a}k customers, and monitoring was improved along the way.',
  'I ran a weekly review where each owner showed the {c} worst alerts from their service and what they would delete.',
];
const RESULTS = [
  'We cut p99 latency from {h} ms to {i} ms and reduced pages from {j} a week to {k}.',
  'The rollout across {l} regions finished in {m} weeks, and the fraud team adopted the same pattern for refunds.',
  'Click-through rose {n}% in the holdout and the retraining job now runs every night without anyone touching it.',
  'The project improved reliability for {a} internal services.',
];
const REFLECTIONS = [
  'Next time I would agree on the rollback criteria before the first of the {a} deploys, not after.',
  'I learned to write the decision record before the meeting with the {a} reviewers, because it makes the disagreement concrete.',
];

function fill(template: string, seed: number): string {
  let k = 0;
  // Distinct per seed: the seed itself goes into the first number.
  return template.replace(/\{([a-n])\}/g, () =>
    String(k++ === 0 ? 10 + (seed % 1_000_003) : ((seed * 31 + k * 17) % 900) + 10),
  );
}

export interface SampleStory {
  situation: string;
  task: string;
  action: string;
  result: string;
  reflection: string;
}

// Which section gets the next sentence: about half of the answer is Action.
const PATTERN: (keyof SampleStory)[] = [
  'situation',
  'task',
  'action',
  'action',
  'result',
  'action',
  'action',
  'situation',
  'action',
  'result',
  'reflection',
  'task',
];
const LISTS: Record<keyof SampleStory, string[]> = {
  situation: SITUATIONS,
  task: TASKS,
  action: ACTIONS,
  result: RESULTS,
  reflection: REFLECTIONS,
};

/** A story of at least `words` words (default 400), every sentence distinct for each `index`. */
export function sampleStory(index: number, words = 400): SampleStory {
  const parts: Record<keyof SampleStory, string[]> = {
    situation: [],
    task: [],
    action: [],
    result: [],
    reflection: [],
  };
  let total = 0;
  for (let k = 0; total < words; k++) {
    const section = PATTERN[k % PATTERN.length];
    const list = LISTS[section];
    const sentence = fill(list[(index + parts[section].length) % list.length], index * 7919 + k * 104_729);
    parts[section].push(sentence);
    total += wordCount(sentence);
  }
  return {
    situation: parts.situation.join(' '),
    task: parts.task.join(' '),
    action: parts.action.join(' '),
    result: parts.result.join(' '),
    reflection: parts.reflection.join(' '),
  };
}

export function storyText(story: SampleStory): string {
  return [story.situation, story.task, story.action, story.result, story.reflection].join('\n\n');
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
