// The layers an interviewer walks down when they ask you to take one project "at any depth", each with
// what they probe, the senior signals and the follow-up kinds that belong to it, and the question to
// prepare when the layer is thin. Which sentences a layer holds is decided in layer-rules.ts.
import type { FollowUpKind, SignalId } from '../analysis';

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
  /** Senior signals shown in this layer when a sentence placed here shows them (placement: layer-rules.ts). */
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
    signals: [],
    followUps: [],
    prepare: 'On {project}: what problem did it solve, for whom, and which number told you it worked?',
  },
  {
    id: 'data',
    label: 'Data',
    short: 'Data',
    probes: 'Where the data came from, how much, how it was labelled, and what was wrong with it.',
    signals: [],
    followUps: ['data'],
    prepare: 'On {project}: where did the data come from, how much was there, and what was wrong with it?',
  },
  {
    id: 'approach',
    label: 'Approach and alternatives',
    short: 'Approach',
    probes: 'What you built, what you ruled out, and why this approach won.',
    signals: ['trade-off', 'ambiguity'],
    followUps: ['decision', 'tradeoff'],
    prepare: 'On {project}: which approaches did you rule out, and why did yours win?',
  },
  {
    id: 'system',
    label: 'System design and scale',
    short: 'System & scale',
    probes: 'The architecture, the load it carried, and what had to change as it grew.',
    signals: ['constraint'],
    followUps: ['scale', 'constraint'],
    prepare: 'On {project}: draw the system: what carried the load, and what broke first as it grew?',
  },
  {
    id: 'evaluation',
    label: 'Evaluation',
    short: 'Evaluation',
    probes: 'How you knew it worked: offline metrics, the baseline, experiments.',
    signals: [],
    followUps: ['metric', 'evidence', 'attribution'],
    prepare: 'On {project}: how did you evaluate it, against which baseline, and how did you know it was not noise?',
  },
  {
    id: 'deployment',
    label: 'Deployment',
    short: 'Deployment',
    probes: 'How it reached production safely: rollout, migration, who had to agree.',
    signals: ['cross-functional'],
    followUps: ['launch', 'partner'],
    prepare: 'On {project}: how did it get to production safely, and who had to sign off?',
  },
  {
    id: 'monitoring',
    label: 'Monitoring and after launch',
    short: 'After launch',
    probes: 'What you watched after launch: alerts, drift, incidents, retraining, iteration.',
    signals: ['after-launch'],
    followUps: ['monitoring'],
    prepare: 'On {project}: what did you watch after launch, and what did you change because of it?',
  },
  {
    id: 'failures',
    label: 'Failures and what changed',
    short: 'Failures',
    probes: 'What went wrong, what you changed, and what you would do differently now.',
    signals: [],
    followUps: ['failure', 'cause', 'lesson', 'difficulty'],
    prepare: 'On {project}: what went wrong, and what would you do differently now?',
  },
  {
    id: 'role',
    label: 'Your role',
    short: 'Your role',
    probes: 'What you did yourself, what you decided, and whom you had to bring along.',
    signals: ['own-decision', 'influence', 'cross-functional'],
    followUps: ['we', 'conflict', 'rampup'],
    prepare: 'On {project}: which parts were yours alone, and which decision did you make that others disagreed with?',
  },
];

export const LAYERS_BY_ID: Readonly<Record<LayerId, DepthLayer>> = Object.fromEntries(
  DEPTH_LAYERS.map((l) => [l.id, l]),
) as Record<LayerId, DepthLayer>;

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}
