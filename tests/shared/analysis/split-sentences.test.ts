import { describe, it, expect } from 'vitest';
import { splitSentences } from '#shared/analysis/rules/split-sentences';
import { spanTexts } from './helpers';

const split = (text: string) => spanTexts(text, splitSentences(text));

describe('splitSentences', () => {
  it('splits plain sentences on terminal punctuation', () => {
    expect(split('I led the rewrite. It shipped in May! Did it work? Yes.')).toEqual([
      'I led the rewrite.',
      'It shipped in May!',
      'Did it work?',
      'Yes.',
    ]);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    expect(split('I met Dr. Rao and Prof. Klein, e.g. at the U.S. office. Latency fell 2.5 times.')).toEqual([
      'I met Dr. Rao and Prof. Klein, e.g. at the U.S. office.',
      'Latency fell 2.5 times.',
    ]);
    expect(split('J. R. Smith reviewed it. Then we shipped.')).toEqual([
      'J. R. Smith reviewed it.',
      'Then we shipped.',
    ]);
    expect(split('Promoted in Dec. 2021 after the launch.')).toHaveLength(1);
  });

  it('keeps versions, file names and URLs whole', () => {
    expect(split('Upgraded the SDK to v2.1.3 and Node.js 20. See https://example.com/a.b?x=1. Done.')).toEqual([
      'Upgraded the SDK to v2.1.3 and Node.js 20.',
      'See https://example.com/a.b?x=1.',
      'Done.',
    ]);
  });

  it('ends a sentence at "etc." only when a capital follows', () => {
    expect(split('We fixed logs, alerts, etc. Then we cut costs.')).toEqual([
      'We fixed logs, alerts, etc.',
      'Then we cut costs.',
    ]);
    expect(split('We fixed logs, alerts, etc. and then cut costs.')).toHaveLength(1);
  });

  it('splits bullets and lines, dropping the bullet markers', () => {
    const text =
      '- Built the billing API\n* Cut cloud spend by 30%\n• Mentored 4 engineers\n1. Led the migration\n2) Wrote the runbook';
    expect(split(text)).toEqual([
      'Built the billing API',
      'Cut cloud spend by 30%',
      'Mentored 4 engineers',
      'Led the migration',
      'Wrote the runbook',
    ]);
  });

  it('splits unpunctuated lines but joins a soft-wrapped line that continues in lower case', () => {
    expect(split('Built the billing API\nLed the migration')).toEqual(['Built the billing API', 'Led the migration']);
    expect(split('The rollout took six weeks and\nended with zero downtime.')).toEqual([
      'The rollout took six weeks and\nended with zero downtime.',
    ]);
    expect(split('First paragraph here\n\nsecond paragraph')).toHaveLength(2);
  });

  it('ends a note typed without capitals at a full stop before lower case, when asked (a Result)', () => {
    const notes = (text: string) => spanTexts(text, splitSentences(text, { lowerCaseNoteStops: true }));
    expect(notes('new starters have everything on day one. hiring managers are happy')).toEqual([
      'new starters have everything on day one.',
      'hiring managers are happy',
    ]);
    expect(notes('the load has not failed since March. analysts trust it again.')).toHaveLength(2);
    expect(notes('tickets get answered same day now. reps stopped escalating. churn talk died down')).toHaveLength(3);
    // Abbreviations and initials still carry the note on; so does any sentence that opens with a capital.
    expect(notes('took approx. five tries, e.g. twice a day. then it held')).toEqual([
      'took approx. five tries, e.g. twice a day.',
      'then it held',
    ]);
    expect(notes('ran it for 2 hrs. total')).toHaveLength(1);
    expect(notes('I fixed the job. and then it held')).toHaveLength(1);
    // Not asked (an Action, a resume line): a lower-case "did x. then y" stays one step.
    expect(split('new starters have everything on day one. hiring managers are happy')).toHaveLength(1);
  });

  it('keeps closing quotes and markup with the sentence they end', () => {
    expect(split('She said "ship it." **I did.** Next.')).toEqual(['She said "ship it."', '**I did.**', 'Next.']);
  });

  it('does not split an ellipsis followed by lower case', () => {
    expect(split('The money just... disappeared. We found it.')).toEqual([
      'The money just... disappeared.',
      'We found it.',
    ]);
  });

  it('returns ordered, trimmed spans and nothing for blank or punctuation-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\n  ')).toEqual([]);
    expect(splitSentences('... --- !!!')).toEqual([]);
    const text = '  One.   Two.  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 6 },
      { start: 9, end: 13 },
    ]);
  });
});
