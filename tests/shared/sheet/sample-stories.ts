// Sample stories of a senior ML engineer, written for these tests, and generators for banks at the size limits.
import type { Loop, Story } from '#shared/domain/schemas';
import { LIMITS } from '#shared/domain/limits';

const AT = '2025-03-01T09:00:00.000Z';

export const COMPETENCY_NAMES: Record<string, string> = {
  'ml.ownership': 'Ownership',
  'ml.impact': 'Delivering impact',
  'ml.system-design': 'ML system design',
  'ml.influence': 'Influence without authority',
  'ml.mentoring': 'Mentoring and growing others',
  'ml.ambiguity': 'Navigating ambiguity',
  'ml.quality': 'Insist on the Highest Standards',
  'ml.data': 'Data quality',
};

interface Draft {
  title: string;
  project: string;
  role: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  reflection: string;
  competencies: string[];
}

export const DRAFTS: Draft[] = [
  {
    title: 'Cut ranking latency so search could ship the new model',
    project: 'Search ranking v3',
    role: 'Tech lead, ranking',
    situation:
      'Our new transformer ranker beat the old model offline, but its p99 latency was 310 ms against a 120 ms budget, so search leadership was ready to shelve it.',
    task: 'I owned getting the model under budget within one quarter without giving back the offline gains.',
    action:
      'I profiled the serving path and found 60% of the time went to feature fetches. I moved the heavy features into a precomputed cache, distilled the ranker into a 6-layer student, and set up shadow traffic so we could compare both models on 5% of queries before switching.',
    result:
      'p99 latency went from 310 ms to 95 ms, the model launched to 100% of traffic, and click-through rose 4.2% in the A/B test, worth about $3.1M a year in ad revenue.',
    reflection: 'I now put a latency budget in the design doc before any model work starts, not after the offline win.',
    competencies: ['ml.ownership', 'ml.system-design', 'ml.impact'],
  },
  {
    title: 'Rebuilt the fraud training pipeline after a silent data bug',
    project: 'Payments fraud model',
    role: 'Senior ML engineer',
    situation: 'Fraud losses had crept up 18% over two months while the model dashboards all looked green.',
    task: 'I was asked to find out why and to make sure we would catch the next data problem within a day.',
    action:
      'I traced the drift to a join that silently dropped chargebacks older than 30 days. I wrote data contracts for the 14 upstream tables, added label-delay monitoring, and retrained on a corrected 2-year history of 900M transactions.',
    result:
      'Fraud losses fell from $420k to $260k per month, recall at 1% false-positive rate went up 11 pp, and the contracts caught 3 more upstream breaks in the next quarter before they reached training.',
    reflection: 'Green dashboards measured the model, not the data; I monitor label freshness first now.',
    competencies: ['ml.data', 'ml.ownership', 'ml.quality'],
  },
  {
    title: 'Convinced three teams to share one feature store',
    project: 'Feature platform',
    role: 'Staff-track engineer',
    situation:
      'Three product teams each kept their own copy of user features, with 40% of features duplicated and numbers that disagreed between dashboards.',
    task: 'I had no authority over the other teams, but I wanted one feature store that all three would adopt.',
    action:
      'I ran a two-week spike that served 25 shared features from one store, wrote an RFC with the cost numbers, and paired with each team lead to migrate their top model first, taking the on-call for the new store myself for the first month.',
    result:
      'All 3 teams migrated within 2 quarters, storage costs dropped 35%, and new features now take 2 days to ship instead of 3 weeks.',
    reflection: 'Doing the first migration for each team mattered more than the RFC.',
    competencies: ['ml.influence', 'ml.impact'],
  },
  {
    title: 'Grew two junior engineers into model owners',
    project: 'Recommendations',
    role: 'Tech lead',
    situation:
      'Our recommendations team doubled from 4 to 8 engineers in six months, and only I could debug the training jobs.',
    task: 'I needed at least two more people able to own a model end to end before my parental leave.',
    action:
      'I wrote a debugging runbook, paired for an hour each week with two junior engineers, and handed each of them one model with me as reviewer instead of author.',
    result:
      'Both owned their models within 10 weeks; pages that needed me went from 12 a month to 1, and one of them led the next retraining on her own.',
    reflection: 'Handing over authorship, not just tasks, is what made it stick.',
    competencies: ['ml.mentoring', 'ml.ownership'],
  },
  {
    title: 'Scoped an LLM support assistant nobody could define',
    project: 'Support copilot',
    role: 'Senior ML engineer',
    situation: 'Leadership wanted "AI for support" with no success metric, no dataset and a 3-month deadline.',
    task: 'I had to turn it into something we could build, measure and ship.',
    action:
      'I interviewed 12 support agents, picked reply drafting for the 20 most common ticket types, built an evaluation set of 1,500 labelled tickets, and set a go/no-go bar of 70% drafts accepted with light edits.',
    result:
      'We shipped in 11 weeks; 74% of drafts were accepted and median handling time fell from 9 minutes to 6 minutes across 40k tickets a month.',
    reflection: 'Writing the evaluation set first turned an argument about AI into an argument about numbers.',
    competencies: ['ml.ambiguity', 'ml.impact', 'ml.influence'],
  },
  {
    title: 'Stopped a launch because the offline metric lied',
    project: 'Ads CTR model',
    role: 'Senior ML engineer',
    situation: 'A new CTR model showed +2.3% AUC offline and the launch review was the next morning.',
    task: 'I was the reviewer, and I was not convinced the gain was real.',
    action:
      'I re-ran the evaluation on a time-based split and found the gain came from leakage through a feature computed after the click. I wrote it up that night and proposed a one-week delay with a fixed pipeline.',
    result:
      'The corrected model still gained 0.6% AUC and launched a week later; the leaked version would have lost an estimated 1.8% of revenue.',
    reflection: 'I ask for a time-based split in every review now.',
    competencies: ['ml.quality', 'ml.ownership'],
  },
  {
    title: 'Moved nightly batch scoring to streaming for same-day offers',
    project: 'Offer personalization',
    role: 'Senior ML engineer',
    situation:
      'Offers were scored once a night, so a customer who browsed in the morning saw offers based on yesterday, and marketing estimated 30% of offers were stale by noon.',
    task: 'I was asked to make scores fresh within 15 minutes without doubling the serving bill.',
    action:
      'I split the model into a slow part recomputed nightly and a small session part, built the session features on our existing Kafka stream, and ran both paths side by side for two weeks to check that scores agreed within 1%.',
    result:
      'Scores went from 24 hours old to under 10 minutes, offer redemption rose 8%, and compute cost grew only 12% because the nightly job shrank.',
    reflection: 'Splitting the model by how fast its inputs change was the real design decision.',
    competencies: ['ml.system-design', 'ml.impact'],
  },
  {
    title: 'Said no to a custom model and shipped a rules baseline first',
    project: 'Seller onboarding risk',
    role: 'ML lead',
    situation:
      'The risk team wanted a deep model to flag bad sellers at sign-up, but we had only 600 labelled bad sellers and a 6-week deadline.',
    task: 'I had to decide what to build and convince the risk director to accept it.',
    action:
      'I showed that 5 hand-written rules caught most of the labelled cases, proposed shipping them with a review queue, and set up labelling from that queue so we could train a real model once we had enough data.',
    result:
      'The rules caught 71% of bad sellers at launch with a 3% review rate; after 5 months the queue had produced 4,000 labels and the model that replaced the rules reached 86%.',
    reflection: 'A simple baseline that collects labels beats a clever model with no data.',
    competencies: ['ml.ambiguity', 'ml.influence', 'ml.ownership'],
  },
  {
    title: 'Brought a 3-hour training job down to 40 minutes',
    project: 'Search ranking v3',
    role: 'Senior ML engineer',
    situation:
      'Every ranking experiment waited 3 hours for training, so the team ran about 2 experiments a day and queued the rest.',
    task: 'I took on making training fast enough for an experiment before lunch and one after.',
    action:
      'I profiled the job and found the GPUs idle 55% of the time waiting on data, moved decoding to a preprocessed format, switched to mixed precision, and added a check that failed the build if throughput dropped by more than 10%.',
    result:
      'Training fell from 3 hours to 40 minutes on the same 8 GPUs, and the team ran 9 experiments a day instead of 2 in the following quarter.',
    reflection: 'I profile before buying hardware now; the bottleneck was the input pipeline, not the model.',
    competencies: ['ml.system-design', 'ml.impact'],
  },
  {
    title: 'Settled a metric dispute between product and research',
    project: 'Home feed',
    role: 'Tech lead',
    situation:
      'Product judged the feed by time spent and research by long-term retention, and two launches had stalled for a month because the metrics disagreed.',
    task: 'Nobody owned the definition, so I offered to propose one metric both sides would sign.',
    action:
      'I pulled 18 months of experiments, showed that 7-day return visits predicted 90-day retention better than time spent, wrote a one-page proposal with both leads, and agreed to review the metric again after two quarters.',
    result:
      'Both stalled launches shipped within 3 weeks, and the new metric became the default for all 14 feed experiments that year.',
    reflection: 'Bringing data on which metric predicts the long-term goal ended an argument about opinions.',
    competencies: ['ml.influence', 'ml.ambiguity'],
  },
  {
    title: 'Led the recovery when a bad model reached all users',
    project: 'Ads CTR model',
    role: 'On-call lead',
    situation:
      'A model trained on a corrupted day of data was promoted on a Friday evening, and revenue per query dropped 22% within an hour.',
    task: 'As on-call lead I had to stop the loss and find out how the model passed our checks.',
    action:
      'I rolled back to the previous model in 15 minutes, kept a timeline in the incident channel, found that the validation set came from the same corrupted day, and wrote the postmortem with three fixes ranked by cost.',
    result:
      'The loss was held to about $90k; within a month we added a holdout from a fixed past week and a canary at 1% of traffic, and no bad model has reached full traffic since.',
    reflection: 'A validation set drawn from the same data as training cannot catch a data problem.',
    competencies: ['ml.ownership', 'ml.quality', 'ml.data'],
  },
  {
    title: 'Cut labelling cost in half with active learning',
    project: 'Content moderation',
    role: 'Senior ML engineer',
    situation:
      'The moderation team paid vendors to label 200k items a month, and most of the labels were easy cases the model already got right.',
    task: 'I wanted to spend the same budget on the items that would actually improve the model.',
    action:
      'I ran an offline study on 6 months of past labels, chose uncertainty sampling with a 20% random slice to keep the evaluation fair, and worked with the vendor manager to change the labelling queue order.',
    result:
      'Labels fell from 200k to 95k a month while precision at our operating point rose from 88% to 91%, saving about $480k a year.',
    reflection: 'The random slice kept our evaluation honest; without it we would have fooled ourselves.',
    competencies: ['ml.data', 'ml.impact'],
  },
  {
    title: 'Took over a model nobody understood and documented it',
    project: 'Demand forecasting',
    role: 'Senior ML engineer',
    situation:
      'The demand forecast fed inventory for 300 stores, its author had left, and the last retrain had made errors worse in 40 stores.',
    task: 'I inherited the model and had to make it safe to retrain before the holiday season.',
    action:
      'I rebuilt the training from the notebooks into a tested pipeline, wrote down every feature and its source, added per-store error reports, and ran the old and new pipelines in parallel for 4 weeks.',
    result:
      'Forecast error fell from 19% to 14% across stores, the 40 bad stores came back in line, and two other engineers can now retrain it without me.',
    reflection: 'Writing down what the model does was the work that made everything else possible.',
    competencies: ['ml.ownership', 'ml.quality', 'ml.mentoring'],
  },
  {
    title: 'Pushed back on a launch date to add a fairness review',
    project: 'Credit line model',
    role: 'ML lead',
    situation:
      'A new credit line model was due in 2 weeks, and I found its approval rate was 9 points lower for applicants over 60 with the same repayment history.',
    task: 'I had to decide whether to ship on time or hold the launch, and explain the decision to the business owner.',
    action:
      'I proposed a 3-week delay, traced the gap to a feature that stood in for age, worked with legal on what we could use instead, and retrained without it.',
    result:
      'The gap closed to under 1 point, default rates stayed the same, and the review became a required step for every credit model after that.',
    reflection: 'Asking for a delay was easier with the gap measured and a plan to close it.',
    competencies: ['ml.quality', 'ml.influence'],
  },
  {
    title: 'Ran the hiring loop that doubled the ML platform team',
    project: 'ML platform',
    role: 'Hiring lead',
    situation: 'Our platform team had 5 engineers for 30 model teams and a backlog that grew every quarter.',
    task: 'I was asked to hire 5 engineers in two quarters without lowering the bar.',
    action:
      'I wrote a work-sample exercise from a real pipeline bug, trained 8 interviewers on a shared rubric, and reviewed every debrief myself for the first 20 loops.',
    result:
      'We hired 5 engineers in 5 months from 140 candidates, offer acceptance was 80%, and all 5 were on call within their first 8 weeks.',
    reflection: 'A work sample based on real work told us more than any puzzle.',
    competencies: ['ml.mentoring', 'ml.impact'],
  },
  {
    title: 'Replaced three embedding models with one shared encoder',
    project: 'Embeddings platform',
    role: 'Staff-track engineer',
    situation:
      'Search, ads and recommendations each trained their own text embeddings, costing about $60k a month in GPU time and giving three answers to one question.',
    task: 'I set out to prove one shared encoder could serve all three without hurting any of them.',
    action:
      'I built a benchmark of 9 tasks taken from each team, trained a shared encoder with a small head per team, and agreed with each lead on the drop they could accept before we started.',
    result:
      'The shared encoder matched or beat two of the three teams and came within 0.4% on the third; GPU spend fell 45% and new teams now start from it.',
    reflection: 'Agreeing on the acceptable drop before the results came in kept the debate short.',
    competencies: ['ml.system-design', 'ml.influence', 'ml.impact'],
  },
];

