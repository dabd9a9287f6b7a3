// @vitest-environment node
// The log-entry form's checks: every bad input gets its own message, and the fields saved keep the plan's
// links and the numbers said then, while a story added in the dialog gets the numbers it says now.
import { describe, expect, it } from 'vitest';
import { InterviewEntryFields } from '#shared/api/channels/interviews';
import type { InterviewEntryFields as Fields } from '#shared/interview-log/index';
import {
  blankFields,
  checkDraft,
  draftFromFields,
  type EntryDraft,
} from '../../../renderer/src/views/companies/log-entry/entry-form';
import { makeStory } from '../../shared/coverage/make-story';

const TODAY = '2026-05-20';
const told = makeStory({ id: 'story_told00000001', project: 'Search', result: 'I cut p99 latency by 40%.' });
const added = makeStory({
  id: 'story_added0000001',
  project: 'Fraud',
  result: 'We cut p99 latency by 25% with a smaller model.',
});
const base: Fields = {
  ...blankFields('Orbit Labs', TODAY),
  role: 'Staff MLE',
  loopId: 'loop_aaaaaaaaaaaa',
  roundId: 'round_aaaaaaaaaaa',
  roundName: 'Phone screen',
  stageId: 'hiring-manager',
  date: '2026-05-18',
  // The numbers as said then (the story may say something else now).
  stories: [{ storyId: told.id, numbersSaid: ['30%'] }],
};
const story = (id: string) => [told, added].find((s) => s.id === id);
const check = (change: Partial<EntryDraft>) =>
  checkDraft({ draft: { ...draftFromFields(base), ...change }, base, story, today: TODAY });

describe('the log-entry form', () => {
  it('saves the plan’s links, keeps the numbers said then, and snapshots a story added here', () => {
    const result = check({
      storyIds: [told.id, added.id],
      interviewer: '  Priya  ',
      rating: 4,
      questions: [{ key: 'a', text: '  Tell me about a failure. ', rating: 2 }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(InterviewEntryFields.safeParse(result.fields).success).toBe(true);
    expect(result.fields).toMatchObject({
      company: 'Orbit Labs',
      loopId: base.loopId,
      roundId: base.roundId,
      stageId: 'hiring-manager',
      interviewer: 'Priya',
      rating: 4,
      questions: [{ text: 'Tell me about a failure.', rating: 2 }],
    });
    expect(result.fields.stories[0]).toEqual({ storyId: told.id, numbersSaid: ['30%'] });
    expect(result.fields.stories[1].storyId).toBe(added.id);
    expect(result.fields.stories[1].numbersSaid).toContain('25%');
  });

  it('drops an empty interviewer and rating rather than saving blanks', () => {
    const result = check({ interviewer: '   ' });
    expect(result.ok && 'interviewer' in result.fields).toBe(false);
    expect(result.ok && 'rating' in result.fields).toBe(false);
  });

  it.each([
    ['no company', { company: '  ' }, 'company', 'Say which company the round was with.'],
    ['no round name', { roundName: '' }, 'roundName', 'Name the round'],
    [
      'a company too long',
      { company: 'x'.repeat(201) },
      'company',
      'The company is too long: 201 characters, at most 200.',
    ],
    ['no date', { date: '' }, 'date', 'Enter the date of the round.'],
    ['a day that does not exist', { date: '2026-02-30' }, 'date', '“2026-02-30” is not a date.'],
    ['a day in the future', { date: '2026-05-21' }, 'date', 'This date is in the future'],
    [
      'an empty question',
      { questions: [{ key: 'a', text: '  ' }] },
      'questions',
      'A question has no text: write it, or remove it.',
    ],
    ['a story gone', { storyIds: ['story_gone00000001'] }, 'stories', 'A story in this entry no longer exists.'],
    ['notes too long', { notes: 'n'.repeat(20_001) }, 'notes', 'The notes are too long'],
  ] as const)('refuses %s with a message on the field', (_what, change, field, message) => {
    const result = check(change as Partial<EntryDraft>);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[field]).toContain(message);
  });
});
