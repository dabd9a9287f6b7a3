// Measures of a result that are a point in time, a frequency or a duration told in words rather than a
// quantity the flags count: "by week three I was shipping features", "by the end of my second month", "a
// sprint early", "deploys went from weekly to daily", "two days before the deadline", "once in four
// months", "below one minute", "for another two years", a deadline met ("done by March", "live on the date the
// rule started"). Time to result is the measure of a learning, onboarding or delivery story
// (RUBRIC.md: "'week three' = time to result"; a deadline met is the constraint's outcome), while "I spent the
// first week reading docs" only says when something was done: callers pair a match with an outcome.
import { MONTH_NAMES } from '../language/lexicon';

const SMALL_COUNT = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|\\d+)';
const TIME_UNIT = '(?:minutes?|hours?|days?|weeks?|months?|quarters?|sprints?|years?)';
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))';
const FREQUENCY =
  '(?:hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually|(?:once|twice|\\w+ times) an? \\w+|every \\w+(?: \\w+)?)';
/** A month named with its capital ("March", not the verb "march"). */
const MONTH = `(?:${[...MONTH_NAMES].map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})`;

/** Points in time and frequencies that measure a result without a quantity the flags count. */
const TIME_MEASURES = [
  // "by week three", "in sprint 2"
  new RegExp(
    `\\b(?:by|in|within|after|until|from) (?:week|day|month|sprint|quarter) (?:${SMALL_COUNT}|${ORDINAL})\\b`,
    'i',
  ),
  // "by the end of the second week", "in my first month"
  new RegExp(
    `\\b(?:by|in|within|after|until|during) (?:the end of )?(?:the |my |our |their |his |her )?${ORDINAL} ${TIME_UNIT}\\b`,
    'i',
  ),
  // "after a month", "within two sprints"
  new RegExp(`\\b(?:after|within|in|inside|under) ${SMALL_COUNT} ${TIME_UNIT}\\b`, 'i'),
  // "a week early", "two sprints ahead of schedule"
  new RegExp(`\\b${SMALL_COUNT} ${TIME_UNIT} (?:early|earlier|ahead|sooner|faster)\\b`, 'i'),
  // "from weekly to daily", "from once a month to every day"
  new RegExp(`\\bfrom ${FREQUENCY} to ${FREQUENCY}\\b`, 'i'),
  // A lead on a date: "two days before the deadline", "a month ahead of the audit".
  new RegExp(`\\b${SMALL_COUNT} ${TIME_UNIT} (?:before|ahead of) (?:the |our |their |its )?[a-z]`, 'i'),
  // A rate over a span: "once in four months", "one failure in six weeks", "twice in a year".
  new RegExp(
    `\\b(?:once|twice|${SMALL_COUNT} times|(?:one|a single|no) [a-z]+) in ${SMALL_COUNT} ${TIME_UNIT}\\b`,
    'i',
  ),
  // A bound on a duration: "below one minute", "less than two hours" (under/within are read above).
  new RegExp(`\\b(?:below|less than|no more than) ${SMALL_COUNT} ${TIME_UNIT}\\b`, 'i'),
  // A term won: "renewed for another two years", "extended for a further 6 months".
  new RegExp(`\\bfor (?:another|a further|an additional|an extra) (?:${SMALL_COUNT} )?${TIME_UNIT}\\b`, 'i'),
  // A spelled-out duration: "the half hour each morning", "half an hour a day".
  /\bhalf (?:an )?hour\b/i,
  // A deadline met, by its month: "all fixed by March", "live before mid-June" (the month keeps its capital).
  new RegExp(`\\b[Bb](?:y|efore) (?:early |late |mid-?|the end of |the start of )?${MONTH}\\b`),
  // A deadline met, told as the day an outside event fixed: "live on the date the rule started". ("On time" is
  // not read: in a launch story it is no measure of how the launch went.)
  /\bon the (?:date|day) (?:the|it|they|we|our|their)\b/i,
];

/** "By week three", "by the end of the second month": the point a result was reached by. */
const REACHED_BY = new RegExp(
  `\\bby (?:(?:week|day|month|sprint|quarter) (?:${SMALL_COUNT}|${ORDINAL})|(?:the end of )?(?:the |my |our |their |his |her )?${ORDINAL} ${TIME_UNIT})\\b`,
  'i',
);

/** True when the text says by what point in time a result was reached ("by week three"). */
export function hasTimeToResult(text: string): boolean {
  return REACHED_BY.test(text);
}

/** True when the text holds a time-to-result or a frequency change (see the file comment). */
export function hasTimeMeasure(text: string): boolean {
  return TIME_MEASURES.some((p) => p.test(text));
}
