// Session 20: "what did they need that you did not" is asked of a partner, not of the writer's own role ("As the
// payments engineer on the risk squad, I was asked to…", judged `wrong-kind` on the ninth set). Sentences written
// for this test, in many voices.
import { describe, it, expect } from 'vitest';
import { followUps, type StoryText } from '#shared/analysis/index';

const EMPTY: StoryText = {
  title: '',
  situation: '',
  task: '',
  action: 'I changed how it worked.',
  result: '',
  reflection: '',
};
const partnerOf = (task: string) => followUps({ ...EMPTY, task }).filter((f) => f.kind === 'partner');

describe("the writer's own role is no partner", () => {
  const roles: [string, string][] = [
    ['analyst', 'As the data analyst for the marketing team, I was asked to find out why trial sign-ups had dropped.'],
    ['support', 'As the support lead for the billing queue, I was asked to halve the backlog.'],
    ['PM', 'As the product manager for onboarding, I was asked to raise activation by the end of Q3.'],
    ['resume line', 'I was the marketing lead for the spring launch and was asked to double trial sign-ups.'],
  ];
  it.each(roles)('%s', (_voice, task) => {
    expect(partnerOf(task)).toEqual([]);
  });

  it('a partner who needed something is still asked about', () => {
    expect(partnerOf('The finance lead asked for the old report format, so I kept it for a quarter.')).toHaveLength(1);
  });
});
