// A project name is checked before anything is sent: empty and too-long names are explained.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '#shared/domain/limits';
import { cleanProjectName, projectNameProblem } from '#shared/projects/index';

describe('projectNameProblem', () => {
  it("gives the form's own wording for a missing name", () => {
    expect(projectNameProblem(cleanProjectName('   '), 'Type a name first.', 'try again')).toBe('Type a name first.');
  });

  it('explains a name over the limit with its length and the way back', () => {
    const long = 'x'.repeat(LIMITS.shortText + 1);
    expect(projectNameProblem(long, 'empty', 'save again')).toBe(
      `That name is ${LIMITS.shortText + 1} characters; a project name holds at most ${LIMITS.shortText}. Shorten it and save again.`,
    );
  });

  it('accepts a name at the limit', () => {
    expect(projectNameProblem('x'.repeat(LIMITS.shortText), 'empty', 'try again')).toBeNull();
  });
});
