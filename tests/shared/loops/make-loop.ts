import type { Loop } from '#shared/domain/schemas';

export function makeLoop(
  rounds: { focus: string[]; storyIds?: string[]; name?: string }[],
  fields: Partial<Loop> = {},
): Loop {
  return {
    id: 'loop_main',
    company: 'Acme',
    role: 'Staff MLE',
    frameworkId: 'senior-ml-engineer',
    createdAt: '2025-03-01T00:00:00.000Z',
    updatedAt: '2025-03-01T00:00:00.000Z',
    rounds: rounds.map((r, i) => ({
      id: `round_r${i}`,
      name: r.name ?? `Round ${i + 1}`,
      focus: r.focus,
      storyIds: r.storyIds ?? [],
    })),
    ...fields,
  };
}
