// The words for a loop in the "one loop" scope picker.
import type { Loop } from '#shared/domain/schemas';

export function loopLabel(loop: Loop): string {
  return [loop.company || 'Untitled loop', loop.role, loop.date].filter(Boolean).join(' · ');
}
