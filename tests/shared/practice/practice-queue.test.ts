import { describe, expect, it } from 'vitest';
import { competencyName } from '#shared/competencies/frameworks';
import type { InterviewEntry, Loop, Story } from '#shared/domain/schemas';
import { loopUrgency, upcomingLoops } from '#shared/practice/loop-pull';
import { practiceQueue } from '#shared/practice/practice-queue';
import { day, isoDate, makeLoop, makeStory, rehearsedStory } from './fixtures';

const NOW = day(30); // Fri Jan 31, 2025, 09:00 local
const name = (id: string) => competencyName(id);

// The bank: what each story's FSRS state is at NOW (Good after Good: see scheduler.test.ts).
const neverTold = makeStory({ title: 'A never told', competencies: ['ml.leadership'] });
// Good on Jan 21 → due Jan 24 (3 days), 7 days overdue; R(10 d, S 2.31) ≈ 0.77.
const longOverdue = rehearsedStory([[day(20), 4]], { title: 'B long overdue', competencies: ['ml.communication'] });
// Good on Jan 27 → due Jan 30, 1 day overdue; R(4 d, S 2.31) ≈ 0.86. Tagged with Amazon's Ownership,
// which corresponds to the ML framework's "Ownership end to end".
const justOverdue = rehearsedStory([[day(26), 4]], { title: 'C just overdue', competencies: ['amazon.ownership'] });
// Good ×3 at each due date → S ≈ 57 days, last on Jan 18 → due Mar 16; R ≈ 0.98.
const wellKnown = rehearsedStory(
  [
    [day(0), 4],
    [day(3), 4],
    [day(17), 4],
  ],
  { title: 'D well known', competencies: ['ml.impact'] },
);
const retired = rehearsedStory([[day(1), 1]], {
  title: 'E retired',
  status: 'retired',
  competencies: ['ml.ownership'],
});
const draft = makeStory({ title: 'F draft', status: 'draft', competencies: ['ml.conflict'] });
const trashed = makeStory({ title: 'G trashed', deletedAt: day(2).toISOString() });
const STORIES: Story[] = [wellKnown, draft, justOverdue, retired, longOverdue, trashed, neverTold];

function acmeLoop(date: Date): Loop {
  return makeLoop({
    company: 'Acme',
    date: isoDate(date),
    rounds: [
      { id: 'round_t0001', name: 'Hiring manager', focus: ['ml.ownership'], storyIds: [wellKnown.id] },
      { id: 'round_t0002', name: 'Bar raiser', focus: ['ml.conflict'], storyIds: [draft.id] },
    ],
  });
}

const titles = (loops: Loop[] = [], stories = STORIES, now = NOW) =>
  practiceQueue({ stories, loops, now, competencyName: name }).map((i) => i.story.title);

describe('the practice queue without a loop', () => {
  it('puts never-rehearsed ready stories first, then overdue (least recalled first), then the rest by due-ness', () => {
    expect(titles()).toEqual(['A never told', 'B long overdue', 'C just overdue', 'D well known']);
  });

  it('leaves out retired, trashed and draft stories', () => {
    const ids = practiceQueue({ stories: STORIES, now: NOW }).map((i) => i.story.id);
    expect(ids).not.toContain(retired.id);
    expect(ids).not.toContain(trashed.id);
    expect(ids).not.toContain(draft.id);
  });

  it('says why each story is there', () => {
    const queue = practiceQueue({ stories: STORIES, now: NOW, competencyName: name });
    expect(queue.map((i) => i.reason)).toEqual([
      'never rehearsed',
      'due 7 days ago',
      'due yesterday',
      'due in 44 days',
    ]);
    expect(queue.map((i) => i.dueness)).toEqual(['new', 'due', 'due', 'later']);
  });

  it('ranks by retrievability among overdue stories even when the order of the log differs', () => {
    const queue = practiceQueue({ stories: [...STORIES].reverse(), now: NOW });
    const [b, c] = [queue[1], queue[2]];
    expect(b.memory.retrievability).toBeCloseTo(0.775, 2);
    expect(c.memory.retrievability).toBeCloseTo(0.858, 2);
    expect(titles([], [...STORIES].reverse())).toEqual(titles());
  });
});

