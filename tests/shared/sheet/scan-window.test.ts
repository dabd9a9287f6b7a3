// The performance work on the sheet planner (issue 7 phase 2): the key-number patterns that check for glued digits
// after the first character, the collapsed-length count, and the scan window with what it reports.
import { describe, expect, it } from 'vitest';
import { keyNumbers } from '#shared/sheet/key-numbers';
import { planSheet } from '#shared/sheet/plan-sheet';
import { isLongSection, scanWindow, SECTION_SCAN_CHARS } from '#shared/sheet/scan-window';
import { collapsedLength, collapseWhitespace } from '#shared/sheet/text-fit';
import { COMPETENCY_NAMES, sampleStories } from './sample-stories';

const kinds = (s: string) => keyNumbers(s).map((n) => `${n.kind}:${n.text}`);

describe('keyNumbers with the glued check after the first character', () => {
  // Expected values are what the patterns gave with the lookbehind written first (checked against 200,000 random
  // strings built from digits, signs, currencies, units and arrows when the patterns were rewritten).
  it.each([
    ['a-12% and +5% and x+3%', ['percent:12%', 'percent:+5%', 'percent:3%']],
    ['USD 5M, inUSD 4M, €3k, x$2M, .5 hours', ['money:USD 5M', 'money:USD 4M', 'money:€3k', 'money:$2M']],
    ['EC2 → EC3 but 4 → 8 and $1M->$2M', ['change:4 → 8', 'change:$1M → $2M']],
    ['v2 → 3x, 2,500 users, 1,5000 users', ['multiplier:3x', 'count:2,500 users', 'count:5000 users']],
    ['3.11.4 and 12.5x and 2-fold', ['multiplier:12.5x', 'multiplier:2-fold']],
    ['from 9 hours to 3 hours; 10 ms→4 ms', ['change:9 hours → 3 hours', 'change:10 ms → 4 ms']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('collapsedLength', () => {
  it('equals the length of the collapsed text, for every kind of white space', () => {
    const pieces = [
      'a',
      'bc',
      ' ',
      '  ',
      '\n',
      '\t',
      '\r\n',
      '\u00a0',
      '\u2003',
      '\u3000',
      '\ufeff',
      '\u2028',
      '東',
      '😀',
      '\u200b',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 5_000; i++) {
      let text = '';
      for (let j = next() % 12; j > 0; j--) text += pieces[next() % pieces.length];
      expect(collapsedLength(text), JSON.stringify(text)).toBe(collapseWhitespace(text).length);
    }
  });
});

describe('scanWindow', () => {
  it('leaves a section within the window as it is', () => {
    const text = 'Short. '.repeat(10);
    expect(scanWindow(text)).toBe(text);
    expect(isLongSection(text)).toBe(false);
  });

  it('ends a long section at a sentence end, or at a space, never inside a number', () => {
    const sentences = 'Latency fell 40% for 1,500 users. '.repeat(200);
    const cut = scanWindow(sentences);
    expect(cut.length).toBeLessThanOrEqual(SECTION_SCAN_CHARS);
    expect(cut.endsWith('users.')).toBe(true);
    const words = '1,500 '.repeat(1_000);
    expect(scanWindow(words).trimEnd().endsWith('1,500')).toBe(true);
    expect(isLongSection(words)).toBe(true);
    expect(isLongSection(`${'x'.repeat(SECTION_SCAN_CHARS)}      `)).toBe(false); // only padding beyond it
  });
});

describe('planSheet and long sections', () => {
  it('takes numbers from the first 3,000 characters of a section and says so for the stories concerned', () => {
    const [plain, long] = sampleStories(2);
    const filler = 'We kept going and met every week with the teams involved. '.repeat(60);
    const story = { ...long, result: `${filler}In the end revenue grew 87% in the region.` };
    expect(story.result.length).toBeGreaterThan(SECTION_SCAN_CHARS);
    const plan = planSheet({
      stories: [plain, story],
      paper: 'a4',
      competencyNames: COMPETENCY_NAMES,
      profile: { name: 'Dana', targetRole: '' },
    });
    const report = plan.report.stories.find((s) => s.id === story.id)!;
    expect(report.longSections).toEqual(['result']);
    expect(plan.report.stories.find((s) => s.id === plain.id)!.longSections).toBeUndefined();
    expect(plan.stories.find((s) => s.id === story.id)!.numbers).not.toContain('87%');
    expect(plan.report.summary).toContain(
      'Cues and key numbers come from the first 3,000 characters of each section; 1 of 2 stories have longer sections.',
    );
  });
});
