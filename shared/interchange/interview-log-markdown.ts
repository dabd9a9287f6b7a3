// The interview log for reading: one section per company, one subsection per round, oldest first.
// (The lossless formats for the log are the JSON backup and the CSV of exportInterviewLogCsv.)
import type { Bank } from '../domain/schemas';
import { companyTimelines } from '../interview-log/companies';

const escape = (text: string) => text.replace(/([\\`*_[\]#<>|])/g, '\\$1');

export function exportInterviewLogMarkdown(bank: Pick<Bank, 'loops' | 'interviews' | 'stories'>): string {
  const title = new Map(bank.stories.map((s) => [s.id, s.title]));
  const out: string[] = ['# Interview log', ''];
  for (const company of companyTimelines(bank)) {
    if (company.entries.length === 0) continue;
    out.push(`## ${escape(company.company)}`, '', `State: ${company.state}`, '');
    for (const e of company.entries) {
      out.push(`### ${e.date} — ${escape(e.roundName || 'Round')} (${escape(e.role)})`, '');
      if (e.interviewer) out.push(`- Interviewer: ${escape(e.interviewer)}`);
      out.push(`- Outcome: ${e.outcome}`);
      if (e.rating !== undefined) out.push(`- How it went: ${e.rating}/5`);
      for (const s of e.stories)
        out.push(
          `- Told: ${escape(title.get(s.storyId) ?? s.storyId)}${s.numbersSaid.length ? ` (numbers said: ${s.numbersSaid.map(escape).join(', ')})` : ''}`,
        );
      for (const q of e.questions)
        out.push(`- Asked: ${escape(q.text)}${q.rating !== undefined ? ` (answer ${q.rating}/5)` : ''}`);
      if (e.notes.trim()) out.push('', escape(e.notes.trim()));
      out.push('');
    }
  }
  return out.join('\n');
}
