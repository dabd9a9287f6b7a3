// post-of-unit-lines.ts: a title line naming the one unit the post belongs to ("for"/"on" + an article +
// a singular head) is no claim and its figures size the unit; a title with the people or things it
// served (a plural head, a group sized by its members) or a line that goes on with an act stays a claim
// (RUBRIC-NOTES "Titles"). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { postOfUnitAt } from '#shared/analysis/rules/lines/post-of-unit-lines';

const facts = (text: string) => sentenceFacts(text, undefined);
const claim = (text: string) => facts(text).isClaim;

describe('a post and the one unit it belongs to', () => {
  it('reads a title with the project, site or team it belongs to as no claim', () => {
    expect(claim('Release lead for the billing platform.')).toBe(false);
    expect(claim('Practice manager for a 12-person dental surgery')).toBe(false);
    expect(claim('Construction manager on a 90-bed care home build (£7.2m)')).toBe(false);
    expect(claim('Project manager for the refit of the county museum, budget 1.8 MEUR')).toBe(false);
  });

  it('sizes the unit with its figures: scale, no metric', () => {
    const f = facts('Construction manager on a 90-bed care home build (£7.2m)');
    expect(f.hasMetric).toBe(false);
    expect(f.hasScale).toBe(true);
    expect(facts('Project manager for the refit of the county museum, budget 1.8 MEUR').hasMetric).toBe(false);
  });

  it('keeps a title with the people or things it served a claim', () => {
    expect(claim('Account manager for 25 wholesale customers')).toBe(true);
    expect(claim('Support lead for a help desk group of 9')).toBe(true);
    expect(postOfUnitAt(tokenize('Payroll officer for four sister companies'))).toBe(-1);
  });

  it('keeps a title that goes on with an act, or one who did an act, a claim', () => {
    expect(postOfUnitAt(tokenize('Finance officer for the rowing club; moved the membership fees online'))).toBe(-1);
    expect(postOfUnitAt(tokenize('Finance officer for the rowing club'))).toBe(2);
    expect(postOfUnitAt(tokenize('Speaker at a regional data summit'))).toBe(-1);
    expect(postOfUnitAt(tokenize('Mentor for the school coding club'))).toBe(-1);
  });

  it('reads no sentence with a subject as such a line', () => {
    expect(postOfUnitAt(tokenize('I was the manager for the night team'))).toBe(-1);
    expect(postOfUnitAt(tokenize('The manager for the site approved it'))).toBe(-1);
  });
});
