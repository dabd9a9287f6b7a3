// Job ads whose words a scan garbled or a PDF broke at a line's end, and ads that list what the role does NOT ask
// (a MoSCoW "WON'T" list, a career ladder's "Not expected at" list and its "Same as" rows, an "Out of scope" section).
// The postings and lines below are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { extractJobFocus, presetFramework, type JobFocus } from '#shared/competencies/index';
import { ocrReadable } from '#shared/competencies/job-focus/ocr-text';
import { tokenize } from '#shared/competencies/job-focus/tokenize';

const generic = presetFramework('generic-senior-staff')!;
const ml = presetFramework('senior-ml-engineer')!;
const ids = (focus: JobFocus) => focus.competencies.map((c) => c.id).sort();

describe('ocrReadable', () => {
  it('reads digits and letters that look alike inside words as the letters they stand for', () => {
    expect(ocrReadable('Decide the ca11 and keep the kitchen on p1an')).toBe(
      'Decide the call and keep the kitchen on plan',
    );
    expect(ocrReadable('Y0U WlLL 0wn the f1oor')).toBe('YOU WILL own the floor');
    expect(ocrReadable('lnvestigate comp1aints')).toBe('Investigate complaints');
    expect(ocrReadable('0PERATIONS MANAGER, HlRING')).toBe('OPERATIONS MANAGER, HIRING');
  });

  it('keeps numbers, levels and codes as they are, and the length of the text', () => {
    const kept = 'L5 or S3, 24/7 cover, FY10 budget, 1st line, 10am, 100GB, x86, B2B, A100, year10, Ltd, tier1';
    expect(ocrReadable(kept)).toBe(kept);
    const garbled = 'Dea1 with hau1iers when things go wrong';
    expect(ocrReadable(garbled)).toHaveLength(garbled.length);
  });

  it('finds what a scanned flyer asks for, quoting the scan', () => {
    const flyer =
      'Y0U WlLL\n* Make the ca11 on which orders ship first when the vans are late\n* Coach your shift 1eaders';
    const focus = extractJobFocus(flyer, generic);
    expect(ids(focus)).toEqual(expect.arrayContaining(['generic.judgment', 'generic.mentoring']));
    const quotes = focus.competencies.flatMap((c) => c.evidence.map((e) => flyer.slice(e.start, e.end)));
    expect(quotes.some((q) => q.includes('ca11'))).toBe(true);
  });

  it('reads no call in a code of capitals ending in a number', () => {
    expect(ids(extractJobFocus('Responsibilities\n- Report on the FY10 and FY11 numbers', generic))).toEqual([]);
  });
});

describe('a word broken with a hyphen at a line end', () => {
  const words = (text: string) => tokenize(text).map((t) => t.lower);

  it('is one word when its halves are fragments', () => {
    expect(words('keep the stake-\nholders informed')).toEqual(['keep', 'the', 'stakeholders', 'informed']);
    expect(words('ac-\ncountable for it')).toEqual(['accountable', 'for', 'it']);
  });

  it("keeps a compound's own hyphen, broken at a line end, as a space", () => {
    expect(words('a cross-\nfunctional team')).toEqual(['a', 'cross', 'functional', 'team']);
    expect(words('own it end-\nto-end')).toEqual(['own', 'it', 'end', 'to', 'end']);
    expect(words('data-\ndriven')).toEqual(['data', 'driven']);
  });

  it('lets the joined word be read as a competency cue', () => {
    const ad = 'Key tasks\n- Keep local stake-\nholders and the ward sisters informed through clear written updates';
    expect(ids(extractJobFocus(ad, generic))).toContain('generic.communication');
  });
});

describe('lists of what the role does not ask', () => {
  it("counts nothing under a MoSCoW WON'T heading, and a COULD item only in passing", () => {
    const ad = [
      'MUST (this role)',
      '- Explain changes to branch staff in writing and at team meetings',
      'COULD',
      '- Mentor our volunteer champions',
      "WON'T (not this role)",
      "- Set the council's digital strategy",
      "- Handle out-of-hours outages (IT's on-call rota covers them)",
    ].join('\n');
    const focus = extractJobFocus(ad, generic);
    expect(ids(focus)).toEqual(['generic.communication']);
    expect(focus.mentioned.map((c) => c.id)).toContain('generic.mentoring');
  });

  it('counts nothing under "Not expected at L5" or "Out of scope for this post", and asks under other headings', () => {
    const ladder =
      'Expectations at L5\n- Leads incidents on their services\n\nNot expected at L5\n- Setting the technical strategy\n- Managing people';
    expect(ids(extractJobFocus(ladder, ml))).toEqual(['ml.production-reliability']);
    const terms =
      '2. Key tasks\n2.1 Coach the field officers on the job.\n\n3. Out of scope for this post\n3.1 Setting the regional strategy.';
    expect(ids(extractJobFocus(terms, generic))).toEqual(['generic.mentoring']);
  });

  it('reads a numbered thread\'s "6/7 Nice:" as a bonus heading', () => {
    const thread =
      '5/7 Must: you have run the on-call rota for a payments service.\n\n6/7 Nice: some experience mentoring. Not required.';
    const focus = extractJobFocus(thread, ml);
    expect(ids(focus)).toEqual(['ml.production-reliability']);
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.mentoring');
  });

  it('counts nothing whose field value denies it, and still counts a duty followed by a sentence of its own', () => {
    const fields =
      'Responsibilities\n- On-call: not needed for this role\n- Mentoring juniors – not expected at this level';
    expect(ids(extractJobFocus(fields, ml))).toEqual([]);
    const duty = 'Responsibilities\n- Mentor the two juniors. Not every week, but often.';
    expect(ids(extractJobFocus(duty, ml))).toEqual(['ml.mentoring']);
  });

  it('reads a line that merely holds a denial as no heading: what follows it is still asked', () => {
    const ad =
      'Responsibilities\nNot expected to code every day\n- Mentor the two analysts\n- Set the analytics roadmap';
    expect(ids(extractJobFocus(ad, generic))).toEqual(
      expect.arrayContaining(['generic.mentoring', 'generic.technical-leadership']),
    );
  });

  it('reads nothing in a ladder row whose level is "Same as" the one below, and the other rows as asked', () => {
    const table = [
      'What changes at Level 3',
      '| Area | Level 2 | Level 3 |',
      '|---|---|---|',
      '| Ambiguity | Works from clear briefs | Same as Level 2 |',
      '| Communication | Shares charts | Presents findings to the directors |',
    ].join('\n');
    const focus = extractJobFocus(table, ml);
    expect(ids(focus)).toContain('ml.communication');
    expect(ids(focus)).not.toContain('ml.ambiguity');
  });
});
