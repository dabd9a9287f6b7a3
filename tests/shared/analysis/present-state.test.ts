// A Result told as a present state the work reached. Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { resultReport } from '#shared/analysis/rules/outcomes/result-report';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { createAnalyzer } from '#shared/analysis/index';
import { CLAIM_MARK_RULES } from '#shared/analysis/readiness-score';

const cue = (s: string) => {
  const r = resultReport(tokenize(s));
  return r && { cue: s.slice(r.start, r.end), effect: r.effect };
};

describe('present states in a Result', () => {
  it.each([
    ['The testers trust the staging data again.', 'trust'],
    ['Nobody copies the invoices by hand anymore.', 'anymore'],
    ['The import runs without errors every night.', 'without'],
    ['The warehouse team is happy with it.', 'happy'],
    ['Our volunteers are a lot less stressed.', 'less'],
    ['Drivers love the new route sheet.', 'love'],
    ['His confidence is back.', 'back'],
    ['Manual refunds are a thing of the past.', 'of'],
    ['Weekend pages feel rare these days.', 'rare'],
    ['The old approval chain is a thing of the past.', 'of'],
    ['Late deliveries are way down.', 'down'],
    ['missed appointments are down', 'down'],
    ['Attendance at the clinic is up.', 'up'],
  ])('reads %j as a reached state', (sentence, word) => {
    expect(cue(sentence)).toEqual({ cue: word, effect: true });
  });

  it.each([
    'The client submits about 1,000 orders a day.',
    'The job queries the database every hour.',
    'The report still runs on the old server.',
    'The sales team is not happy with the new layout.',
    'Customers would love a dark mode.',
    'The service handles 300 requests a second again.',
    'Lesson: people trust what they can check again.',
    'I am happy with how it went.',
    'The site is down again.',
    'Complaints are up this month.',
    'The servers are up.',
    'The reports are reliable.',
    'The problem is that support is happy with the old tool.',
  ])('leaves %j unread', (sentence) => {
    expect(cue(sentence)).toBeUndefined();
  });

  it('marks a present state in a Result as an outcome with no number, and leaves context unmarked', () => {
    const marks = (text: string) =>
      createAnalyzer()
        .analyzeText(text, { section: 'result' })
        .findings.filter((f) => CLAIM_MARK_RULES.has(f.rule))
        .map((f) => f.rule);
    expect(marks('The support team is happy with it.')).toEqual(['unquantified-outcome']);
    expect(marks('The form still lives on the shared drive.')).toEqual([]);
  });
});