function story(i: number, draft: Draft, overrides: Partial<Story> = {}): Story {
  return {
    id: `story_sample${String(i).padStart(4, '0')}`,
    ...draft,
    stages: ['behavioral'],
    companies: [],
    status: 'ready',
    createdAt: AT,
    updatedAt: AT,
    rehearsals: [],
    notes: '',
    ...overrides,
  };
}

/** A bank of `n` ordinary stories (the drafts, cycled, with distinct titles). */
export function sampleStories(n: number): Story[] {
  return Array.from({ length: n }, (_, i) => {
    const d = DRAFTS[i % DRAFTS.length];
    return story(i, { ...d, title: i < DRAFTS.length ? d.title : `${d.title} (${i + 1})` });
  });
}

/** Repeats the draft's own sentences, then a per-story distinct sentence, until exactly `length` characters. */
function padTo(text: string, length: number, salt: string): string {
  let out = text;
  while (out.length < length) out += ` ${salt} ${text}`;
  // Cut at the last sentence end that fits and fill with spaces, so no half-word becomes a fake "key number".
  const cut = out.slice(0, length);
  const end = cut.lastIndexOf('. ');
  return end > 0 ? cut.slice(0, end + 1).padEnd(length, ' ') : cut;
}

/** A story with every field at its maximum length: 200-character title, 20,000 characters per section. */
export function maxStory(i: number): Story {
  const d = DRAFTS[i % DRAFTS.length];
  const salt = `In phase ${i + 1} we also moved ${i + 7} services.`;
  const title = padTo(`#${i + 1} ${d.title}`, LIMITS.shortText, `and ${d.project}`);
  return story(
    i,
    {
      title,
      project: padTo(d.project, LIMITS.shortText, '/'),
      role: padTo(d.role, LIMITS.shortText, '/'),
      situation: padTo(d.situation, LIMITS.sectionText, salt),
      task: padTo(d.task, LIMITS.sectionText, salt),
      action: padTo(d.action, LIMITS.sectionText, salt),
      result: padTo(d.result, LIMITS.sectionText, salt),
      reflection: padTo(d.reflection, LIMITS.sectionText, salt),
      competencies: Object.keys(COMPETENCY_NAMES),
    },
    { notes: padTo('Bring the latency chart.', LIMITS.notes, '') },
  );
}

