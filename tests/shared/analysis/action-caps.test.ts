// Session 39, task "marks2": a so-clause in an Action that sets a cap on the thing made ("capped it so it could never
// take more than one position in ten", "set the rota so no nurse would work more than three nights in a row") tells
// a configuration the writer chose, not a problem that stopped (rules/act-frame-cues.ts, the limit clause). Near
// misses keep their outcome: a change told in the clause ("no longer waited more than an hour", "never again", "any
// more") and a bound on no figure ("didn't wait any longer than they had to").
//
// Every sentence in action-caps*.jsonl is our own writing, made up for this test: none is a row of a writer set or
// of a probe, and none was gathered from public text. action-caps.jsonl (tuning) was used while writing the rule;
// action-caps-aside.jsonl was written at the same time, put away, and run once at the end.
import { describe, expect, it } from 'vitest';
import { actFrameOf } from '#shared/analysis/rules/outcomes/act-frame-cues';
import { findOutcomeCues } from '#shared/analysis/rules/outcomes/outcomes';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('action-caps');

/**
 * The aside half, run once at the end (has_outcome wrong 7 → 1): cap39a-001 "… never use more than a twentieth of
 * the pool" ("a twentieth" is no figure to the reader), and cap39a-006 "He configured the queue …", labeled a claim
 * by mistake when written (another person's act is context, RUBRIC.md; its outcome is now read right).
 */
const KNOWN_MISSES = new Set<string>(['cap39a-001', 'cap39a-006']);

describe('caps told in an Action’s so-clause (own sentences)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['is_claim', 'has_outcome'], 10);

  // The reason is part of the claim: a D rung's cue is refused as a limit clause.
  it.each(rows.filter((r) => /; D /.test(r.note ?? '') && !KNOWN_MISSES.has(r.id)).map((r) => [r.id, r]))(
    '%s is refused as a limit clause',
    (_id, row) => {
      const tokens = tokenize(row.text);
      const words = tokens.filter((t) => t.kind !== 'symbol');
      const frames = findOutcomeCues(tokens, false, words).map((cue) => actFrameOf(cue, tokens, words));
      for (const frame of frames.filter((f) => f !== undefined)) expect(frame).toBe('limit-clause');
    },
  );
});
