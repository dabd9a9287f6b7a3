// Section-dependent advice about a sentence's evidence. Flags are facts (and already know the
// section: Situation context and Task goals are no claims); advice depends on where the sentence
// stands. In a Result, or a free-standing line (a resume bullet), a claim with no metric, scale or
// outcome is an error. Anywhere but a Reflection, a claim that states an outcome without a metric is
// a warning. A plain action in Situation, Task or Action is what belongs there and gets no mark.
import type { Finding } from '../../types';
import type { StorySection } from '../../domain-types';
import type { SentenceFacts } from '../../sentence-facts';
import { INTENSIFIERS } from '../language/lexicon';
import { findMlTerms } from '../quantity/ml-evidence';

const QUALITY_HINTS = new Set([
  'latency',
  'throughput',
  'cost',
  'costs',
  'reliability',
  'uptime',
  'errors',
  'churn',
  'retention',
  'conversion',
  'revenue',
  'performance',
  'speed',
  'time',
  'load',
  'accuracy',
  'precision',
  'recall',
  'auc',
  'ctr',
  'mttr',
  'productivity',
  'efficiency',
  'incidents',
  'toil',
  'workload',
  'stability',
  'quality',
  'experience',
  'adoption',
]);

/**
 * The measurable thing a sentence talks about, for a concrete suggestion ("by how much did latency drop?").
 * Its ML terms are looked for only here, for the few sentences that get this advice.
 */
function subjectOfChange(facts: SentenceFacts): string | undefined {
  const mlTerms = findMlTerms(facts.tokens);
  if (mlTerms.length > 0) return mlTerms[0].term;
  for (const t of facts.tokens) if (QUALITY_HINTS.has(t.lower)) return t.lower;
  return undefined;
}

function vagueClaim(facts: SentenceFacts): Finding {
  const what = subjectOfChange(facts);
  return {
    rule: 'vague-claim',
    severity: 'error',
    start: 0,
    end: facts.text.length,
    message: 'Claim with no metric, scale or outcome: the interviewer cannot tell how much it mattered.',
    suggestion: what
      ? `Say what changed and by how much: ${what} from what to what, for how many users or requests?`
      : 'Add a number (how much, how many, how fast), the scale (users, requests, team size) or the effect it had (what changed for users or the business).',
  };
}

function unquantified(facts: SentenceFacts, start: number, end: number, inStory: boolean): Finding {
  const what = subjectOfChange(facts);
  return {
    rule: 'unquantified-outcome',
    severity: 'warning',
    start,
    end,
    message: inStory ? 'Improvement claimed without a number.' : 'Outcome without a number: how big was the effect?',
    suggestion: what
      ? `Add a number: by how much did ${what} change, from what to what?`
      : 'Add a number: how much, how many or how fast, ideally before and after.',
  };
}

/** The span of the first impact word: an outcome cue (not a whole-sentence before/after) or an intensifier. */
function impactSpan(facts: SentenceFacts, kinds: ReadonlySet<string>): { start: number; end: number } | undefined {
  const cue = facts.outcomes.find((o) => kinds.has(o.kind) && o.cue !== 'from-to');
  const intensifier = facts.tokens.find((t) => INTENSIFIERS.has(t.lower));
  const spans: { start: number; end: number }[] = [];
  if (cue) spans.push(cue);
  if (intensifier) spans.push(intensifier);
  if (spans.length === 0) return undefined;
  return spans.reduce((a, b) => (a.start <= b.start ? a : b));
}

const ANY_OUTCOME = new Set([
  'change',
  'effect',
  'benefit',
  'purpose',
  'comparative',
  'recognition',
  'adoption',
  'state',
]);

export function claimAdvice(facts: SentenceFacts, section: StorySection | undefined): Finding[] {
  if (section === 'reflection' || !facts.isClaim || facts.hasMetric) return [];
  const resultLike = section === undefined || section === 'result';
  if (resultLike && !facts.hasScale && !facts.hasOutcome) return [vagueClaim(facts)];
  // A claimed effect with no number, in any section: "which reduced memory use", "the crashes stopped".
  if (!facts.hasOutcome) return [];
  const span = impactSpan(facts, ANY_OUTCOME) ?? { start: 0, end: facts.text.length };
  return [unquantified(facts, span.start, span.end, !resultLike)];
}
