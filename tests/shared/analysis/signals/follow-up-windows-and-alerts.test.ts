// Session 20: a window that defines what is counted ("tickets answered within a day", "customers who churned within
// three months") is no limit the work respected, and alerts read through ("went through a month of alerts") are no
// monitoring the writer set up (`wrong-kind` on the eighth, ninth and tenth sets). Sentences written for this test.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = { title: '', situation: '', task: '', action: '', result: '', reflection: '' };
const kindsOf = (parts: Partial<StoryText>) => followUps({ ...EMPTY, ...parts }).map((f) => f.kind);

describe('a window that defines a measure', () => {
  it.each([
    'Only 40% of repair requests were closed within two weeks, and tenants complained to the council.',
    'About a quarter of new members cancelled within a month of joining the gym.',
    'Most trial users who churned within three days had never connected a calendar.',
  ])('%s', (situation) => {
    expect(kindsOf({ situation, action: 'I traced it and fixed it.' })).not.toContain('constraint');
  });
  it('a window the writer was held to is still a limit', () => {
    expect(
      kindsOf({ task: 'I had to get every repair request closed within two weeks.', action: 'I fixed it.' }),
    ).toContain('constraint');
  });
});

describe('alerts read through are no monitoring set up', () => {
  it.each([
    'I went through a month of bed alarms with the ward sister and switched off the ones that never mattered.',
    'I read through two weeks of alerts and deleted the twelve that nobody acted on.',
  ])('%s', (action) => {
    expect(kindsOf({ action })).not.toContain('monitoring');
  });
  it('monitoring set up is still asked what it caught', () => {
    expect(kindsOf({ action: 'I set up an alert on queue lag over two minutes.' })).toContain('monitoring');
  });
});
