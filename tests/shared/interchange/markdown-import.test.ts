// Markdown in the shapes people keep: Notion-style headings, Google Docs bold labels, S:/T:/A:/R:.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMarkdown } from '#shared/interchange/index';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const catalog = {
  competencies: [
    { id: 'amazon.ownership', name: 'Ownership' },
    { id: 'amazon.dive-deep', name: 'Dive Deep' },
    { id: 'amazon.bias-for-action', name: 'Bias for Action' },
  ],
  stages: [],
};

describe('Markdown import', () => {
  it('reads a heading per story with section headings (Notion)', () => {
    const { stories, problems } = importMarkdown(fixture('notion-headings.md'), catalog);
    expect(stories.map((s) => s.fields.title)).toEqual(['Migrating the feature store', 'Mentoring new hires']);
    const [first, second] = stories.map((s) => s.fields);
    expect(first).toMatchObject({
      project: 'Feature store v2',
      status: 'ready',
      competencies: ['amazon.ownership', 'amazon.dive-deep'],
      situation: 'Nightly batch jobs took 9 hours and blocked two launches.',
      task: 'I owned the migration to streaming.',
      // Deeper headings inside a section are text.
      action: '- Wrote the design doc\n- Ran a one-week spike comparing two options\n\n#### Details\nWe used Flink.',
      result: 'Freshness went from 24 hours to 5 minutes.',
      reflection: 'Decide the criteria before the debate.',
    });
    expect(second).toMatchObject({
      task: '',
      action: 'I paired with each of them on their first launch.',
      status: 'draft',
    });
    // The intro paragraph under the document title belongs to no story.
    expect(problems.map((p) => p.message)).toEqual([
      'Line 3: text before the first story (or between groups) is not part of any story and was skipped.',
    ]);
  });

  it('reads bold labels with bold titles (Google Docs), continuing multi-line sections', () => {
    const { stories } = importMarkdown(fixture('google-docs-bold.md'), catalog);
    expect(stories.map((s) => s.fields.title)).toEqual([
      'Story 1: The latency incident',
      'Story 2: Disagreeing with my manager',
    ]);
    expect(stories[0].fields.action).toBe(
      'I rolled back the feature flag, then found an N+1 query.\nIt was hidden behind a cache miss.',
    );
    expect(stories[0].fields.competencies).toEqual(['amazon.bias-for-action', 'customer-obsession']);
    expect(stories[1].fields.result).toBe('We kept the evaluation and caught a regression a week later.');
  });

  it('reads S:/T:/A:/R: prefixes with Title: lines separating stories', () => {
    const { stories, problems } = importMarkdown(fixture('star-prefixes.md'));
    expect(stories.map((s) => [s.fields.title, s.fields.situation, s.fields.task, s.fields.result])).toEqual([
      [
        'Cutting training costs',
        'GPU spend had doubled in a year.',
        'Bring it back under budget.',
        'Spend fell by 40% with no missed deadlines.',
      ],
      [
        'Hiring loop redesign',
        'Our interview loop rejected strong candidates.',
        '',
        'Offer acceptance rose from 50% to 70%.',
      ],
    ]);
    expect(stories[0].fields.competencies).toEqual(['frugality', 'ownership']);
    expect(problems).toEqual([]);
  });

  it("reads L: (the app's own letter for Reflection) as the Reflection, not as part of the Result", () => {
    const { stories, problems } = importMarkdown(
      '## Cutting build times\nS: Builds took 40 minutes.\nT: I owned the fix.\nA: I split the test suite.\nR: Builds took 12 minutes.\nL: Measure before optimising.\n',
    );
    expect(problems).toEqual([]);
    expect(stories[0].fields).toMatchObject({
      result: 'Builds took 12 minutes.',
      reflection: 'Measure before optimising.',
    });
  });

  it('reads stories whose headings mix levels (## Alpha, # Beta, ## Gamma) without a skipped-line warning', () => {
    const text = [
      '## Alpha',
      'S: Alpha situation.',
      'R: Alpha result.',
      '',
      '# Beta',
      'S: Beta situation.',
      'R: Beta result.',
      '',
      '## Gamma',
      'S: Gamma situation.',
      'R: Gamma result.',
    ].join('\n');
    const { stories, problems } = importMarkdown(text);
    expect(problems).toEqual([]);
    expect(stories.map((s) => [s.fields.title, s.fields.situation, s.fields.result])).toEqual([
      ['Alpha', 'Alpha situation.', 'Alpha result.'],
      ['Beta', 'Beta situation.', 'Beta result.'],
      ['Gamma', 'Gamma situation.', 'Gamma result.'],
    ]);
  });

  it('keeps a bold line inside a story as text when the sections under it continue that story', () => {
    const text =
      '## Paging load\nS: Pages fired nightly.\nA: I tuned the alerts.\n**The key step**\nR: Pages fell to 2 a week.\n';
    const { stories } = importMarkdown(text);
    expect(stories.map((s) => s.fields.title)).toEqual(['Paging load']);
    expect(stories[0].fields.result).toBe('Pages fell to 2 a week.');
  });

  it('starts a new story when S: comes round again without a title', () => {
    const { stories } = importMarkdown('S: one\nR: done\n\nS: two\nR: also done\n');
    expect(stories.map((s) => s.fields.situation)).toEqual(['one', 'two']);
  });

  it('warns about an unknown status and names the story and field', () => {
    const { stories, problems } = importMarkdown('## Pager story\nStatus: maybe\nS: context\n');
    expect(stories[0].fields.status).toBe('draft');
    expect(problems).toEqual([
      expect.objectContaining({
        row: 1,
        field: 'status',
        severity: 'warning',
        message:
          'Story 1 “Pager story” (line 1), Status: “maybe” is not draft, ready or retired; the story is imported as a draft.',
      }),
    ]);
  });

  it('refuses a story with a field over the limit, naming story, line and field', () => {
    const { stories, problems } = importMarkdown(
      `# Doc\n\n## Ok\nS: fine\n\n## Too long\n\n### Result\n${'word '.repeat(5000)}\n`,
    );
    expect(stories.map((s) => s.fields.title)).toEqual(['Ok']);
    expect(problems).toEqual([
      expect.objectContaining({
        row: 2,
        line: 6,
        field: 'result',
        severity: 'error',
        message: expect.stringMatching(/^Story 2 “Too long” \(line 6\), Result: The Result is too long/),
      }),
    ]);
  });

  it('imports a heading with story text but no section labels, split into sections by what it says', () => {
    const text = [
      '# Interview stories',
      '',
      'What I keep for loops.',
      '',
      '## Slow checkout',
      '',
      'Our checkout page was slow during the spring sale and buyers gave up. I was asked to fix it before the summer sale.',
      'I profiled the page and found three blocking scripts. I moved them after the first paint and cached the price lookups.',
      'Load time fell from eight seconds to two, and abandoned carts dropped by a third.',
      '',
      '## Mentoring',
      '',
      '**Situation:** Two new hires joined at once.',
      '**Action:** I paired with each of them for a week.',
      '',
    ].join('\n');
    const { stories, problems } = importMarkdown(text);
    expect(stories.map((s) => s.fields.title)).toEqual(['Slow checkout', 'Mentoring']);
    const checkout = stories[0].fields;
    // Nothing is lost: every sentence landed in some section, in order.
    const joined = [checkout.situation, checkout.task, checkout.action, checkout.result].filter(Boolean).join(' ');
    expect(joined.replace(/\s+/g, ' ')).toBe(text.split('\n').slice(6, 9).join(' '));
    expect(checkout.action).toMatch(/^I profiled the page/);
    expect(checkout.result).toBe('Load time fell from eight seconds to two, and abandoned carts dropped by a third.');
    expect(checkout.notes).toBe('');
    // The user is told, naming the story, so they can check the split.
    expect(problems).toContainEqual(
      expect.objectContaining({
        row: 1,
        line: 5,
        severity: 'warning',
        message: expect.stringMatching(/“Slow checkout”.*split into sections/),
      }),
    );
    // The heading that groups the stories is not a story; its introduction is reported as skipped.
    expect(problems).toContainEqual(expect.objectContaining({ line: 3, message: expect.stringMatching(/skipped/) }));
  });

  it('puts a short label-less story in the Action, and still ignores text under no heading', () => {
    const { stories } = importMarkdown('## Quick fix\n\nI rewrote the retry loop over a weekend.\n');
    expect(stories.map((s) => [s.fields.title, s.fields.action, s.fields.situation])).toEqual([
      ['Quick fix', 'I rewrote the retry loop over a weekend.', ''],
    ]);
    expect(importMarkdown('I rewrote the retry loop.\nThen I went home.\n').stories).toEqual([]);
  });

  it('says plainly when a file has no stories', () => {
    const { stories, problems } = importMarkdown('Just some notes.\nNothing structured here.\n');
    expect(stories).toEqual([]);
    expect(problems[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/No stories were found/) });
  });
});

describe('a story title with a label after a sentence end', () => {
  it('stays the title: "## L . Result: S:" is not cut into a Result', () => {
    const { stories } = importMarkdown('# Storybank stories\n\n## L . Result: S:\n\n- **Status:** draft\n');
    expect(stories.map((s) => s.fields.title)).toEqual(['L . Result: S:']);
    expect(stories[0].fields.result).toBe('');
  });
});
