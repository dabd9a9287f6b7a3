// Session 41 (signals): after-launch told as the writer changing the live thing in its first days, with no monitoring,
// alert or trouble word: an early time ("in the first fortnight", "two weeks later", "the first night") and the writer
// as the subject of a verb of adjusting (moved, raised, cut, swapped, removed, rewrote …), after a launch told a few
// sentences before, after a heading that opens the part after launch ("AFTER LAUNCH", "Follow-ups"), or in the Result
// section (context-readings.ts, story-context.ts). The writer's other work then ("In the first month I also met every
// new claims handler"), a result measured then, and the project's own first week stay unread.
// Every story is our own writing for this test (after-launch-changes-s41.json: a bus operator, a clinic, a restaurant,
// a ward, a school, a warehouse; the aside: a library, a bakery, a ferry, a software team, a ward, a school office),
// none from a fixture of another set or public text. A story the reading refuses says why in notes. The aside half
// (after-launch-changes-s41-aside.json) was written at the same time, put away before any rule was written, and
// measured once when the rules were done.
import { describe, expect, it } from 'vitest';
import { storySignals } from '#shared/analysis/signals/story-signals';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import { readOwnStories, scoreOwnStories, shownSentences } from './own-ladders';

const score = (name: string) => scoreOwnStories(readOwnStories(name), ['after-launch']);

describe('after-launch told as the writer changing the live thing early (own stories)', () => {
  it('reads the tuning stories (before the rules: after-launch 10/0/8)', () => {
    expect(score('after-launch-changes-s41.json')).toEqual({ 'after-launch': '14/0/4' });
  });

  it('reads the result section as after the work, but only for the writer changing something', () => {
    const shown = (text: string) => shownSentences(text, 'after-launch');
    const changed = 'When two jobs clashed in the first week, I moved the nightly export to 2am.';
    expect(shown(`Action: I built a shared scheduler for the data jobs.\nResult: ${changed}`)).toEqual([changed]);
    expect(shown(`Action: I built a shared scheduler for the data jobs. ${changed}`)).toEqual([]);
    expect(
      shown(
        'Action: I built a shared scheduler for the data jobs.\nResult: In the first three months only two jobs failed.',
      ),
    ).toEqual([]);
  });

  it('anchors an early time after a heading that opens the part after launch', () => {
    const story = storyTextOf('I built the new feed.\nAFTER LAUNCH\nWe raised the share to 8% in the second month.');
    const found = storySignals(story).signals.find((s) => s.id === 'after-launch')!;
    expect(found.evidence.map((e) => story[e.section].slice(e.start, e.end))).toEqual([
      'We raised the share to 8% in the second month.',
    ]);
  });
});

describe('the aside stories, as measured once', () => {
  // Measured once when the rules were done, no false mark. Still missed: a launch told as "opened" (the library's
  // self-checkout), "the first weekend" (no weekend among the early times), a passive or a thing as the subject ("was
  // dropped by us", "the walk-on quota went up", "got split"), and "put in a check".
  it('reads the aside stories (before the rules: after-launch 4/0/14)', () => {
    expect(score('after-launch-changes-s41-aside.json')).toEqual({ 'after-launch': '9/0/9' });
  });
});
