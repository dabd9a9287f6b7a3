// Verbless resume lines that say what the writer did are claims (RUBRIC-NOTES: "Panelist at a regional
// meetup"): a line naming the act by a noun made from its verb, as French, Spanish or German writers put
// it ("Realisation of …", "Formation of …"), and an event role before an event's name whose capitalized
// past form is part of the name ("Speaker, Embedded Systems Week 2023"), not a verb. Bodies, degrees and
// posts named the same way stay no claim.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('verbless act lines', () => {
  it.each([
    'Realisation of a booking engine for a chain of dental clinics',
    'Formation of the new warehouse staff on the scanning process',
    'Conduction of workshops for the regional sales teams',
    'Elaboration of the monthly margin reports for the board',
    'Speaker, Embedded Systems Week 2023',
    'Presenter, Advanced Nursing Practice Summit 2022',
    'Panelist at a regional careers fair',
    'Moderator, Women in Data Leeds 2022',
  ])('%s: a claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(true);
  });

  it.each([
    'Department of the Environment (2018–2020)',
    'Association of Chartered Certified Accountants',
    'Institution of Civil Engineers, member',
    'Bachelor of Science in Nursing',
    'Statement of purpose',
    'Analyst at Applied Materials (2019–2021)',
    'Volunteer, United Way',
  ])('%s: no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });

  it('a nominal head with a verb in a story stays context', () => {
    expect(sentenceFacts('Implementation of the new rota was slow.', 'situation').isClaim).toBe(false);
  });
});
