// Question headings read by their shape (question-headings.ts): who is asked, the auxiliary, and the kind of
// verb or noun asked about — each shape with a near miss that is the story's own text. Lines written for
// this test.
import { describe, expect, it } from 'vitest';
import { readSectionHeading } from '#shared/analysis/section-headings';
import { storySections } from '#shared/analysis/story-segments';
import { splitSentences } from '#shared/analysis/rules/language/split-sentences';

const read = (line: string) => {
  const h = readSectionHeading(line);
  return h && [h.section, h.rest];
};

describe('question headings by shape', () => {
  it.each([
    // The scene: a progressive, a state of trouble, where things stood.
    ['What was going on?', 'situation'],
    ['What was happening at the clinic?', 'situation'],
    ['What were you up against?', 'situation'],
    ['What were you dealing with?', 'situation'],
    ['What was wrong?', 'situation'],
    ['What was at stake?', 'situation'],
    ['Where did things stand?', 'situation'],
    ['Why did it matter?', 'situation'],
    ['Why was this so urgent?', 'situation'],
    // The writer's obligation or aim.
    ['What did you need to do?', 'task'],
    ['What were you asked to fix?', 'task'],
    ['What were you trying to achieve?', 'task'],
    ['What did I have to deliver?', 'task'],
    // Any other act of the writer's.
    ['What did you do?', 'action'],
    ['What did I do?', 'action'],
    ['How did you handle it?', 'action'],
    ['How did we go about it?', 'action'],
    ['What did you try first?', 'action'],
    ['What steps did you take?', 'action'],
    // What came of it.
    ['What happened in the end?', 'result'],
    ['What happened afterwards?', 'result'],
    ['How did it go?', 'result'],
    ['How did things turn out?', 'result'],
    ['What changed?', 'result'],
    ['What came of it?', 'result'],
    ['Did it work?', 'result'],
    ['Did it pay off?', 'result'],
    ['Where did you end up?', 'result'],
    ['What did it lead to?', 'result'],
    ['What did you achieve?', 'result'],
    // The lesson: learning verbs, a hypothetical of the writer's.
    ['What did you learn?', 'reflection'],
    ['What did it teach you?', 'reflection'],
    ['What did you take away?', 'reflection'],
    ['What would you do differently?', 'reflection'],
    ['What would I change?', 'reflection'],
    ['What could we have done better?', 'reflection'],
    ['Would you do it again?', 'reflection'],
    // A section's noun asked on its own, after an interviewer's mark or a lead word.
    ['And the result?', 'result'],
    ['The outcome?', 'result'],
    ['Your takeaways?', 'reflection'],
    ['Q: What was the situation?', 'situation'],
    ['Q. And the result?', 'result'],
    ['So, what happened next?', 'result'],
    ['**What was going on?**', 'situation'],
    ['### Why did it matter?', 'situation'],
  ])('reads %j', (line, section) => {
    expect(read(line)).toEqual([section, '']);
  });

  it.each([
    // Questions about someone or something else are the story's text.
    'Why did the model drift?',
    'What did the auditors want?',
    'How did the outage start?',
    'What was the root cause?',
    'Would the vendor agree?',
    'Did the build pass?',
    'Where did the money go?',
    'Why did you pick Kafka?',
    // A question with its answer on the line, unmarked.
    'Why did it matter? Payroll ran on it.',
    'Why did the model drift? Nobody knew.',
    'What would I change? Not much.',
    // Typed without a mark: a sentence that opens like a question.
    'What happened next surprised everyone.',
    'What happened was simple: the cache filled up.',
    'What we did was call the vendor',
    // A section noun with more after it is a sentence.
    'The result of the vote?',
  ])('leaves %j as text', (line) => {
    expect(readSectionHeading(line)).toBeUndefined();
  });

  it('puts the stakes first at the top and the impact after the Action', () => {
    expect(readSectionHeading('Why did it matter?')).toMatchObject({ section: 'situation', afterAction: 'result' });
    const parts = storySections(
      'What did you do?\nI moved the nightly load to a queue.\n\nWhy did it matter?\nThe finance close ran a day early.',
    );
    expect(parts.map((p) => p.section)).toEqual(['action', 'result']);
    const top = storySections(
      'Why did it matter?\nThe close was always late.\n\nWhat did you do?\nI moved the load to a queue.',
    );
    expect(top.map((p) => p.section)).toEqual(['situation', 'action']);
  });

  it('cuts a story under question headings on their own lines into its sections', () => {
    const parts = storySections(
      [
        'What was going on?',
        'Our laundry contractor kept missing the Monday pickup.',
        '',
        'What did I do?',
        'I asked two other firms for a trial month each.',
        '',
        'What happened in the end?',
        'No missed pickups since May.',
        '',
        'What would I change?',
        'I would have told the ward sisters sooner.',
      ].join('\n'),
    );
    expect(parts.map((p) => [p.section, p.text.trim()])).toEqual([
      ['situation', 'Our laundry contractor kept missing the Monday pickup.'],
      ['action', 'I asked two other firms for a trial month each.'],
      ['result', 'No missed pickups since May.'],
      ['reflection', 'I would have told the ward sisters sooner.'],
    ]);
  });

  it('reads an interview transcript: "A:" after a "Q:" question answers it, not the Action', () => {
    const parts = storySections(
      [
        'Q: What was the situation?',
        'A: The ward ran out of linen twice a week.',
        '',
        'Q: Why that supplier?',
        'A: They were the only one with a daily van.',
        '',
        'Q: And the result?',
        'A: No shortages since March.',
      ].join('\n'),
    );
    expect(parts.map((p) => [p.section, p.text.replace(/\s+/g, ' ').trim()])).toEqual([
      [
        'situation',
        'The ward ran out of linen twice a week. Q: Why that supplier? They were the only one with a daily van.',
      ],
      ['result', 'No shortages since March.'],
    ]);
  });

  it('keeps "A:" as the Action heading where no question stands before it', () => {
    const parts = storySections('S: The ward ran out of linen.\nA: I found a second supplier.\nR: No shortages.');
    expect(parts.map((p) => p.section)).toEqual(['situation', 'action', 'result']);
  });
});

