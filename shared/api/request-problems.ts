// A refused API request, said in plain words: what was wrong, named as the person knows the field ("The
// Situation is longer than 20,000 characters."), and what to do about it ("Shorten it and save again.").
// Never a schema path or a validator's own wording.
import type { z } from 'zod';
import { groupDigits } from '../format/numbers';
import { fieldLabel, type FieldLabel } from './field-labels';

type Issue = z.core.$ZodIssue;

/** Channels whose requests save something: their advice ends "save again", the others' "try again". */
const SAVES = /^(create|update|add|rename|copy|set)/;

/** How enum and literal values read on screen, where the word in the request is not the word shown. */
const VALUE_WORDS: Record<string, string> = {
  a4: 'A4',
  letter: 'US Letter',
  draft: 'Draft',
  ready: 'Ready',
  retired: 'Retired',
  system: 'System',
  light: 'Light',
  dark: 'Dark',
  waiting: 'Waiting',
  passed: 'Passed',
  rejected: 'Rejected',
  offer: 'Offer',
  auto: 'Automatic',
  json: 'JSON',
  markdown: 'Markdown',
  csv: 'CSV',
  add: 'Add',
  replace: 'Replace',
  competencies: 'Competencies',
  stages: 'Stages',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'a yes or no',
  array: 'a list',
  object: 'a set of fields',
};

const RELOAD = 'Reload the page and try again.';

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const count = (n: number | bigint) => groupDigits(Number(n));
const withoutArticle = (name: string) => name.replace(/^(a|an|the) /, '');
const valueWord = (value: unknown) =>
  typeof value === 'string' ? (VALUE_WORDS[value] ?? `“${value}”`) : String(value);

/** One sentence (or two) for one issue of a request to `channel`. */
export function describeRequestIssue(channel: string, issue: Issue): string {
  const again = SAVES.test(channel) ? 'save again' : 'try again';
  const label: FieldLabel = fieldLabel(channel, issue.path) ?? { name: 'this request' };
  const subject = capitalize(label.name);
  const is = label.plural ? 'are' : 'is';
  const it = label.plural ? 'them' : 'it';
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string')
        return `${subject} ${is} longer than ${count(issue.maximum)} characters. Shorten ${it} and ${again}.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `At most ${count(issue.maximum)} ${label.items ?? 'items'} fit here. Remove some and ${again}.`;
      return `${subject} can be ${issue.inclusive === false ? 'less than' : 'at most'} ${count(issue.maximum)}. Choose a smaller value and ${again}.`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? `${subject} ${is} empty. Fill ${it} in and ${again}.`
          : `${subject} ${is} shorter than ${count(issue.minimum)} characters. Add to ${it} and ${again}.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(issue.minimum) <= 1
          ? `Choose at least one ${withoutArticle(label.name)} and ${again}.`
          : `Choose at least ${count(issue.minimum)} ${label.items ?? 'items'} and ${again}.`;
      return `${subject} can be ${issue.inclusive === false ? 'more than' : 'no less than'} ${count(issue.minimum)}. Choose a larger value and ${again}.`;
    case 'invalid_type':
      if (issue.path.length === 0) return `Storybank could not read this request. ${RELOAD}`;
      if (issue.input === undefined) return `${subject} ${is} missing. ${RELOAD}`;
      return `${subject} ${is} not ${TYPE_WORDS[issue.expected] ?? 'in a form Storybank can read'}. ${RELOAD}`;
    case 'invalid_format':
      if (issue.format === 'date')
        return `${subject} ${is} not a date written as year-month-day (like 2026-03-31). Pick the date and ${again}.`;
      if (issue.format === 'datetime') return `${subject} ${is} not a date and time Storybank can read. ${RELOAD}`;
      if (issue.format === 'regex') return `${subject} ${is} not one Storybank knows. ${RELOAD}`;
      return `${subject} ${is} not in a form Storybank can read. ${RELOAD}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `${subject} can only be ${valueWord(issue.values[0])}. ${RELOAD}`
        : `${subject} must be one of ${issue.values.map(valueWord).join(', ')}. Choose one and ${again}.`;
    case 'not_multiple_of':
      return `${subject} must be a multiple of ${String(issue.divisor)}. Choose another value and ${again}.`;
    case 'unrecognized_keys':
      return `This request carries something this version of Storybank does not know. Reload the page, or update Storybank, and try again.`;
    case 'invalid_key':
      return `${subject} ${label.plural ? 'name' : 'names'} something Storybank does not know. ${RELOAD}`;
    case 'invalid_union':
    case 'invalid_element':
    case 'custom':
    default:
      return `${subject} ${is} not something Storybank can use. ${RELOAD}`;
  }
}

/**
 * Each problem of a refused request to `channel` once, in plain words with what to do (three stories too
 * long are one sentence). A field of the wrong type is one problem: what its checks then add is dropped.
 */
export function requestProblemSentences(channel: string, issues: readonly Issue[]): string[] {
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => i.path.join('\u0000')));
  const kept = issues.filter((i) => i.code === 'invalid_type' || !wrongType.has(i.path.join('\u0000')));
  return [...new Set(kept.map((issue) => describeRequestIssue(channel, issue)))];
}

/** The first few problems of a refused request to `channel`, as `requestProblemSentences` says them. */
export function describeRequestProblems(channel: string, error: z.ZodError, max = 3): string {
  const sentences = requestProblemSentences(channel, error.issues);
  const shown = sentences.slice(0, max).join(' ');
  const more = sentences.length - max;
  return more > 0 ? `${shown} (And ${more} more ${more === 1 ? 'problem' : 'problems'}.)` : shown;
}
