// Before a question is drawn, the card says what to do: pick a story from "Practice next" only when
// that list has one (it is empty until a story is marked ready, and says so itself).
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PRESET_FRAMEWORKS } from '#shared/competencies/index';
import { QuestionCard } from '../../../renderer/src/views/practice/drill/QuestionCard';

const card = (hasQueue: boolean) =>
  render(
    <QuestionCard
      source={{ kind: 'random' }}
      onSource={() => undefined}
      empty={false}
      loops={[]}
      askedCount={0}
      framework={PRESET_FRAMEWORKS[0]}
      nameOf={(id) => id}
      onDraw={() => undefined}
      disabled={false}
      hasQueue={hasQueue}
    />,
  );

describe('QuestionCard', () => {
  it('points to "Practice next" only when it lists a story', () => {
    const withQueue = card(true);
    expect(withQueue.container.querySelector('.placeholder')?.textContent).toBe(
      'Press N to draw a question, or pick a story from “Practice next”.',
    );
    withQueue.unmount();
    expect(card(false).container.querySelector('.placeholder')?.textContent).toBe('Press N to draw a question.');
  });
});
