// The print view draws the planner's layout with the .docx's sizes: the page and margins in points, one table
// column per tier column, exact line heights, labels in the hanging indent, and key numbers that never wrap inside.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SheetPage, SheetPrintView } from '../../../renderer/src/views/export/SheetPrintView';
import { planSheet, sheetLayout } from '#shared/sheet/index';
import { COMPETENCY_NAMES, sampleLoop, sampleStories } from '../../shared/sheet/sample-stories';

const stories = sampleStories(6);
const layout = (paper: 'a4' | 'letter', withLoop = false) =>
  sheetLayout(
    planSheet({
      stories,
      paper,
      profile: { name: 'Dana Whitfield', targetRole: 'Senior ML Engineer' },
      competencyNames: COMPETENCY_NAMES,
      ...(withLoop ? { loop: sampleLoop(stories, 3) } : {}),
    }),
  );

describe('SheetPage', () => {
  it('sets the page, margins, fonts and line heights in points from the plan', () => {
    const plan = layout('letter');
    render(<SheetPage layout={plan} />);
    const page = screen.getByTestId('sheet-print');
    expect(page.dataset['paper']).toBe('letter');
    expect(page.style.width).toBe('612pt');
    expect(page.style.padding).toBe('36pt');
    const title = screen.getByText(plan.stories[0].title);
    expect(title.parentElement!.style.fontSize).toBe(`${plan.tier.title.sizePt}pt`);
    expect(title.parentElement!.style.lineHeight).toBe(`${plan.tier.title.linePt}pt`);
    expect(page.querySelectorAll('tr')).toHaveLength(Math.ceil(6 / plan.tier.columns));
  });

  it('prints every cue with its label and every key number whole', () => {
    const plan = layout('a4', true);
    const { container } = render(<SheetPage layout={plan} />);
    for (const story of plan.stories) {
      for (const cue of story.cues) {
        // Cue text carries no-break spaces (a number and its unit), so it is compared as it is, not normalized.
        const text = [...container.querySelectorAll('.sp-line > span:last-child')].find(
          (el) => el.textContent === cue.text,
        );
        expect(text?.previousElementSibling?.textContent, cue.text).toBe(cue.label);
      }
      for (const n of story.numbers)
        expect([...container.querySelectorAll('.sp-keep')].some((el) => el.textContent === n)).toBe(true);
    }
    expect(container.textContent).toContain('Hiring manager');
  });

  it('mounts outside the app, at the end of <body>, under the paper size’s named page', () => {
    render(<SheetPrintView layout={layout('a4')} />);
    const root = document.body.querySelector(':scope > .sheet-print-root')!;
    expect(root.classList.contains('sheet-paper-a4')).toBe(true);
  });
});
