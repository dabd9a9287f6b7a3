import { describe, it, expect } from 'vitest';
import { countPronouns, isWeWithoutI } from '#shared/analysis/rules/marks/we-without-i';
import { analyzeStory, analyzeText } from '#shared/analysis/index';
import { tokenize } from './helpers';

describe('"we" without "I"', () => {
  it('counts singular and plural first person and remembers the first "we"', () => {
    const text = 'Our team shipped it and we celebrated.';
    const count = countPronouns(tokenize(text));
    expect(count).toMatchObject({ singular: 0, plural: 2 });
    expect(text.slice(count.firstPlural!.start, count.firstPlural!.end)).toBe('Our');
    expect(isWeWithoutI(count)).toBe(true);
  });

  it('is satisfied by a single "I" and does not read "US" as "us"', () => {
    expect(isWeWithoutI(countPronouns(tokenize('We planned it; I wrote the code.')))).toBe(false);
    expect(countPronouns(tokenize('Launched in the US')).plural).toBe(0);
  });

  it('marks a story whose Action and Result only say "we" once, at the first "we"', () => {
    const story = {
      situation: 'We ran the billing service for four regions.',
      task: 'I was asked to shrink the backlog before the audit.',
      action: 'We rewrote the scheduler. We cut the backlog by 40%.',
      result: 'We passed the audit and our on-call pages halved.',
      reflection: '',
    };
    const report = analyzeStory(story as never);
    const found = report.findings.filter((f) => f.rule === 'we-without-i');
    expect(found).toHaveLength(1);
    expect(found[0].section).toBe('action');
    expect(story.action.slice(found[0].start, found[0].end)).toBe('We');
    // Never per section inside the fields.
    for (const s of ['task', 'action', 'result'] as const)
      expect(report.fields[s].findings.some((f) => f.rule === 'we-without-i')).toBe(false);
  });

  it('is satisfied by one "I" in the Action or Result, or by subjectless bullets', () => {
    const base = { situation: '', task: '', reflection: '', result: 'We shipped it in May.' };
    const withI = analyzeStory({ ...base, action: 'We split the work; I wrote the parser.' } as never);
    expect(withI.findings.some((f) => f.rule === 'we-without-i')).toBe(false);
    const bullets = analyzeStory({ ...base, action: '- Rewrote the parser.\n- Profiled the hot path.' } as never);
    expect(bullets.findings.some((f) => f.rule === 'we-without-i')).toBe(false);
  });

  it('still judges a free-standing text on its own', () => {
    const text = 'We rewrote the scheduler. We cut the backlog by 40%.';
    const found = analyzeText(text).findings.filter((f) => f.rule === 'we-without-i');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0].start, found[0].end)).toBe('We');
  });

  it('lets the Situation say "we" freely', () => {
    const found = analyzeText('We were a team of five with no on-call.', { section: 'situation' }).findings;
    expect(found.some((f) => f.rule === 'we-without-i')).toBe(false);
  });
});
