// In a Result, what happened is the writer's result whoever the subject is. Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { resultReport } from '#shared/analysis/rules/outcomes/result-report';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { createAnalyzer } from '#shared/analysis/index';

const report = (s: string) => {
  const r = resultReport(tokenize(s));
  return r && { verb: s.slice(r.start, r.end), effect: r.effect };
};

describe('resultReport', () => {
  it('reads events and reached states told about someone or something else as results', () => {
    expect(report('Deals stopped slipping through the cracks.')).toEqual({ verb: 'stopped', effect: true });
    expect(report('The customer renewed their contract that summer.')).toEqual({ verb: 'renewed', effect: true });
    expect(report('Their reports came back in seconds.')).toEqual({ verb: 'came', effect: true });
    expect(report('The job has not failed since.')).toEqual({ verb: 'failed', effect: true });
    expect(report('Every lead now lives in one place.')).toEqual({ verb: 'now', effect: true });
    expect(report('When the sale came, the support queue was quiet.')).toEqual({ verb: 'was', effect: true });
    expect(report('Shops could keep selling during outages.')).toEqual({ verb: 'could', effect: true });
  });

  it('reads the work still in use as a reached state, like one told with "now"', () => {
    expect(report('The dashboard is still used in the weekly ops meeting.')).toEqual({ verb: 'still', effect: true });
    expect(report('Two years on, the rota is still in place.')?.effect).toBe(true);
    expect(report('I still use the template.')).toBeUndefined();
    expect(report('The team is still small.')).toBeUndefined();
  });

  it('reads a present state that is the change, or a good state tied to it, as a result', () => {
    expect(report('The flaky tests are gone.')?.effect).toBe(true);
    expect(report('Handoffs between shifts are smooth these days.')?.effect).toBe(true);
    expect(report('Since the rewrite, the importer has been reliable.')?.effect).toBe(true);
    expect(report('The nightly job has been stable ever since.')?.effect).toBe(true);
    expect(report('The team is smaller since the reorg.')).toBeUndefined();
    expect(report('The problem is that the vendor has been slow ever since.')).toBeUndefined();
    expect(report('The reports are reliable.')).toBeUndefined();
  });

  it('reads the work done as a result without an effect', () => {
    expect(report('The new checkout shipped in the next release.')).toEqual({ verb: 'shipped', effect: false });
    expect(report('The fix was merged on Friday.')).toEqual({ verb: 'was', effect: false });
    expect(report('The dashboard went live in April.')).toEqual({ verb: 'went', effect: false });
  });

  it('reads past a pause between the subject and its verb', () => {
    expect(report('Both teams, after a week of testing, signed off on the design.')).toEqual({
      verb: 'signed',
      effect: true,
    });
    expect(report('The vendor, to our surprise, would not renew.')).toBeUndefined();
  });

  it('leaves description, background, belief, explanation, definition, lesson and the writer alone', () => {
    for (const s of [
      'The client sends about a thousand orders a day.',
      'The project had been delayed twice.',
      'The manager thought it was too risky.',
      "The team's pace came from real constraints.",
      'The deciding argument was speed.',
      'Mentoring her taught me patience.',
      'The team would have missed the date.',
      'I was relieved.',
      'The team later moved to a different tool.',
      'Three weeks later, the board is still reviewing it.',
    ])
      expect(report(s), s).toBeUndefined();
  });

  it('leaves a remark about the work told with "was" alone, unless it ranks the result or tells what was done', () => {
    for (const s of [
      'It was a tough call.',
      'That was not easy.',
      'This was a group effort across the ward.',
      'Most of the work was chasing sign-offs.',
      'Half the job was just agreeing on what a duplicate is.',
    ])
      expect(report(s), s).toBeUndefined();
    expect(report('It was the calmest peak season we have had.')).toEqual({ verb: 'was', effect: true });
    expect(report('It was well received by the nurses.')?.effect).toBe(true);
  });

  it('makes such a sentence a claim with an outcome in the Result only', () => {
    const analyzer = createAnalyzer();
    const inResult = analyzer.analyzeText('The customer renewed their contract.', { section: 'result' });
    expect(inResult.sentences[0]).toMatchObject({ isClaim: true, hasOutcome: true });
    expect(inResult.findings.map((f) => f.rule)).toEqual(['unquantified-outcome']);
    const inSituation = analyzer.analyzeText('The customer renewed their contract.', { section: 'situation' });
    expect(inSituation.sentences[0].isClaim).toBe(false);
  });
});