describe('the practice queue with an upcoming loop', () => {
  it('ignores a loop more than two weeks away (a draft in it stays out too)', () => {
    expect(titles([acmeLoop(day(50))])).toEqual(titles());
  });

  it('ignores loops in the past and loops without a date', () => {
    expect(titles([acmeLoop(day(29)), { ...acmeLoop(day(31)), date: undefined }])).toEqual(titles());
  });

  it('grows the pull as the date approaches: zero at 14 days, half at 8, full from 2 days out', () => {
    expect([14, 8, 2, 1, 0].map(loopUrgency)).toEqual([0, 0.5, 1, 1, 1]);
    expect(upcomingLoops([acmeLoop(day(38))], NOW)[0]).toMatchObject({ daysUntil: 8, urgency: 0.5 });
  });

  it('at 8 days out, pulls the loop’s stories part of the way up', () => {
    // Scores: F draft (new, assigned) 2 + 2·0.5 = 3; A 2; C (due, covers Ownership) 1.14 + 2·0.25 = 1.64;
    // B 1.23; D (assigned, not due) 0.02 + 2·0.5 = 1.02.
    expect(titles([acmeLoop(day(38))])).toEqual([
      'F draft',
      'A never told',
      'C just overdue',
      'B long overdue',
      'D well known',
    ]);
  });

  it('two days out, puts the loop’s stories first, assigned ones before merely due ones', () => {
    // F 4; C 1.14 + 1 = 2.14; D 0.02 + 2 = 2.02; A 2; B 1.23.
    expect(titles([acmeLoop(day(32))])).toEqual([
      'F draft',
      'C just overdue',
      'D well known',
      'A never told',
      'B long overdue',
    ]);
  });

  it('says which loop, which round and which focus competency', () => {
    const queue = practiceQueue({ stories: STORIES, loops: [acmeLoop(day(32))], now: NOW, competencyName: name });
    const reason = (s: Story) => queue.find((i) => i.story.id === s.id)?.reason;
    expect(reason(wellKnown)).toBe('due in 44 days; in your Acme loop on Feb 2 (Hiring manager)');
    expect(reason(justOverdue)).toBe('due yesterday; covers Ownership end to end for your Acme loop on Feb 2');
    expect(reason(draft)).toBe(
      'never rehearsed; in your Acme loop on Feb 2 (Bar raiser); covers Conflict and disagreement',
    );
    expect(reason(longOverdue)).toBe('due 7 days ago');
  });

  it('no longer pulls the stories of a round logged as done, and drops a loop whose rounds are all done', () => {
    const loop = acmeLoop(day(32));
    const logged = (roundId: string): InterviewEntry => ({
      id: `iv_${roundId}`,
      loopId: loop.id,
      roundId,
      company: 'Acme',
      role: 'Staff ML engineer',
      roundName: 'Hiring manager',
      date: isoDate(day(29)),
      questions: [],
      stories: [],
      outcome: 'passed',
      notes: '',
      createdAt: day(29).toISOString(),
      updatedAt: day(29).toISOString(),
    });
    const queue = practiceQueue({
      stories: STORIES,
      loops: [loop],
      interviews: [logged('round_t0001')],
      now: NOW,
      competencyName: name,
    });
    const reason = (s: Story) => queue.find((i) => i.story.id === s.id)?.reason;
    // The Hiring manager round is behind: its story and its focus are due as usual, not pulled by the loop.
    expect(reason(wellKnown)).toBe('due in 44 days');
    expect(reason(justOverdue)).toBe('due yesterday');
    expect(reason(draft)).toBe(
      'never rehearsed; in your Acme loop on Feb 2 (Bar raiser); covers Conflict and disagreement',
    );
    expect(upcomingLoops([loop], NOW, [logged('round_t0001'), logged('round_t0002')])).toEqual([]);
  });

  it('lets a loop story rehearsed well today step back, so the next one comes up', () => {
    const rehearsedToday = {
      ...wellKnown,
      rehearsals: [
        ...wellKnown.rehearsals,
        { id: 'reh_today001', at: day(30, 8).toISOString(), seconds: 100, rating: 4 },
      ],
    };
    const stories = STORIES.map((s) => (s.id === wellKnown.id ? rehearsedToday : s));
    const queue = practiceQueue({ stories, loops: [acmeLoop(day(32))], now: NOW, competencyName: name });
    expect(queue.map((i) => i.story.title)).toEqual([
      'F draft',
      'C just overdue',
      'A never told',
      'B long overdue',
      'D well known',
    ]);
    // Good again 13 days after the last review (R ≈ 0.97) grows S from 57 to ≈ 98 days.
    expect(queue[4].reason).toBe('due in 98 days; rehearsed today for your Acme loop');
  });

  it('keeps the pull for a loop story that went badly today', () => {
    const failedToday = {
      ...wellKnown,
      rehearsals: [
        ...wellKnown.rehearsals,
        { id: 'reh_today002', at: day(30, 8).toISOString(), seconds: 100, rating: 1 },
      ],
    };
    const stories = STORIES.map((s) => (s.id === wellKnown.id ? failedToday : s));
    // Just rehearsed, so R ≈ 1 and it is not due (3 days), but the loop still holds it above A and B.
    const queue = practiceQueue({ stories, loops: [acmeLoop(day(32))], now: NOW, competencyName: name });
    expect(queue.map((i) => i.story.title)).toEqual([
      'F draft',
      'C just overdue',
      'D well known',
      'A never told',
      'B long overdue',
    ]);
    expect(queue[2].reason).toBe('due in 3 days; in your Acme loop on Feb 2 (Hiring manager)');
  });
});
