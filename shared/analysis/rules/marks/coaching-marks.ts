// The coaching marks about a sentence's figures, as findings: a figure that cannot be right, a before
// value with no after value, a relative figure with no base or period. They read only what the
// sentence facts already hold (tokens, quantities) and skip questions, quotes and placeholders.
import type { Finding } from '../../types';
import type { StorySection } from '../../domain-types';
import type { SentenceFacts } from '../../sentence-facts';
import { findImplausibleFigures, type ImplausibleHit } from './implausible-figure';
import { findBeforeWithoutAfter } from './before-without-after';
import { findRelativeWithoutBase } from './relative-without-base';
import { assertedHits, type UnassertedSpansOnDemand } from '../language/unasserted-spans';

function implausibleMessage(hit: ImplausibleHit, figure: string): Pick<Finding, 'message' | 'suggestion'> {
  switch (hit.reason) {
    case 'reduction-over-100':
      return {
        message: `A reduction of ${figure} is impossible: removing all of something is 100%.`,
        suggestion: 'Give the before and after values ("from 900 ms to 360 ms"), or the factor ("2.5× faster").',
      };
    case 'rate-over-100':
      return {
        message: `${hit.what ? hit.what[0].toUpperCase() + hit.what.slice(1) : 'This rate'} cannot be above 100%.`,
        suggestion: 'Check the figure; if it is a relative change, say from what to what.',
      };
    case 'uptime-jump':
      return {
        message: `${hit.what === 'sla' ? 'SLA attainment' : hit.what![0].toUpperCase() + hit.what!.slice(1)} up by ${figure} means it was far below 100% before: an interviewer will doubt it.`,
        suggestion: `Give the before and after: "${hit.what} from 99.5% to 99.95%".`,
      };
  }
}

/** Coaching findings for one sentence, offsets relative to the sentence. */
export function coachingMarks(
  facts: SentenceFacts,
  section: StorySection | undefined,
  unasserted: UnassertedSpansOnDemand,
): Finding[] {
  if (section === 'reflection') return [];
  const found: Finding[] = [];
  for (const h of assertedHits(findImplausibleFigures(facts.tokens, facts.quantities), unasserted)) {
    found.push({
      rule: 'implausible-figure',
      severity: 'warning',
      start: h.start,
      end: h.end,
      ...implausibleMessage(h, facts.text.slice(h.start, h.end)),
    });
  }
  // Before/after and base/period advice is for the writer's own results, not the setup or a goal.
  if (section === 'situation' || section === 'task') return found;
  for (const h of assertedHits(findBeforeWithoutAfter(facts.text, facts.tokens, facts.quantities), unasserted)) {
    found.push({
      rule: 'before-without-after',
      severity: 'warning',
      start: h.start,
      end: h.end,
      message: `A before value with no after value: from ${h.before} to what?`,
      suggestion: `Give both ends: "from ${h.before} to …".`,
    });
  }
  if (found.length > 0) return found;
  for (const h of assertedHits(findRelativeWithoutBase(facts.text, facts.tokens, facts.quantities), unasserted)) {
    const figure = facts.text.slice(h.start, h.end);
    found.push({
      rule: 'relative-without-base',
      severity: 'info',
      start: h.start,
      end: h.end,
      message: `${figure} of what, and over what time?`,
      suggestion: 'Add the absolute values or the period: "from 800 ms to 640 ms", "in the first quarter".',
    });
  }
  return found;
}
