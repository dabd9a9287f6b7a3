// Session 23: an incident story has an incident's shape, a live failure named in the setup and a later sentence that
// reads, narrows or fixes it; a failure word alone ("kept dropping out", pages counted a week) is none. Stories written
// for this test, in several voices.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';
import { isIncidentStory, setupNamesFailure } from '#shared/analysis/signals/incident-context';
import { storySentences } from '#shared/analysis/signals/story-sentences';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const sentencesOf = (story: Partial<StoryText>) => storySentences({ ...EMPTY, ...story });

describe('an incident: a live failure and its diagnosis or fix', () => {
  it.each<[string, Partial<StoryText>]>([
    [
      'web on-call',
      {
        situation: 'One Sunday our ticket shop went down an hour before a big concert sale opened.',
        action: 'I read the logs, found a full disk on the database host, and restarted it on a bigger volume.',
      },
    ],
    [
      'payments',
      {
        situation: 'The card terminals in our cafés started failing at lunchtime on a Friday.',
        action: 'I rolled back the morning update and the terminals came back within twenty minutes.',
      },
    ],
  ])('%s', (_voice, story) => {
    expect(isIncidentStory(sentencesOf(story))).toBe(true);
  });
});

describe('a failure word with no failure run down live is no incident', () => {
  it.each<[string, Partial<StoryText>]>([
    [
      'recruiting',
      {
        situation: 'Applicants for our warehouse jobs kept dropping out before their first day.',
        action: 'I called the last fifteen who left and moved the induction to the week they signed.',
      },
    ],
    [
      'charity',
      {
        situation: 'Our helpline volunteers kept dropping out after a month.',
        action: 'I paired each new volunteer with an experienced one for their first four shifts.',
      },
    ],
    [
      'ops',
      {
        situation: 'The team was paged about 40 times a week by alerts nobody acted on.',
        action: 'I deleted the alerts no one had acted on in a quarter and merged the rest by service.',
      },
    ],
  ])('%s', (_voice, story) => {
    const sentences = sentencesOf(story);
    expect(setupNamesFailure(sentences)).toBe(true);
    expect(isIncidentStory(sentences)).toBe(false);
  });

  it('a switch in such a story is asked about when the story is short', () => {
    const story: StoryText = {
      ...EMPTY,
      title: 'Induction week',
      situation: 'Applicants for our warehouse jobs kept dropping out before their first day.',
      action: 'I moved the induction from the first Monday to the week they signed their contract.',
      result: 'Fewer people dropped out.',
    };
    expect(followUps(story).map((f) => f.kind)).toContain('decision');
  });

  it('a switch that restores a live service is the fix, not a choice to ask about', () => {
    const story: StoryText = {
      ...EMPTY,
      title: 'Region failover',
      situation: 'Our booking API went down in the main region during the Monday peak.',
      action: 'I moved all traffic from the main region to the standby region and restarted the API there.',
      result: 'Bookings came back within half an hour.',
    };
    expect(followUps(story).map((f) => f.kind)).not.toContain('decision');
  });
});
