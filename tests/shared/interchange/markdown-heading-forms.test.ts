// The Markdown import reads section headings as the analyzer's splitter does (section-headings.ts):
// the same letters, synonyms, questions and numbered forms open the same section, and the same near
// misses stay text. The stories here are written for this test.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '#shared/interchange/index';
import { readLine } from '#shared/interchange/markdown-syntax';
import { fieldForColumn } from '#shared/interchange/field-names';
import { readSectionHeading } from '#shared/analysis/section-headings';
import { headingFormText, parseHeadingForms } from '#shared/analysis/evaluate-headings';

describe('Markdown import, heading forms', () => {
  it('imports stories headed with letters and dashes, questions, numbers and synonyms', () => {
    const text = [
      '# Stories',
      '',
      '## Nightly export',
      '**S** — The export failed twice a week.',
      'Task - Make it reliable before the close.',
      '### What did you do?',
      'I added a retry and split the export by table.',
      'Result was that finance stopped asking.',
      '- Impact on support: fewer tickets.',
      'What was the result?',
      'No failures in nine weeks.',
      'Lessons learned — measure first.',
      '',
      '## Onboarding',
      '1. Context: The second screen lost a third of new users.',
      '2. The ask: find out why within the sprint.',
      '3. Approach: I watched ten session recordings.',
      '4. Outcome: completion went from 66% to 81%.',
    ].join('\n');
    const { stories, problems } = importMarkdown(text);
    expect(problems).toEqual([]);
    expect(stories.map((s) => s.fields)).toEqual([
      expect.objectContaining({
        title: 'Nightly export',
        situation: 'The export failed twice a week.',
        task: 'Make it reliable before the close.',
        action:
          'I added a retry and split the export by table.\nResult was that finance stopped asking.\n- Impact on support: fewer tickets.',
        result: 'No failures in nine weeks.',
        reflection: 'measure first.',
      }),
      expect.objectContaining({
        title: 'Onboarding',
        situation: 'The second screen lost a third of new users.',
        task: 'find out why within the sprint.',
        action: 'I watched ten session recordings.',
        result: 'completion went from 66% to 81%.',
      }),
    ]);
  });

  it('cuts a story pasted as one paragraph at its labels, as the splitter does', () => {
    const { stories } = importMarkdown(
      '## Spam\n**Situation:** Invoices went to spam. **Task:** Fix it. **Result:** Spam reports fell to none.\n',
    );
    expect(stories.map((s) => [s.fields.situation, s.fields.task, s.fields.result])).toEqual([
      ['Invoices went to spam.', 'Fix it.', 'Spam reports fell to none.'],
    ]);
  });

  it('keeps a story titled like a section word a title when it has sections under it', () => {
    const { stories } = importMarkdown('## Background jobs that piled up\n\nS: The queue grew.\nA: I added workers.\n');
    expect(stories.map((s) => [s.fields.title, s.fields.situation, s.fields.action])).toEqual([
      ['Background jobs that piled up', 'The queue grew.', 'I added workers.'],
    ]);
  });

  it('reads every line of the heading-forms set as the splitter does', () => {
    const stories = parseHeadingForms(
      ['heading-forms.jsonl', 'heading-forms-check.jsonl']
        .map((f) => readFileSync(resolve(__dirname, `../../fixtures/segments/${f}`), 'utf8'))
        .join('\n'),
    );
    const lines = stories.flatMap((s) => headingFormText(s).split('\n'));
    expect(lines.length).toBeGreaterThan(250);
    const disagree = lines.filter((line) => {
      const heading = readSectionHeading(line);
      const token = readLine(line, 1);
      // A letter in brackets needs a second letter heading beside it: the splitter looks at the story,
      // the import at one line, so the import leaves it as text.
      const splitter = heading && !heading.weak ? heading.section : undefined;
      const imported = token.kind === 'label' ? token.field : undefined;
      // "My role:" is the story's Role field in a file (its metadata), a Task heading in a pasted story.
      if (imported === 'role') return false;
      return splitter !== imported;
    });
    expect(disagree).toEqual([]);
    expect(readLine('**My role:** Tech lead', 1)).toMatchObject({ kind: 'label', field: 'role' });
  });

  it('names the same sections in spreadsheet columns, and leaves the Role field its own', () => {
    expect(
      ['Approach', 'The ask', 'Lessons learned', 'Business impact', 'Key takeaways', 'My role', 'Role'].map(
        fieldForColumn,
      ),
    ).toEqual(['action', 'task', 'reflection', 'result', 'reflection', 'role', 'role']);
  });
});
