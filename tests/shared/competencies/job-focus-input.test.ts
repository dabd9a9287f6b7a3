// What users really paste as a job description: HTML copied from a page, a runaway 200 KB paste, nothing
// readable at all. Each gives a clear result quickly, never a crash, and evidence that quotes the paste.
// The postings below are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { extractJobFocus, presetFramework, readableJobText, type JobFocus } from '#shared/competencies/index';
import { MAX_JOB_TEXT } from '#shared/competencies/job-focus/extract-job-focus';
import { plainText } from '#shared/competencies/job-focus/plain-text';

const ml = presetFramework('senior-ml-engineer')!;
const ids = (focus: JobFocus) => focus.competencies.map((c) => c.id).sort();

const HTML_AD = `<div class="posting"><h2>Senior ML Engineer &ndash; Claims</h2>
<p>Quayside Mutual insures 90,000 boats.</p>
<p><strong>What you&rsquo;ll do</strong></p>
<ul><li>Mentor two junior engineers &amp; run design reviews</li>
<li>Keep models healthy: monitoring, on-call &amp; rollbacks</li></ul>
<p><strong>Nice to have</strong></p>
<ul><li>You have resolved disagreements between teams</li></ul></div>`;

describe('pasted HTML', () => {
  it('reads headings and list items as they looked, and quotes the pasted text at exact offsets', () => {
    const focus = extractJobFocus(HTML_AD, ml);
    expect(ids(focus)).toEqual(['ml.mentoring', 'ml.production-reliability']);
    // "Nice to have" in a <strong> is still a heading: the disagreement is a passing mention.
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.conflict');
    const quotes = [...focus.competencies, ...focus.mentioned].flatMap((c) =>
      c.evidence.map((e) => HTML_AD.slice(e.start, e.end)),
    );
    expect(quotes).toEqual(expect.arrayContaining(['Mentor', 'monitoring', 'on-call', 'disagreements']));
    for (const q of quotes) expect(q).not.toMatch(/[<>]|&\w+;/);
  });

  it('turns entities into the characters they stand for, keeping where each came from', () => {
    const plain = plainText('a&amp;b <br>c&rsquo;d &#233;');
    expect(plain.text).toBe('a&b \nc’d é');
    expect(plain.text.length).toBe(plain.origin.length);
    expect(plain.origin[2]).toBe(6); // "b" after "&amp;"
    expect(plain.originEnd[1]).toBe(6); // "&" spans all of "&amp;"
  });

  it('keeps the text a loop saves readable: no tags, no runs of blank lines', () => {
    const readable = readableJobText(HTML_AD, 50_000);
    expect(readable.cutFrom).toBeUndefined();
    expect(readable.text).not.toMatch(/<|&\w+;|\n{3}/);
    expect(readable.text).toContain('What you’ll do\n');
    expect(ids(extractJobFocus(readable.text, ml))).toEqual(ids(extractJobFocus(HTML_AD, ml)));
  });
});

describe('huge, empty and garbage pastes', () => {
  const block = 'What you will do\n- Mentor engineers and run design reviews.\n- Own the models end to end.\n\n';
  const huge = block.repeat(Math.ceil(200_000 / block.length));

  // The work is bounded by the cut, not by the paste: a 200 KB paste reads exactly as its first MAX_JOB_TEXT
  // characters do (its speed is measured in `npm run bench`, not here: timed tests fail on a loaded machine).
  it('reads only the first MAX_JOB_TEXT characters of a 200 KB paste, and finds what it asks for', () => {
    expect(huge.length).toBeGreaterThan(200_000);
    const focus = extractJobFocus(huge, ml);
    expect(focus).toEqual(extractJobFocus(huge.slice(0, MAX_JOB_TEXT), ml));
    expect(ids(focus)).toEqual(['ml.mentoring', 'ml.ownership']);
    for (const c of focus.competencies) for (const e of c.evidence) expect(e.end).toBeLessThanOrEqual(MAX_JOB_TEXT);
  });

  it('cuts a paste too long to keep at a line, and says how long it was', () => {
    const readable = readableJobText(huge, 50_000);
    expect(readable.cutFrom).toBe(huge.length);
    expect(readable.text.length).toBeLessThanOrEqual(50_000);
    expect(huge.startsWith(readable.text)).toBe(true);
    expect(huge[readable.text.length]).toBe('\n');
  });

  it.each([
    ['empty', ''],
    ['spaces', ' \n\t\r\n '],
    ['only tags', '<div><p></p><br/></div>'.repeat(5_000)],
    ['symbols', '—— ✨ !!! ——'],
    ['control characters', '\u0000\u0001\uffff<<<&&&;;'.repeat(10_000)],
    ['one endless word', 'x'.repeat(200_000)],
    ['emoji', '🚀'.repeat(100_000)],
    ['broken tags', '<div class="a'.repeat(10_000)],
  ])('gives an empty focus, without throwing, for %s', (_name, text) => {
    const focus = extractJobFocus(text, ml);
    expect(focus.competencies).toEqual([]);
    expect(focus.mentioned).toEqual([]);
    expect(readableJobText(text, 50_000).text.length).toBeLessThanOrEqual(50_000);
  });
});
