/**
 * A span of a sentence whose figures and effects are not achieved results: a target, a plan, a wish
 * or a limit the work had to respect. Its own module so target-clauses.ts and limit-clauses.ts, which
 * both produce spans, need not import each other.
 */
export interface TargetSpan {
  start: number;
  end: number;
  /** A figure foreseen or asked for: no effect in it is achieved either ("predicted a 15% drop"). */
  foreseen: boolean;
  /** Opened by an assignment, wish or proposal lead: a before → after pair in it is a target too. */
  lead?: boolean;
  /** A limit the work had to respect ("had to stay under 512 MB"): its figure sizes no context either. */
  limit?: boolean;
}
