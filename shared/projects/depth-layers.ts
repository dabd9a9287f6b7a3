// The layers an interviewer walks down when they ask you to take one project "at any depth", each with
// what they probe, the words in a story that show the layer is covered, the senior signals and the
// follow-up kinds that belong to it, and the question to prepare when the layer is thin.
import type { FollowUpKind, SignalId } from '../analysis';
import type { StorySection } from '../domain/schemas';

export const LAYER_IDS = [
  'problem',
  'data',
  'approach',
  'system',
  'evaluation',
  'deployment',
  'monitoring',
  'failures',
  'role',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export interface DepthLayer {
  id: LayerId;
  label: string;
  /** A shorter label for the one-page sheet's narrow column. */
  short: string;
  /** What the interviewer probes at this layer, in one line. */
  probes: string;
  /** Words that show a sentence speaks to this layer. */
  cues: RegExp;
  /** Sections whose sentences count only when they also match the cues (all sections do). */
  sections?: readonly StorySection[];
  /** Senior signals that, found in a sentence, put it in this layer. */
  signals: readonly SignalId[];
  /** Follow-up questions of these kinds are filed under this layer. */
  followUps: readonly FollowUpKind[];
  /** The question to prepare when the layer is thin; `{project}` is the project's name. */
  prepare: string;
}

export const DEPTH_LAYERS: readonly DepthLayer[] = [
  {
    id: 'problem',
    label: 'Problem and success metric',
    short: 'Problem & metric',
    probes: 'Whose problem it was, why it mattered, and the number that defined success.',
    sections: ['situation', 'task'],
    cues: /\b(?:problems?|goals?|objectives?|success\s+(?:metric|criteria)|north[-\s]star|KPIs?|pain(?:\s+points?)?|complain\w*|churn\w*|business|revenue|customers?|users?\s+(?:were|had|could)|needed\s+to|had\s+to|target(?:ed|s)?|why\s+it\s+mattered|cost\s+us|losing|lost)\b/i,
    signals: [],
    followUps: [],
    prepare: 'On {project}: what problem did it solve, for whom, and which number told you it worked?',
  },
  {
    id: 'data',
    label: 'Data',
    short: 'Data',
    probes: 'Where the data came from, how much, how it was labelled, and what was wrong with it.',
    cues: /\b(?:data(?:sets?|\s+quality|\s+pipelines?)?|labell?(?:ed|ing|s|ers?)|annotat\w*|features?(?!\s+flags?)|feature\s+store|training\s+(?:data|set)|ground[-\s]truth|samples?|sampling|logs?|events?|schemas?|records|rows|warehouse|ETL|leakage|imbalance\w*|skew\w*|noisy|cleaning|backfill\w*)\b/i,
    signals: [],
    followUps: [],
    prepare: 'On {project}: where did the data come from, how much was there, and what was wrong with it?',
  },
  {
    id: 'approach',
    label: 'Approach and alternatives',
    short: 'Approach',
    probes: 'What you built, what you ruled out, and why this approach won.',
    cues: /\b(?:approach\w*|alternatives?|instead\s+of|rather\s+than|options?|considered|trade[-\s]?offs?|chose|chosen|picked|opted|baselines?|heuristics?|rules?[-\s]based|model\s+(?:architecture|choice|family)|algorithms?|classifiers?|(?:logistic|linear)\s+regression|embeddings?|transformers?|fine[-\s]tun\w*|gradient[-\s]boost\w*|xgboost|build\s+vs\.?\s+buy|prototyp\w*)\b/i,
    signals: ['trade-off', 'ambiguity'],
    followUps: ['decision'],
    prepare: 'On {project}: which approaches did you rule out, and why did yours win?',
  },
  {
    id: 'system',
    label: 'System design and scale',
    short: 'System & scale',
    probes: 'The architecture, the load it carried, and what had to change as it grew.',
    cues: /\b(?:architect\w*|services?|microservices?|latency|throughput|QPS|RPS|requests?|scal\w*|cach\w*|queues?|stream\w*|batch\w*|distributed|shard\w*|partition\w*|infra\w*|GPUs?|CPUs?|memory|p9\d|SLAs?|SLOs?|kafka|spark|kubernetes|k8s|real[-\s]time|online\s+serving|serving|endpoints?|APIs?)\b/i,
    signals: ['constraint'],
    followUps: ['scale', 'constraint'],
    prepare: 'On {project}: draw the system: what carried the load, and what broke first as it grew?',
  },
  {
    id: 'evaluation',
    label: 'Evaluation',
    short: 'Evaluation',
    probes: 'How you knew it worked: offline metrics, the baseline, experiments.',
    // "Evaluated Python frameworks", "validated the approach", "validates them with Pydantic": choosing
    // or checking inputs is not evaluating the work; the nouns and "evaluated/validated on|against" are.
    cues: /\b(?:evaluations?|evals?|(?:evaluated|validated|tested)\s+(?:it\s+|them\s+|the\s+model\s+)?(?:on|against|offline)|offline|A\/B|experiments?|experimentation|hold[-\s]?outs?|held[-\s]out|precision|recall|AUC|F1|accuracy|NDCG|MAP|RMSE|benchmark\w*|validation\s+(?:set|data|loss|split)|back[-\s]?test\w*|baseline|measured|significan(?:t|ce)|confidence\s+interval|control\s+group|metrics?)\b/i,
    signals: [],
    followUps: ['metric', 'evidence'],
    prepare: 'On {project}: how did you evaluate it, against which baseline, and how did you know it was not noise?',
  },
  {
    id: 'deployment',
    label: 'Deployment',
    short: 'Deployment',
    probes: 'How it reached production safely: rollout, migration, who had to agree.',
    cues: /\b(?:deploy\w*|launch\w*|shipp?(?:ed|ing)|roll(?:ed|ing)?[-\s]?outs?|releas\w*|canary|shadow\s+(?:mode|traffic)|feature\s+flags?|go[-\s]live|went\s+live|production|migrat\w*|cut[-\s]?over|staged|phased|gradual\w*)\b/i,
    signals: ['cross-functional'],
    followUps: ['launch', 'partner'],
    prepare: 'On {project}: how did it get to production safely, and who had to sign off?',
  },
  {
    id: 'monitoring',
    label: 'Monitoring and after launch',
    short: 'After launch',
    probes: 'What you watched after launch: alerts, drift, incidents, retraining, iteration.',
    cues: /\b(?:monitor\w*|alert\w*|dashboards?|drift\w*|retrain\w*|on[-\s]?call|incidents?|roll(?:ed)?\s?backs?|rolled\s+back|post[-\s]?mortems?|observab\w*|pager\w*|iterat\w*|after\s+(?:launch|release|shipping))\b/i,
    signals: ['after-launch'],
    followUps: [],
    prepare: 'On {project}: what did you watch after launch, and what did you change because of it?',
  },
  {
    id: 'failures',
    label: 'Failures and what changed',
    short: 'Failures',
    probes: 'What went wrong, what you changed, and what you would do differently now.',
    cues: /\b(?:fail\w*|mistakes?|bugs?|outages?|broke|broken|wrong|regress(?:ed|ions?)|dropped|roll(?:ed)?\s?back|rolled\s+back|post[-\s]?mortems?|lessons?|learned\s+(?:that|how|to)|differently|hindsight|next\s+time|would\s+have|should\s+have|underestimat\w*|missed|setbacks?)\b/i,
    signals: [],
    followUps: ['failure', 'lesson'],
    prepare: 'On {project}: what went wrong, and what would you do differently now?',
  },
  {
    id: 'role',
    label: 'Your role',
    short: 'Your role',
    probes: 'What you did yourself, what you decided, and whom you had to bring along.',
    cues: /\bI\s+(?:led|owned|designed|built|wrote|decided|chose|proposed|drove|convinced|mentored|pushed|ran|set\s+up|took|started|initiated|negotiated|argued|hired|coordinated|prototyped|implemented)\b/,
    signals: ['own-decision', 'influence', 'cross-functional'],
    followUps: ['we', 'conflict'],
    prepare: 'On {project}: which parts were yours alone, and which decision did you make that others disagreed with?',
  },
];

export const LAYERS_BY_ID: Readonly<Record<LayerId, DepthLayer>> = Object.fromEntries(
  DEPTH_LAYERS.map((l) => [l.id, l]),
) as Record<LayerId, DepthLayer>;

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}