export function maxStories(n: number): Story[] {
  return Array.from({ length: n }, (_, i) => maxStory(i));
}

/** A story that stresses Unicode and XML: accents, CJK, emoji, Hebrew and Arabic, markup characters, a 300-char word. */
export function unicodeStory(i = 0): Story {
  const longWord = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(8).slice(0, 300);
  return story(i, {
    title: 'Café « Zürich » rollout — 東京 and 🚀 with <b>&amp; "quotes"',
    project: 'Ünïcödé',
    role: 'Lead',
    situation:
      'The Tōkyō team (東京チーム) and the Tel Aviv team (צוות תל אביב) shared one model; señor García said "it works" <sometimes> & often not.',
    task: 'Unify the two pipelines — 统一两个管道 — before Q3 without breaking العربية tokenization.',
    action: `I rewrote the tokenizer with a ${longWord} fallback, added 😀🎉 emoji handling, and tested on 3 scripts.`,
    result: 'Errors fell 42% and latency went from 80 ms to 30 ms for 2M users in Japan, Israel and Egypt 🎯.',
    reflection: 'Naïve ASCII assumptions cost us weeks; I now test with מילים and 漢字 first.',
    competencies: ['ml.ownership'],
  });
}

/** A loop of `rounds` rounds that uses the given stories, two per round, in reverse order (to test reordering). */
export function sampleLoop(stories: Story[], rounds = 4): Loop {
  const ids = [...stories].reverse().map((s) => s.id);
  const names = ['Hiring manager', 'ML system design', 'Behavioral / leadership', 'Project deep-dive', 'Bar raiser'];
  return {
    id: 'loop_sample',
    company: 'Northwind Robotics',
    role: 'Senior ML Engineer',
    date: '2025-04-15',
    frameworkId: 'senior-ml-engineer',
    createdAt: AT,
    updatedAt: AT,
    rounds: Array.from({ length: rounds }, (_, r) => ({
      id: `round_r${r}`,
      name: names[r % names.length],
      focus: [],
      storyIds: ids.slice(r * 2, r * 2 + 2),
    })),
  };
}
