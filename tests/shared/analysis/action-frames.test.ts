// Session 39, task "marks": an outcome read on an Action sentence needs the result frame, not the act's own frame
// (rules/act-frame-cues.ts). Three frames of the act refuse the cues inside them: a content clause under a verb of
// showing, asking, agreeing or looking into ("worked out which checks actually caught errors"), a time clause that
// sets when the writer acted ("once the new posts were approved, I started interviewing"), and a "so that" clause
// telling how the thing made works ("so that pallets are checked at the door"). The ladders are the test: every
// base sentence and its one-step-off rungs (another verb or phrasal verb, word order, determiner, tense, person,
// passive, British/American/non-native wording), and near misses (NEAR MISS in the note) the readings must not take:
// a relative clause after a noun, a result in a new clause, the writer's own time clause, a so-clause with a benefit.
//
// Every sentence in action-frames*.jsonl is our own writing, made up for this test: none is a row of a writer set
// or of a probe, and none was gathered from public text. action-frames.jsonl (tuning) was used while writing the
// rule; action-frames-aside.jsonl was written at the same time, put away, and run once at the end.
import { describe, expect, it } from 'vitest';
import { actFrameOf, type ActFrame } from '#shared/analysis/rules/outcomes/act-frame-cues';
import { findOutcomeCues } from '#shared/analysis/rules/outcomes/outcomes';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('action-frames');

/**
 * Tuning rows still read wrong, none by this module: af39t-051 "Once I had changed the rota, overtime went down." and
 * af39t-057 "…, and late starts went down." (a fall told by "went down" with no figure is not read at all, in any
 * frame; the claim of af39t-051 is missed too, its only verb of the writer inside a time clause). The aside half,
 * run once at the end (has_outcome 7/36/1 before, 7/3/1 after): af39a-002 "I found out from the site managers which
 * rules …" (the governor stands six words before "which", past the reach of five), af39a-022 "After our offer was
 * accepted by the other side, I …" ("our" opens the clause, read as the writer's own), af39a-041 "… so that the
 * head of department signs it off" (the cue is the sign-off told inside the function clause, not "so"), af39a-051
 * (as af39t-051).
 */
const KNOWN_MISSES = new Set<string>(['af39t-051', 'af39t-057', 'af39a-002', 'af39a-022', 'af39a-041', 'af39a-051']);

const FRAME_OF_READING: Record<string, ActFrame> = { A: 'content-clause', B: 'setting-clause', C: 'function-clause' };

describe('outcome cues in the act’s own frame in an Action (own sentences)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['is_claim', 'has_metric', 'has_outcome'], 50);

  // The reason is part of the claim: a rung's cue, where one is refused, is refused by the frame its ladder names.
  it.each(rows.filter((r) => /^our own writing, session 39 marks; [ABC] /.test(r.note ?? '')).map((r) => [r.id, r]))(
    '%s is refused by its ladder’s frame',
    (_id, row) => {
      const reading = /; ([ABC]) /.exec(row.note!)![1];
      const tokens = tokenize(row.text);
      const words = tokens.filter((t) => t.kind !== 'symbol');
      const frames = findOutcomeCues(tokens, false, words).map((cue) => actFrameOf(cue, tokens, words));
      for (const frame of frames.filter((f) => f !== undefined)) expect(frame).toBe(FRAME_OF_READING[reading]);
    },
  );
});
