// Section markers written inside a paragraph, prose lead-in labels and headings that are not STAR words:
// each must be cut off the sentence it opens and set the section, as a line heading does; a sentence
// that merely opens with such a word stays whole. All stories written for this file.
import { describe, it, expect } from 'vitest';
import { headedParts, inlineHeadings, storySections } from '../../../shared/analysis/story-segments';
import { readSectionHeading } from '../../../shared/analysis/section-headings';

const cut = (text: string) => headedParts(text)?.map((p) => [p.section, p.text.trim()]);

describe('STAR markers opening sentences inside one paragraph', () => {
  it('cuts letters in brackets, in square brackets, with a bracket after, a dash or bold', () => {
    const story =
      '(S) I run the two-person payroll desk at a builders merchant. Overtime was keyed by hand from paper sheets. ' +
      '(T) The finance director wanted the sheets gone before the new tax year. ' +
      '(A) I set up a shared form for the site leads and checked the first three runs line by line. ' +
      '(R) Keying now takes an hour a week instead of a day.';
    expect(cut(story)).toEqual([
      [
        'situation',
        'I run the two-person payroll desk at a builders merchant. Overtime was keyed by hand from paper sheets.',
      ],
      ['task', 'The finance director wanted the sheets gone before the new tax year.'],
      ['action', 'I set up a shared form for the site leads and checked the first three runs line by line.'],
      ['result', 'Keying now takes an hour a week instead of a day.'],
    ]);
    const sections = (text: string) => headedParts(text)?.map((p) => p.section);
    expect(
      sections('[S] The van fleet kept failing checks. [A] I booked them in pairs. [R] None failed since.'),
    ).toEqual(['situation', 'action', 'result']);
    expect(sections('S) Stock counts were off. T) Fix them by audit. A) I recounted the cage. R) Off by two.')).toEqual(
      ['situation', 'task', 'action', 'result'],
    );
    expect(sections('S - The rota was a spreadsheet. A - I moved it to the app. R - Swaps take minutes.')).toEqual([
      'situation',
      'action',
      'result',
    ]);
    expect(
      sections('**S:** Returns sat for weeks. **A:** I sorted them daily. **R:** They clear in two days.'),
    ).toEqual(['situation', 'action', 'result']);
  });

  it('cuts section words with a dash or a colon opening sentences, in STAR order', () => {
    expect(
      cut(
        'I joined the clinic in May. Problem: recalls went out by post. What I did: I moved them to text. Outcome: fewer no-shows.',
      ),
    ).toEqual([
      ['action', 'I joined the clinic in May.'],
      ['situation', 'recalls went out by post.'],
      ['action', 'I moved them to text.'],
      ['result', 'fewer no-shows.'],
    ]);
    expect(
      cut('Situation — the depot ran one shift. Action — I added a late one. Result — orders ship same day.'),
    ).toEqual([
      ['situation', 'the depot ran one shift.'],
      ['action', 'I added a late one.'],
      ['result', 'orders ship same day.'],
    ]);
  });

  it('leaves markers that go back in STAR order, options and answers as text', () => {
    // Options listed with letters: one STAR letter among others, or letters that go back.
    expect(headedParts('We had three options. (A) Buy the tool. (B) Build it. (C) Wait.')).toBeUndefined();
    expect(headedParts('We had two options. (A) Rent a van. (S) Stay with the courier.')).toBeUndefined();
    // An interview written as questions and answers.
    expect(headedParts('Q: What went wrong? A: The feed. Q: And then? A: We fixed it.')).toBeUndefined();
    // One label in prose with no heading anywhere else.
    expect(headedParts('We shipped the menu on Friday. Impact: two fewer complaints a week.')).toBeUndefined();
    expect(inlineHeadings('It rained. Result: we moved indoors.')).toEqual(['It rained. Result: we moved indoors.']);
  });

  it('keeps sentences that open with a section word as text', () => {
    const story = [
      'Situation — the warehouse had one forklift. Background checks took a week. Impact was small at first.',
      'S3 costs fell after the move. Results came in slowly.',
      'Action — I hired a second driver.',
    ].join('\n');
    expect(cut(story)).toEqual([
      [
        'situation',
        'the warehouse had one forklift. Background checks took a week. Impact was small at first.\nS3 costs fell after the move. Results came in slowly.',
      ],
      ['action', 'I hired a second driver.'],
    ]);
  });
});