describe('headings of what came after', () => {
  it.each([
    ['Aftermath', 'result', ''],
    ['Since then:', 'result', ''],
    ['Since then: no repeat of the outage.', 'result', 'no repeat of the outage.'],
    ['Follow up', 'result', ''],
    ['Afterwards', 'result', ''],
    ['## Follow-ups', 'result', ''],
  ])('reads %j', (line, section, rest) => {
    expect(read(line)).toEqual([section, rest]);
  });

  it.each([
    'Since then, nobody has paged at night.',
    'Since then we check the plan first.',
    'Afterwards, I wrote it up.',
    'Follow up with the vendor on Friday.',
    'Aftermath of the storm was worse.',
  ])('leaves %j as text', (line) => {
    expect(readSectionHeading(line)).toBeUndefined();
  });
});

describe('a citation line stays one sentence', () => {
  const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it.each([
    'M. Ferreira, J. Novak. "Early warning scores for sepsis in rural wards." Health Informatics Conf., 2021.',
    'Ferreira, M., & Novak, J. (2021). Early warning scores for rural wards. In Health Informatics Conf.',
    'Ferreira M, Novak J. Early warning scores for rural wards. Health Inform 2021.',
    '- H. Lindqvist et al. "Reading shelf gaps from store photos." RetailML, 2020.',
  ])('keeps %j whole', (line) => {
    expect(split(line)).toEqual([line.replace(/^- /, '')]);
  });

  it.each([
    ['J. Novak joined in 2021. He owned the wards.', 2],
    ['M. Ferreira, J. Novak. We shipped the score in 2023. Alerts fell by a third.', 3],
    ['I presented the paper in 2022. "Early warning scores" was its title.', 2],
  ])('still cuts %j', (text, n) => {
    expect(split(text)).toHaveLength(n);
  });
});
