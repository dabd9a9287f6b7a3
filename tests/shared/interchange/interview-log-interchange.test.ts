import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Bank, InterviewEntry, INTERVIEW_OUTCOMES } from '#shared/domain/schemas';
import { emptyBank } from '#shared/domain/defaults';
import {
  exportInterviewLogCsv,
  exportInterviewLogMarkdown,
  exportJsonBackup,
  importInterviewLogCsv,
  importJsonBackup,
} from '#shared/interchange/index';

// Text that survives a text file: no control characters but tab and newline (exports replace the others).
const text = (max: number) =>
  fc.string({
    maxLength: max,
    unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', "'", '=', '+', '-', '@', '\n', 'é', '📈', '%', '$', '1'),
  });
const id = (prefix: string) => fc.stringMatching(/^[a-z0-9]{1,8}$/).map((s) => `${prefix}_${s}`);
const date = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });
const said = fc.record({
  measure: text(20),
  unit: fc.constantFrom('percent', 'money', 'time', 'count') as fc.Arbitrary<'percent'>,
  value: fc.double({ noNaN: true, noDefaultInfinity: true }),
  text: text(10),
  sentence: text(60),
});
const entry: fc.Arbitrary<InterviewEntry> = fc
  .record(
    {
      id: id('interview'),
      company: text(30),
      role: text(30),
      loopId: id('loop'),
      roundId: id('round'),
      roundName: text(20),
      stageId: fc.constantFrom('behavioral', 'ml-system-design'),
      date: date.map((d) => d.toISOString().slice(0, 10)),
      interviewer: text(20).filter((s) => s !== ''),
      questions: fc.array(
        fc.record(
          {
            text: text(40).filter((s) => s !== ''),
            questionId: fc.constantFrom('q.why', 'q.fail'),
            rating: fc.integer({ min: 1, max: 5 }),
          },
          { requiredKeys: ['text'] },
        ),
        { maxLength: 3 },
      ),
      stories: fc.array(
        fc.record(
          {
            storyId: id('story'),
            numbersSaid: fc.array(
              text(10).filter((s) => s !== '' && !s.includes('\n')),
              { maxLength: 3 },
            ),
            claimsSaid: fc.array(said, { maxLength: 2 }),
          },
          { requiredKeys: ['storyId', 'numbersSaid'] },
        ),
        { maxLength: 3 },
      ),
      rating: fc.integer({ min: 1, max: 5 }),
      outcome: fc.constantFrom(...INTERVIEW_OUTCOMES),
      notes: text(80),
      createdAt: date.map((d) => d.toISOString()),
      updatedAt: date.map((d) => d.toISOString()),
    },
    {
      requiredKeys: [
        'id',
        'company',
        'role',
        'roundName',
        'date',
        'questions',
        'stories',
        'outcome',
        'notes',
        'createdAt',
        'updatedAt',
      ],
    },
  )
  .filter((e) => InterviewEntry.safeParse(e).success);

describe('interview log interchange', () => {
  it('CSV round-trips any log exactly (formula guards, quotes, newlines, emoji, -0 aside)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 4 }), (entries) => {
        const normal = JSON.parse(JSON.stringify(entries)) as InterviewEntry[];
        const back = importInterviewLogCsv(exportInterviewLogCsv(normal));
        expect(back.problems).toEqual([]);
        expect(back.entries).toEqual(normal);
      }),
      { numRuns: 150 },
    );
  });

  it('the JSON backup round-trips a bank with its log', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 4 }), (entries) => {
        const bank: Bank = { ...emptyBank(), interviews: JSON.parse(JSON.stringify(entries)) };
        expect(importJsonBackup(exportJsonBackup(bank)).bank?.interviews).toEqual(bank.interviews);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a file that is not a log and reports a broken entry without losing the others', () => {
    expect(importInterviewLogCsv('Title,Situation\r\nA,B\r\n').problems[0]).toMatch(/not an interview log/);
    expect(importInterviewLogCsv('').problems[0]).toMatch(/empty/);
    const good: InterviewEntry = {
      id: 'interview_ok',
      company: 'Acme',
      role: 'Staff',
      roundName: 'Onsite',
      date: '2026-01-02',
      questions: [],
      stories: [],
      outcome: 'offer',
      notes: '',
      createdAt: '2026-01-02T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    const csv = exportInterviewLogCsv([good, { ...good, id: 'interview_bad' }]).replace(
      /(interview_bad,round,Acme,Staff,Onsite,,)2026-01-02/,
      '$1not a date',
    );
    const back = importInterviewLogCsv(csv);
    expect(back.entries.map((e) => e.id)).toEqual(['interview_ok']);
    expect(back.problems).toEqual([
      'Row 3: entry interview_bad is not valid: Date “not a date” is not valid (write it as YYYY-MM-DD).',
    ]);
  });

  it('Markdown lists each company with its rounds, stories told, questions and numbers said', () => {
    const md = exportInterviewLogMarkdown({
      loops: [],
      stories: [{ id: 'story_a', title: 'Cut latency' } as never],
      interviews: [
        {
          id: 'interview_a',
          company: 'Acme',
          role: 'Staff',
          roundName: 'Onsite',
          date: '2026-01-02',
          interviewer: 'Kim',
          questions: [{ text: 'Why *this*?', rating: 2 }],
          stories: [{ storyId: 'story_a', numbersSaid: ['40%'] }],
          outcome: 'passed',
          notes: 'Went fine.',
          createdAt: '2026-01-02T00:00:00.000Z',
          updatedAt: '2026-01-02T00:00:00.000Z',
        },
      ],
    });
    expect(md).toContain('## Acme');
    expect(md).toContain('### 2026-01-02 — Onsite (Staff)');
    expect(md).toContain('- Told: Cut latency (numbers said: 40%)');
    expect(md).toContain('- Asked: Why \\*this\\*? (answer 2/5)');
    expect(md).toContain('- Interviewer: Kim');
  });
});