describe('a single label inside a paragraph of a headed story', () => {
  it('cuts it when it comes after the section open there and not after the next heading', () => {
    const story =
      '### Action\nI split the nightly job in four. Result: it finishes by two.\n### Lessons\nMeasure first.';
    expect(cut(story)).toEqual([
      ['action', 'I split the nightly job in four.'],
      ['result', 'it finishes by two.'],
      ['reflection', 'Measure first.'],
    ]);
    const lead =
      'I took over the library rota in 2022. Problem: nobody covered Saturdays.\n\nWhat I did: I split them.';
    expect(cut(lead)).toEqual([
      ['action', 'I took over the library rota in 2022.'],
      ['situation', 'nobody covered Saturdays.'],
      ['action', 'I split them.'],
    ]);
  });

  it('leaves a label that would go back in order, or a plain one after a bold heading, as text', () => {
    const back =
      '**Action:** I shipped the fix. Problem: the cache was stale, so I cleared it.\n**Result:** Faster pages.';
    expect(cut(back)).toEqual([
      ['action', 'I shipped the fix. Problem: the cache was stale, so I cleared it.'],
      ['result', 'Faster pages.'],
    ]);
    const plain = '**Action:** I rang every supplier. The result: was not clear yet.\n**Result:** Two switched.';
    expect(cut(plain)?.map((p) => p[0])).toEqual(['action', 'result']);
  });
});

describe('prose lead-in labels and headings that are not STAR words', () => {
  it('reads lead-ins with a colon that name a section without its word', () => {
    const read = (line: string) => {
      const h = readSectionHeading(line);
      return h && [h.section, h.rest];
    };
    expect(read('Setting the scene: I manage a dental practice.')).toEqual([
      'situation',
      'I manage a dental practice.',
    ]);
    expect(read('The problem: refunds took a week.')).toEqual(['situation', 'refunds took a week.']);
    expect(read('Background: two teams shared one queue.')).toEqual(['situation', 'two teams shared one queue.']);
    expect(read('What I did: I split the queue.')).toEqual(['action', 'I split the queue.']);
    expect(read('How it ended: both teams kept the split.')).toEqual(['result', 'both teams kept the split.']);
    expect(read('Outcome: waits halved.')).toEqual(['result', 'waits halved.']);
    expect(read('Impact: waits halved.')).toEqual(['result', 'waits halved.']);
    expect(read('What I learned: ask the people doing the work.')).toEqual([
      'reflection',
      'ask the people doing the work.',
    ]);
    expect(read('Looking back: I would start smaller.')).toEqual(['reflection', 'I would start smaller.']);
    expect(read('In hindsight: I would start smaller.')).toEqual(['reflection', 'I would start smaller.']);
  });

  it('reads headings in markdown, bold, numbered and with a hyphenated word', () => {
    const story = [
      '## Context',
      'The school office booked parents evening by phone.',
      '**Challenge**',
      'Two staff spent a week on it.',
      '1. Approach',
      'I set up an online sign-up.',
      'Actions taken:',
      'I showed the office how to export the list.',
      '### Results/impact',
      'Bookings took one afternoon.',
      'Follow-up',
      'The primary next door asked for the same form.',
      '**Takeaways**',
      'Start with the people who answer the phone.',
    ].join('\n');
    expect(cut(story)?.map((p) => p[0])).toEqual([
      'situation',
      'situation',
      'action',
      'action',
      'result',
      'result',
      'reflection',
    ]);
  });

  it('keeps sentences that open with the same words as text', () => {
    for (const line of [
      'Follow-up calls went to the night team.',
      'Setting the scene took most of the first meeting.',
      'How it ended up on my desk is a long story.',
      'Result-driven planning was new to us.',
      'In hindsight, the pilot was too small.',
      'Background checks took a week.',
      'Impact was small.',
      'S3 costs fell.',
      'T-shirts were ordered late.',
    ])
      expect(readSectionHeading(line), line).toBeUndefined();
  });

  it('cuts the lead-in of a story pasted as paragraphs into its section', () => {
    const story = [
      'Setting the scene: I lead a team of six packers. Orders were going out late every Monday.',
      '',
      'What I did: I moved the weekend orders to a Sunday pick.',
      '',
      'How it ended: Monday orders leave on time now.',
    ].join('\n');
    expect(storySections(story).map((p) => p.section)).toEqual(['situation', 'action', 'result']);
  });
});
