// The exceptions to the claim rules' plain reading (claim-exceptions.ts): each named once, and each
// holding on the example its comment gives.
import { describe, expect, it } from 'vitest';
import {
  BEFORE_VALUE_VETOES,
  CLAIM_ASSERTIONS,
  CLAIM_VETOES,
  LATE_CLAIM_ASSERTIONS,
  LATE_MEASURE_ASSERTIONS,
  MEASURE_ASSERTIONS,
  firstHolding,
  type SentenceReading,
} from '#shared/analysis/claim-exceptions';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { findQuantities } from '#shared/analysis/rules/quantity/quantities';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import type { StorySection } from '#shared/analysis/domain-types';

function reading(text: string, section?: StorySection, afterClaim = false): SentenceReading {
  const tokens = tokenize(text);
  const { quantities } = findQuantities(text, tokens);
  return { text, tokens, section, quantities, question: text.trimEnd().endsWith('?'), afterClaim };
}

describe('claim exceptions', () => {
  it('names every exception once', () => {
    const ids = [
      ...CLAIM_VETOES,
      ...BEFORE_VALUE_VETOES,
      ...CLAIM_ASSERTIONS,
      ...MEASURE_ASSERTIONS,
      ...LATE_CLAIM_ASSERTIONS,
      ...LATE_MEASURE_ASSERTIONS,
    ].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('vetoes page furniture, résumé contact and status lines among it, and records its kind', () => {
    const r = reading('Kind regards, Magda Kowalska');
    expect(firstHolding(CLAIM_VETOES, r)?.id).toBe('page-furniture');
    expect(r.furniture).toBe('sign-off');
    expect(firstHolding(CLAIM_VETOES, reading('Tel 07700 900123 · jo.smith@example.com'))?.id).toBe('page-furniture');
    expect(firstHolding(CLAIM_VETOES, reading('Shipped the rota app to 3 wards.'))).toBeUndefined();
  });

  it('vetoes a goal, a question, a request of others, a lesson and a recurring problem', () => {
    const veto = (text: string, section?: StorySection) => firstHolding(CLAIM_VETOES, reading(text, section))?.id;
    expect(veto('Cut onboarding time by half.', 'task')).toBe('task-section');
    expect(veto('How many customers is this for?', 'action')).toBe('question');
    expect(veto('My manager asked me to run the same review next quarter.', 'action')).toBe('line-voice');
    expect(veto('Short huddles beat long reports.', 'reflection')).toBe('lesson');
    expect(veto('Parents kept emailing the office about missing grades.', 'situation')).toBe('recurring-problem');
    expect(veto('I rebuilt the grading sheet in a week.', 'action')).toBeUndefined();
  });

  it('vetoes a background past perfect of others outside the Result, where it reads as an effect', () => {
    const veto = (text: string, section?: StorySection) => firstHolding(CLAIM_VETOES, reading(text, section))?.id;
    const id = 'background-past-perfect';
    // Written for this test, in several voices: a teacher, support, a nurse, sales, an SRE.
    expect(veto('One girl in my form had stopped coming to clubs after half term.', 'action')).toBe(id);
    expect(veto('ticket backlog had grown past what the team could handle', 'action')).toBe(id);
    expect(veto('Trust between the night and day staff had slowly improved, then slipped again.', 'situation')).toBe(
      id,
    );
    expect(veto('Response times had improved a little after the last release.', 'action')).toBe(id);
    // The Result, a resume line, the writer or their team, a time frame, a relative clause or a figure: no veto.
    expect(veto('The class had improved a lot.', 'result')).toBeUndefined();
    expect(veto('The class had improved a lot.')).toBeUndefined();
    expect(veto('My team had already improved the intake form.', 'action')).toBeUndefined();
    expect(veto('Sales had grown after I rebuilt the pipeline.', 'action')).toBeUndefined();
    expect(veto('By the end of term the class had improved a lot.', 'action')).toBeUndefined();
    expect(veto('Customers who had churned came back.', 'action')).toBeUndefined();
    expect(veto('The backlog had grown to 400 tickets.', 'action')).toBeUndefined();
    // Nothing that reads as an effect: left to the claim rules.
    expect(veto('The team had tried a rewrite twice before.', 'action')).toBeUndefined();
  });

  it('keeps a before value a measure but no claim', () => {
    const facts = sentenceFacts('The old routing sheet was off by 30 minutes.', 'action');
    expect(
      firstHolding(BEFORE_VALUE_VETOES, reading('The old routing sheet was off by 30 minutes.', 'action'))?.id,
    ).toBe('old-system-value');
    expect(facts.isClaim).toBe(false);
    expect(facts.hasOutcome).toBe(false);
  });

  it('asserts the effect of the action just told, with its outcome', () => {
    const found = CLAIM_ASSERTIONS.map((a) => a.find(reading('This cut memory use.', 'action', true))).find(Boolean);
    expect(found?.id).toBe('effect-of-previous');
    expect(found?.outcome?.kind).toBe('effect');
    expect(sentenceFacts('This cut memory use.', 'action', { afterClaim: true }).isClaim).toBe(true);
  });
});
