import { SECTION_LABELS, type StorySection } from '#shared/domain/schemas';

/** How each STAR section is labelled and what belongs in it (shown under the label). */
export const SECTION_META: Record<StorySection, { label: string; short: string; hint: string; placeholder: string }> = {
  situation: {
    label: SECTION_LABELS.situation,
    short: 'S',
    hint: 'Where, when, and what was at stake, with a number for scale.',
    placeholder: 'Our ranking model served 40M users; p99 latency had doubled in a quarter…',
  },
  task: {
    label: SECTION_LABELS.task,
    short: 'T',
    hint: 'What you owned and the goal you were given or set.',
    placeholder: 'I owned bringing p99 back under 120 ms without losing recall…',
  },
  action: {
    label: SECTION_LABELS.action,
    short: 'A',
    hint: 'What you did yourself, step by step. About half of the answer.',
    placeholder: 'I profiled the feature pipeline and found…',
  },
  result: {
    label: SECTION_LABELS.result,
    short: 'R',
    hint: 'What changed, measured: a metric, the scale, and the outcome.',
    placeholder: 'p99 fell from 240 ms to 95 ms; the team shipped the next model two weeks early…',
  },
  reflection: {
    label: SECTION_LABELS.reflection,
    short: 'L',
    hint: 'What you learned or would do differently (optional).',
    placeholder: 'I now set a latency budget before the first experiment…',
  },
};
