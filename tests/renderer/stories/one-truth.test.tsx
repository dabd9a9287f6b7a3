// The readiness breakdown, the issues panel and the editors' marks come from the same findings: a
// claim marked "no number" is never counted as backed, and a story-level mark shows in its section.
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IssuesPanel } from '../../../renderer/src/views/stories/insights/IssuesPanel';
import { ReadinessCard } from '../../../renderer/src/views/stories/insights/ReadinessCard';
import { sectionMarks, storyAnalyzers, storyMarks, storyReport } from '../../../renderer/src/data/story-analysis';
import type { Story } from '#shared/domain/schemas';

function story(fields: Partial<Story>): Story {
  return {
    id: 'one-truth',
    title: 'Retry storm',
    situation: 'Our payment workers retried failed calls without limit.',
    task: 'I was asked to stop the retry storms before the sale.',
    action: 'I added jittered backoff and a circuit breaker to all 12 payment services.',
    result: 'Checkout errors dropped sharply after the launch.',
    reflection: '',
    ...fields,
  } as Story;
}

function renderInsights(s: Story) {
  const report = storyReport(s);
  // The two cards StoryInsights puts side by side, fed exactly as StoryEditor feeds them.
  render(
    <>
      <ReadinessCard score={report.score} />
      <IssuesPanel findings={storyMarks(s, report)} onSelect={() => undefined} />
    </>,
  );
  return report;
}

describe('one truth between readiness, issues panel and marks', () => {
  it('does not call a claim backed while the panel marks it as missing a number', () => {
    const report = renderInsights(story({}));
    const claimMarks = storyMarks(story({}), report).filter(
      (f) => f.rule === 'unquantified-outcome' || f.rule === 'vague-claim',
    );
    expect(claimMarks).toHaveLength(1);
    const issues = within(screen.getByTestId('issues-list')).getAllByRole('listitem');
    expect(issues.some((li) => li.textContent?.includes('Checkout errors dropped sharply'))).toBe(true);
    const specificity = screen.getByText(/claims? (is|are) backed/);
    expect(specificity.textContent).toMatch(/1 of 2 claims are backed/);
    expect(specificity.textContent).toMatch(/1 marked as vague or missing a number/);
    expect(specificity.textContent).toMatch(/the Result gives no measure/);
    expect(screen.getByText(/The Result gives no measure/)).toBeInTheDocument();
  });

  it('says the Result gives a measure exactly when the panel has no "no measure" issue', () => {
    renderInsights(story({ result: 'Checkout errors fell from 2.1% to 0.3% during the sale.' }));
    expect(screen.getByText(/claims? (is|are) backed/).textContent).toMatch(/the Result gives a measure/);
    expect(screen.queryByText(/The Result gives no measure/)).toBeNull();
  });

  it('counts exactly the claims the marks judge: plain actions carry no mark and cost no points', () => {
    // A strong story told plainly: four Action sentences, two with no number, scale or effect, which
    // the editor rightly leaves unmarked, and one vague claim among measured Result sentences.
    const strong = story({
      situation: 'Our fraud model started blocking good payments after the checkout redesign.',
      task: 'I owned the model and had to find the cause before the holiday peak.',
      action:
        'I compared the feature distributions before and after the redesign. ' +
        'I traced the drift to the device field in the new checkout payload. ' +
        'I wrote a data contract with the checkout team. ' +
        'I retrained the model on 3 million recent payments and added a monitor for missing features.',
      result:
        'Falsely blocked payments fell from about 900 a day to 40 within a week. ' +
        'The launch was a big success for everyone.',
    });
    const report = renderInsights(strong);
    const marks = storyMarks(strong, report);
    const claimMarks = marks.filter((f) => f.rule === 'unquantified-outcome' || f.rule === 'vague-claim');
    // The marks: one, on the vague Result claim; none on the plain actions.
    expect(claimMarks.map((f) => [f.section, f.quote])).toEqual([['result', 'success']]);
    // The panel header counts that mark …
    expect(marks).toHaveLength(1);
    expect(screen.getByText(/issues?( ·|$)/).textContent).toBe('1 issue · 1 claim marked');
    // … and the breakdown counts the same claims: the two backed ones and the one marked, nothing else.
    const specificity = report.score.parts.find((p) => p.id === 'specificity')!;
    expect(specificity.reason).toMatch(/^2 of 3 claims are backed by a number, scale or effect, 1 marked/);
    expect(screen.getByText(/claims? (is|are) backed/).textContent).toBe(specificity.reason);
    expect(specificity.points).toBe(Math.round((25 * 2) / 3) + 10);
  });

  it("shows story-level marks in their section's editor, and drops them when another section fixes them", () => {
    const weOnly = story({
      action: 'We added jittered backoff to the 12 payment workers.',
      result: 'We shipped it before the sale and checkout errors fell from 2.1% to 0.3%.',
    });
    const analyzers = storyAnalyzers(weOnly);
    const actionMarks = analyzers.action(weOnly.action);
    expect(actionMarks.map((f) => f.rule)).toContain('we-without-i');
    // The editor shows what the panel lists for that section, no more and no less.
    expect(actionMarks).toEqual(sectionMarks(weOnly, storyReport(weOnly), 'action'));
    // Typing an "I" into the Result clears the Action's mark.
    const fixed = { ...weOnly, result: 'I shipped it before the sale and checkout errors fell from 2.1% to 0.3%.' };
    expect(
      storyAnalyzers(fixed)
        .action(fixed.action)
        .map((f) => f.rule),
    ).not.toContain('we-without-i');
  });
});
