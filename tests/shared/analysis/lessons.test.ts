import { describe, it, expect } from 'vitest';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { isLessonSentence } from '#shared/analysis/rules/marks/lessons';

const lesson = (text: string, section?: 'reflection' | 'action') => isLessonSentence(tokenize(text), section);

describe('lessons and advice (no claims)', () => {
  it('reads a general comparison in the present as a lesson, with or without a section', () => {
    expect(lesson('Small teams move faster than big ones.')).toBe(true);
    expect(lesson('Clean data beats a clever model.', 'reflection')).toBe(true);
    expect(lesson('A shared calendar works better than a group chat.')).toBe(true);
    expect(lesson('Pairing on the first ticket saves more time than it costs.')).toBe(true);
  });

  it('reads what the writer learned as a lesson', () => {
    expect(lesson('That winter taught me to staff the phones before the rush.', 'reflection')).toBe(true);
    expect(lesson('The biggest lesson was to check the data before the model.', 'reflection')).toBe(true);
  });

  it('reads an imperative as advice in a Reflection, and on a bare line only with a contrast', () => {
    expect(lesson('Ask the people doing the work first.', 'reflection')).toBe(true);
    expect(lesson('Show the cost of a change, not only its savings.')).toBe(true);
    expect(lesson('Build dashboards for the ops team.')).toBe(false);
    expect(lesson('Develop and maintain pipelines rather than one-off scripts.')).toBe(false);
  });

  it('reads a resume line that opens with a gerund as no lesson when its last word is a plural noun', () => {
    expect(lesson('Building internal tools for the company field engineers')).toBe(false);
    expect(lesson('Designing onboarding flows for new store managers')).toBe(false);
    expect(lesson('Writing the runbook first saves more time than it costs')).toBe(true);
  });

  it('leaves the writer’s acts, specific results, figures and other sections to the claim rules', () => {
    expect(lesson('Since then I review every rota with the charge nurse.', 'reflection')).toBe(false);
    expect(lesson('The new rota beat the old one on every ward.')).toBe(false);
    expect(lesson('Our pilot worked better than the full launch did.')).toBe(false);
    expect(lesson('Small teams move faster than big ones.', 'action')).toBe(false);
    expect(lesson('Built dashboards that make on-call easier.')).toBe(false);
  });
});
