// The focus a round is planned for. A round's own focus wins. A round without one is planned for the
// loop's focus (the competencies accepted from its job description) less what other rounds already
// plan for, so the job focus fills the loop's gaps without taking a story from the round that asks for it.
import type { Loop, Round } from '../domain/schemas';

/** The competencies `round` is planned for: its own focus, or the loop's that no other round has. */
export function roundFocus(loop: Pick<Loop, 'focus' | 'rounds'>, round: Pick<Round, 'focus'>): string[] {
  if (round.focus.length > 0) return round.focus;
  if (!loop.focus || loop.focus.length === 0) return [];
  const planned = new Set(loop.rounds.flatMap((r) => r.focus));
  return loop.focus.filter((c) => !planned.has(c));
}

/** True when the round's focus comes from the loop's job description rather than from the round itself. */
export function focusFromLoop(loop: Pick<Loop, 'focus' | 'rounds'>, round: Pick<Round, 'focus'>): boolean {
  return round.focus.length === 0 && roundFocus(loop, round).length > 0;
}
