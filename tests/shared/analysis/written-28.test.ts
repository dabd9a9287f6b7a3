// written-28.jsonl (10 STAR and resume lines, ours, session 19) aims at kind 2 of
// ERROR-KINDS-S19-OUTCOMES.md: the old system kept running in parallel, alongside or as a fallback
// (the writer's arrangement, no outcome) beside services kept up through a strain (an outcome).
// Labeled and committed before the rule; half aside. Before the rule: has_outcome F1 tuning .667,
// aside .571.
import { describeWrittenSet } from './half-floors';

describeWrittenSet(
  'written-28.jsonl',
  'the old system kept running beside the new',
  { tuning: { has_outcome: 0.95, vague_claim: 0.95 }, aside: { has_outcome: 0.95, vague_claim: 0.95 } },
  5,
);
