// Job ads hidden inside exports: a job board's CSV, an applicant system's semicolon export, a spreadsheet row pasted
// with tabs, a JSON feed with escaped text, a feed whose HTML is escaped once more, an XML feed with CDATA. Each is read
// as the ad it holds, and evidence quotes the paste. The postings are our own, written for these tests.
import { describe, expect, it } from 'vitest';
import { extractJobFocus, presetFramework, type JobFocus } from '#shared/competencies/index';
import { csvExport, jsonExport } from '#shared/competencies/job-focus/export-wrappers';
import { plainText } from '#shared/competencies/job-focus/plain-text';

const ml = presetFramework('senior-ml-engineer')!;
const ids = (focus: JobFocus) => focus.competencies.map((c) => c.id).sort();
const quotes = (focus: JobFocus, pasted: string) =>
  [...focus.competencies, ...focus.mentioned].flatMap((c) => c.evidence.map((e) => pasted.slice(e.start, e.end)));

const DUTIES = `- Mentor the two junior pharmacists and run their weekly reviews
- Work closely with the ward nurses and the discharge team`;

const CSV = `"Ref","Job Title","Location","Salary","Description"
"PH-88","Lead Pharmacist","Hexham","£52,000","Tyne Valley Health runs three community hospitals.

Key duties
${DUTIES}
- Bring a ""patients first"" attitude

Benefits
- Resolve disagreements over the staff car park at our social club"`;

describe('a CSV export', () => {
  it('reads the description cell as the ad, under its column name, and leaves the short cells but the title out', () => {
    const text = plainText(CSV).text;
    expect(text).toContain('Lead Pharmacist\n');
    expect(text).toContain('Description:\nTyne Valley Health');
    expect(text).toContain('a "patients first" attitude');
    expect(text).not.toMatch(/PH-88|Hexham|£52,000/);
    const focus = extractJobFocus(CSV, ml);
    expect(ids(focus)).toEqual(['ml.collaboration', 'ml.mentoring']);
    // The benefits under their own heading in the cell stay the company's.
    expect(focus.competencies.map((c) => c.id)).not.toContain('ml.conflict');
    expect(quotes(focus, CSV)).toEqual(expect.arrayContaining(['Mentor', 'Work closely with']));
  });

  it('reads a semicolon export with CRLF line ends and a tab-separated spreadsheet row', () => {
    const semicolon = `Req;Title;Site;Duties\r\nR-1;Lead Pharmacist;Hexham;"${DUTIES.replace(/\n/g, '\r\n')}"\r\n`;
    expect(ids(extractJobFocus(semicolon, ml))).toEqual(['ml.collaboration', 'ml.mentoring']);
    const tabs = `Role\tTeam\tWhat they'll do\tNice to have\nLead Pharmacist\tWards\t"${DUTIES}"\t"Present audit results to the board\nSpeak at a conference"\n`;
    const focus = extractJobFocus(tabs, ml);
    expect(ids(focus)).toEqual(['ml.collaboration', 'ml.mentoring']);
    // A "Nice to have" column is a bonus, as under a heading.
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.communication');
    expect(quotes(focus, tabs)).toContain('Mentor');
  });

  it('is no export when the header is a sentence, the rows differ in length or no cell holds prose', () => {
    // An ad whose lines carry commas.
    expect(
      csvExport('Lead Pharmacist, Hexham, full time\nWe need someone to mentor, coach and lead.\n'),
    ).toBeUndefined();
    // A person specification's columns, with tabs, and no prose in any cell.
    expect(
      csvExport('Criterion\tE/D\tAssessed\nMentoring junior staff\tE\tInterview\nGrant writing\tD\tApplication\n'),
    ).toBeUndefined();
    // A quote left open.
    expect(csvExport('"A","B","C"\n"1","2","three\nfour\n')).toBeUndefined();
    // A plain ad reads as it did.
    const plain = `Lead Pharmacist\n\nKey duties\n${DUTIES}\n`;
    expect(plainText(plain).text).toBe(plain);
  });
});

describe('a JSON feed', () => {
  const FEED = JSON.stringify({
    title: 'Lead Pharmacist',
    location: { name: 'Hexham' },
    descriptionPlain: `Tyne Valley Health runs three community hospitals.\n\nKey duties\n${DUTIES}\n`,
    lists: [
      { text: 'Nice to have', content: '<li>You have resolved disagreements between consultants</li>' },
      { text: 'What you’ll bring', content: '<li>Registration with the GPhC</li>' },
    ],
    requirements: ['Registration with the GPhC', 'Five years in hospital pharmacy'],
    id: 4411,
    remote: false,
  });

  it('unescapes each string and reads it under its key, a label as the heading of its list', () => {
    const text = jsonExport(FEED)!.text;
    expect(text).toContain('Lead Pharmacist\n');
    expect(text).toContain(
      'Description plain:\nTyne Valley Health runs three community hospitals.\n\nKey duties\n- Mentor',
    );
    expect(text).toContain('Requirements:\n• Registration with the GPhC\n• Five years');
    expect(text).not.toMatch(/\\n|\\u|4411|false/);
    const focus = extractJobFocus(FEED, ml);
    expect(ids(focus)).toEqual(['ml.collaboration', 'ml.mentoring']);
    // "Nice to have" heads its own content: the disagreement is a passing mention.
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.conflict');
    expect(quotes(focus, FEED)).toEqual(expect.arrayContaining(['Mentor', 'Work closely with']));
  });

  it('reads HTML escaped once more, as applicant-system feeds return it', () => {
    const html = `<p><strong>What you'll do</strong></p><ul><li>Mentor the two junior pharmacists</li></ul><p><strong>Nice to have</strong></p><ul><li>You have resolved disagreements between consultants</li></ul>`;
    const feed = JSON.stringify({
      title: 'Lead Pharmacist',
      content: html.replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    });
    const focus = extractJobFocus(feed, ml);
    expect(ids(focus)).toEqual(['ml.mentoring']);
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.conflict');
    expect(quotes(focus, feed)).toContain('Mentor');
  });

  it('is no JSON when it does not parse', () => {
    expect(jsonExport('{ Mentor the juniors }')).toBeUndefined();
    expect(jsonExport('Mentor the juniors')).toBeUndefined();
  });
});

describe('an XML feed', () => {
  it('reads CDATA as text and each element on a line of its own', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<jobs><job><title><![CDATA[Lead Pharmacist]]></title><salary><![CDATA[£52,000]]></salary><description><![CDATA[<p><b>Key duties</b></p><ul><li>Mentor the two junior pharmacists</li></ul><p><b>Nice to have</b></p><ul><li>You have resolved disagreements between consultants</li></ul>]]></description></job></jobs>`;
    const text = plainText(xml).text;
    expect(text).not.toMatch(/CDATA|\]\]>|<\?xml/);
    expect(text).toMatch(/Lead Pharmacist\n+£52,000\n/);
    const focus = extractJobFocus(xml, ml);
    expect(ids(focus)).toEqual(['ml.mentoring']);
    expect(focus.mentioned.map((c) => c.id)).toContain('ml.conflict');
    expect(quotes(focus, xml)).toContain('Mentor');
  });
});
