// Session 39, task "lines": lines whose field stands inside a frame. Session 38's field reader read a field
// alone; writers put something before or after it: a form's title ("Annual Appraisal 2025 — Self-review —
// Staff member: …"), a label in CJK or full-width brackets ("【Role】…", "［Duties］…"), a second field after
// ";" or "|", a comment label over a free answer, an employer's name before a tenure ("Harbourside Dental 2
// years 5 months"), a copula tenure ("I have been a relief pharmacist for the past six years"), a section
// heading after a symbol ("▶ Work experience"). One shape reader (rules/page-furniture.ts: formChainTold,
// isSectionHeading, isRoleStatement, isCommentOnPerson; rules/predicate-start.ts: labelBracketEnd;
// rules/line-status.ts: isTenureSegment) reads each by its parts; a part that tells the writer's act keeps
// the line a claim ("【Responsibilities】Built the …", "Award nomination — Won").
//
// Every sentence below and in line-frames*.jsonl is our own writing, made up for this test: none is a row of
// a writer set, and none was gathered from public text. Both files were labeled and committed before any
// rule: line-frames.jsonl (13 shapes with three one-step-off variants each, and must-not rows: the act after
// a title, a bracket, a tenure or a field; a past form in capitals; a verb before a heading noun) was used
// while writing the readers; line-frames-aside.jsonl (12 other shapes, same mix) was put aside and run once
// at the end. Two labels were changed before the aside was run, from the spent writers (f25-025, f26-014):
// a name acting under a manager's comment is the commenter's words (lf-028 and its aside twin).
import { describe } from 'vitest';
import { itReadsOwnRows, ownRows } from './own-rows';

const rows = ownRows('line-frames');

/**
 * Rows still read wrong, kept visible rather than tuned away:
 * - lf-020 "[Responsibilities] Rebuilt the handover sheet, now used on all four wards": a claim, as labeled,
 *   but "all four wards" of the adoption is read as a metric; the label (no metric) may be arguable.
 * - lf-058 "I've been a relief pharmacist for six years and set up the region's first flu clinic.": the
 *   furniture reader refuses it (an act after the writer), but no claim rule reads "set up" coordinated
 *   after a copula with its subject left out.
 * Aside, run once at the end (51/56 read right on both flags; main read 38/56; the tuning half 46/69 → 67/69):
 * - lf-122 "Reviewer's comment — the clinic moved to online booking in May and no-shows fell.": the comment
 *   veto now lets it through, but no claim rule reads a clinic's move and a fall in no-shows as the writer's.
 * - lf-144 "▪ Volunteer work": "work" is no section noun, and "Volunteer" is read as a verb-first duty.
 * - lf-146 "Let me know if it's too long. Thanks, Maya": "Let me know …" is read as a claim (no invitation
 *   shape reads "let me" before a verb).
 * - lf-151 "Millbrook Vets, 4 years — set up the practice's first dental clinic": a claim, as labeled, but
 *   the tenure before the act is read as a metric.
 * - lf-152 "I've been a school bus driver for 11 years and trained every new driver …": as lf-058.
 */
const KNOWN_MISSES = new Set<string>(['lf-020', 'lf-058', 'lf-122', 'lf-144', 'lf-146', 'lf-151', 'lf-152']);

describe('line frames (line-frames*.jsonl)', () => {
  itReadsOwnRows(rows, KNOWN_MISSES, ['is_claim', 'has_metric'], 56);
});
