// Floors for follow-up question quality on the judged set (tests/fixtures/follow-ups): precision over
// judged questions and must-ask questions asked, per half, so a change that makes questions worse fails.
// The real stories are read from ../shared/corpus (STORYBANK_CORPUS_DIR in a worktree); without them
// only the written set is checked. Figures at the time of writing are in the comments.
import { describe, it, expect } from 'vitest';
import { scoreFollowUps } from '#shared/analysis/signals/evaluate-follow-ups';
import { followUps } from '#shared/analysis/index';
import { freshSet, loadJudgedStories, writtenSet } from '../../../fixtures/follow-ups/load-judged-stories';

const parts = loadJudgedStories();
const realStories = [...parts.corpus.tuning, ...parts.corpus.aside];
const written = (n: string) => writtenSet(parts, n === '1' ? 'written-judged' : `written-judged-${n}`);
const squash = (s: string) => s.replace(/\*\*|[*_`]/g, '').replace(/\s+/g, ' ');

describe('follow-up questions on the judged set', () => {
  it('the written stories keep their precision and ask their must-ask questions', () => {
    const tuning = scoreFollowUps(written('1').tuning); // 1.00 (25/25)
    const aside = scoreFollowUps(written('1').aside); // .90 (18/20); with the senior probes .91 (20/22)
    expect(tuning.precision).toBeGreaterThanOrEqual(0.95);
    expect(aside.precision).toBeGreaterThanOrEqual(0.85);
    expect([...tuning.missed, ...aside.missed]).toEqual([]);
  });

  // The second written set shows the classes the fresh set reported in aggregate (written-stories-2.json).
  it('the second written stories keep their precision and ask their must-ask questions', () => {
    // A partner who only bore the problem, a lesson planned in the reflection: .86 (19/22) → .95 (19/20).
    const tuning = scoreFollowUps(written('2').tuning); // .95 (19/20); with the senior probes .96 (22/23)
    const aside = scoreFollowUps(written('2').aside); // .90 (18/20); with the senior probes .91 (20/22)
    expect(tuning.precision).toBeGreaterThanOrEqual(0.9);
    expect(aside.precision).toBeGreaterThanOrEqual(0.85);
    expect(tuning.missed).toEqual([]);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  // The third written set: pasted STAR notes (written-stories-3.json), judged before the rules ran on them.
  it('the third written stories keep their precision and ask their must-ask questions', () => {
    // Before the classes it shows were fixed: tuning .80 (24/30), aside .63 (19/30).
    const tuning = scoreFollowUps(written('3').tuning); // 1.00 (25/25); with the senior probes 1.00 (28/28)
    const aside = scoreFollowUps(written('3').aside); // .83 (19/23); with the senior probes .81 (21/26)
    expect(tuning.precision).toBeGreaterThanOrEqual(0.95);
    expect(aside.precision).toBeGreaterThanOrEqual(0.78);
    expect([...tuning.missed, ...aside.missed]).toEqual([]);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  // The fourth written set: headcounts and shares of time set aside (written-stories-4.json), judged before running.
  it('the fourth written stories keep their precision and ask their must-ask questions', () => {
    // Before its classes were fixed: tuning .77 (10/13), aside .73 (8/11).
    const tuning = scoreFollowUps(written('4').tuning); // 1.00 (10/10)
    const aside = scoreFollowUps(written('4').aside); // 1.00 (9/9); with the senior probes 1.00 (10/10)
    expect(tuning.precision).toBeGreaterThanOrEqual(0.95);
    expect(aside.precision).toBeGreaterThanOrEqual(0.85);
    expect([...tuning.missed, ...aside.missed]).toEqual([]);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  // The fifth written set: normal-length stories (written-stories-5.json), judged before the senior probes existed.
  it('the fifth written stories keep their precision and ask their must-ask questions', () => {
    // Before the senior probes: tuning .76 (28/37), aside .64 (16/25), 6.2 questions a story.
    const tuning = scoreFollowUps(written('5').tuning); // .89 (34/38)
    const aside = scoreFollowUps(written('5').aside); // .72 (21/29)
    expect(tuning.precision).toBeGreaterThanOrEqual(0.85);
    expect(aside.precision).toBeGreaterThanOrEqual(0.7);
    expect([...tuning.missed, ...aside.missed]).toEqual([]);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  // The sixth written set: trade-offs accepted and things learned (written-stories-6.json), judged before running.
  it('the sixth written stories keep their precision', () => {
    // Before the trade-off and learning probes: tuning .80 (12/15), aside .85 (11/13).
    const tuning = scoreFollowUps(written('6').tuning); // .94 (16/17)
    const aside = scoreFollowUps(written('6').aside); // .80 (12/15)
    expect(tuning.precision).toBeGreaterThanOrEqual(0.9);
    expect(aside.precision).toBeGreaterThanOrEqual(0.75);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  // The seventh written set: short stories, options laid out (written-stories-7.json), judged before running.
  it('the seventh written stories keep their precision', () => {
    // At its first run: tuning .83 (19/23), aside .63 (12/19); a share of records found broken, a data flaw told
    // with "had the wrong", a result told beside the group not touched: tuning .90 (19/21); with the hardest-part probe .91 (20/22).
    const tuning = scoreFollowUps(written('7').tuning);
    const aside = scoreFollowUps(written('7').aside);
    expect(tuning.precision).toBeGreaterThanOrEqual(0.9);
    expect(aside.precision).toBeGreaterThanOrEqual(0.6);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  // The eighth written set: notes, bullets, roles beyond software (written-stories-8.json), judged before running.
  it('the eighth written stories keep their precision', () => {
    // At its first run: tuning .67 (8/12), aside .73 (11/15); people picked or trained, a timer set: tuning .90 (9/10); a rollout told as 'rolling it out', a cutover: .91 (10/11).
    // Session 20, a window that defines a measure ("answered within a day") is no limit: tuning 1.00 (10/10).
    const tuning = scoreFollowUps(written('8').tuning);
    const aside = scoreFollowUps(written('8').aside);
    expect(tuning.precision).toBeGreaterThanOrEqual(0.95);
    expect(aside.precision).toBeGreaterThanOrEqual(0.7);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  // The ninth written set: harm beside load, long clauses, choices with and without alternatives
  // (written-stories-9.json), must-ask written before running, every question judged after.
  it('the ninth written stories keep their precision and ask their must-ask questions', () => {
    // At its first run: tuning .59 (23/39), aside .52 (16/31). Session 20: quotes with their subject, a team's
    // workload and a count mostly harm are no load: tuning .69 (25/36), aside .52; constraints quoted with their
    // limit: tuning .72 (26/36), aside .55 (17/31); a reasoned choice asked what would have tipped it (re-judged):
    // tuning .78 (28/36), aside .68 (21/31); the writer's own role is no partner: aside .72 (21/29); a release to a
    // share for a set time is an experiment: aside .75 (21/28); a failure counted by the period recurs: tuning .80;
    // "we kept the same pick rate" is no deed: .82 (28/34); alerts read through are no monitoring: .85 (28/33);
    // a gap in the data told beside it: .90 (28/31).
    const tuning = scoreFollowUps(written('9').tuning);
    const aside = scoreFollowUps(written('9').aside);
    expect(tuning.precision).toBeGreaterThanOrEqual(0.89);
    expect(aside.precision).toBeGreaterThanOrEqual(0.74);
    expect([...tuning.missed, ...aside.missed]).toEqual([]);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  // The tenth written set: reasons given in the choice's sentence, load beside team sizes and surges, long subjects
  // (written-stories-10.json), must-ask committed before running, every question judged after.
  it('the tenth written stories keep their precision and ask their must-ask questions', () => {
    // At its first run: tuning .54 (15/28), aside .58 (21/36). Quotes with their subject, a team's workload:
    // tuning .67 (18/27), aside .61 (22/36); constraints quoted with their limit: aside .67 (24/36); a reasoned
    // choice asked what would have tipped it (re-judged): tuning .81 (22/27), aside .81 (29/36); a release to a share
    // for a set time is an experiment: tuning .88 (22/25); "the 20 fields we used" is no deed: .92 (22/24); a window
    // that defines a measure is no limit: .96 (24/25). Session 21: a help desk's volume and people counted with no
    // rate are no load: aside .86 (30/35; two questions that surfaced judged wrong-kind).
    const tuning = scoreFollowUps(written('10').tuning);
    const aside = scoreFollowUps(written('10').aside);
    expect(tuning.precision).toBeGreaterThanOrEqual(0.95);
    expect(aside.precision).toBeGreaterThanOrEqual(0.85);
    expect([...tuning.missed, ...aside.missed]).toEqual([]);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  // The eleventh written set: harm named by new words, people-run volume, populations, periods told after the
  // figure (written-stories-11.json), must-ask committed before running, every question judged after.
  it('the eleventh written stories keep their precision and ask their must-ask questions', () => {
    // At its first run: tuning .74 (29/39), aside .67 (28/42). People counted with no rate, a desk's volume and
    // harm words are no load, a multiplier on a setting no result, a need denied no stake, a limit word in the option
    // turned down no constraint: tuning .88 (29/33), aside .68 (28/41).
    const tuning = scoreFollowUps(written('11').tuning);
    const aside = scoreFollowUps(written('11').aside);
    expect(tuning.precision).toBeGreaterThanOrEqual(0.87);
    expect(aside.precision).toBeGreaterThanOrEqual(0.67);
    expect(tuning.missed).toEqual([]);
    expect(aside.missed.length).toBeLessThanOrEqual(1);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  // The twelfth written set: stories of 142 to 181 words with few numbers (written-stories-12.json), every question
  // main asked and every question three probes not yet built would ask judged before any rule was written from it.
  it('the twelfth written stories keep their precision and ask their must-ask questions', () => {
    // At its first run: tuning .38 (6/16), aside .32 (6/19). A choice told as a switch, asked to bring a short story
    // up to five: tuning .41 (7/17), aside .35 (7/20). A Result told as the state the problem is in: tuning .44
    // (8/18), aside .50 (13/26; those six are the rule author's own writing, so not independent). A safeguard told
    // in the passive, a failure in a setup's "when" clause, a closing line that says what the writer would do
    // differently: tuning .53 (8/15). "Never used" of others is no ramp-up: .57 (8/14). A window of
    // data is no measure: .62 (8/13). A model retrained on data names its training data: .64 (9/14).
    // Two models that disagree are no conflict: .69 (9/13).
    // Session 23: an incident needs its fix told (.71, .52); a regret or a changed habit answers the lesson (.77, .54).
    const tuning = scoreFollowUps(written('12').tuning);
    const aside = scoreFollowUps(written('12').aside);
    expect(tuning.precision).toBeGreaterThanOrEqual(0.76);
    expect(aside.precision).toBeGreaterThanOrEqual(0.53);
    expect(tuning.missed).toEqual([]);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  // How many questions a story gets: five to eight on our normal-length stories that have numbers, fewer only
  // on a short one (fw34, about 60 words) or one with no numbers (fw33, fw40).
  it('the thirteenth written stories keep their precision', () => {
    // Main before session 23: tuning .40 (8/20), aside .33 (9/27); a reason told before the choice asked what it
    // was weighed against (re-judged as judged before any rule): tuning .55 (11/20), aside .52 (14/27); a regret or a
    // changed habit answers the lesson: .61 (11/18), .54 (14/26); a count that changed in the Result is no load: .69.
    const tuning = scoreFollowUps(written('13').tuning);
    const aside = scoreFollowUps(written('13').aside);
    expect(tuning.precision).toBeGreaterThanOrEqual(0.68);
    expect(aside.precision).toBeGreaterThanOrEqual(0.53);
    expect(tuning.unjudged.length + aside.unjudged.length).toBe(0);
  });

  it('asks five to eight questions of a normal-length story with numbers', () => {
    for (const { id, story } of [...written('5').tuning, ...written('5').aside]) {
      const words = Object.values(story).join(' ').split(/\s+/).length;
      if (words < 150 || !/\d/.test(`${story.action} ${story.result}`)) continue;
      const n = followUps(story).length;
      expect(n, id).toBeGreaterThanOrEqual(5);
      expect(n, id).toBeLessThanOrEqual(8);
    }
  });

  // The fresh set nobody tunes on (8 stories of fresh-stories-4.json): today's figures less a margin.
  it('the fresh held-aside stories keep their precision and their must-ask questions', () => {
    const fresh = scoreFollowUps(freshSet(parts, 'fresh-judged').stories); // .76 (35/46; 7 unjudged), must-ask 3/4; senior probes: 9 unjudged
    expect(freshSet(parts, 'fresh-judged').stories.length).toBe(8);
    expect(fresh.precision).toBeGreaterThanOrEqual(0.7);
    expect(fresh.mustTotal - fresh.missed.length).toBeGreaterThanOrEqual(3);
  });

  // The fresh check set (8 stories of fresh-stories-6.json), judged after its must-ask entries were written.
  it('the fresh check stories keep their precision and their must-ask questions', () => {
    const check = scoreFollowUps(freshSet(parts, 'fresh-judged-6').stories); // .78 (31/40; 4 unjudged), must-ask 4/6; senior probes: 8 unjudged
    expect(freshSet(parts, 'fresh-judged-6').stories.length).toBe(8);
    expect(check.precision).toBeGreaterThanOrEqual(0.63);
    expect(check.mustTotal - check.missed.length).toBeGreaterThanOrEqual(4);
  });

  // The second fresh check set (all 16 stories of fresh-stories-8.json: resume bullets, lowercase notes, odd
  // headings, non-ML roles), judged after its must-ask entries were committed. Figures only, never its questions.
  it('the second fresh check stories keep their precision and their must-ask questions', () => {
    const check = scoreFollowUps(freshSet(parts, 'fresh-judged-8').stories); // .76 (42/55), must-ask 4/5; .78 (39/50) after number roles changed; senior probes: 2 unjudged
    expect(freshSet(parts, 'fresh-judged-8').stories.length).toBe(16);
    expect(check.precision).toBeGreaterThanOrEqual(0.72);
    expect(check.mustTotal - check.missed.length).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(realStories.length === 0)('the real stories keep their precision and ask their must-ask questions', () => {
    // .98 (46/47); with the senior probes .98 (55/56), with trade-offs and learning .98 (58/59), with the
    // hardest-part probe .98 (60/61)
    const tuning = scoreFollowUps(parts.corpus.tuning);
    // .92 (45/49; 1 unjudged, judged since: .90, 45/50); with the senior probes .91 (48/53)
    const aside = scoreFollowUps(parts.corpus.aside);
    expect(tuning.precision).toBeGreaterThanOrEqual(0.95);
    expect(aside.precision).toBeGreaterThanOrEqual(0.9);
    expect([...tuning.missed, ...aside.missed]).toEqual([]);
    // Most questions asked have a verdict: a rule change that asks new things gets them judged.
    expect(tuning.unjudged.length + aside.unjudged.length).toBeLessThanOrEqual(5);
  });

  it.skipIf(realStories.length === 0)(
    'on every real story: quotes it, never repeats, no "measured" without a number',
    () => expectQuotedDistinctMeasured(realStories),
  );

  it('on every written story: quotes it, never repeats, no "measured" without a number', () => {
    const all = parts.written.flatMap((set) => [...set.tuning, ...set.aside]);
    expect(all.length).toBe(123);
    expectQuotedDistinctMeasured(all);
  });
});

// A number told in words: "rose by half a grade", "cut by a third", "doubled".
const NUMBER_WORD =
  /\b(?:half|third|quarter|double[ds]?|halved|tripled|twice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundreds?|thousands?)\b/i;

/**
 * Every question quotes the story, none repeats another, and a story with no digit gets no "how measured" unless
 * the question quotes a number told in words.
 */
function expectQuotedDistinctMeasured(stories: typeof realStories): void {
  for (const { id, story } of stories) {
    const list = followUps(story);
    const whole = squash(Object.values(story).join(' '));
    expect(new Set(list.map((f) => f.question.toLowerCase())).size, id).toBe(list.length);
    for (const f of list) {
      const quoted = [...f.question.matchAll(/“([^”]+)”/g)].map((m) => m[1].replace(/…$/, ''));
      expect(quoted.length, f.question).toBeGreaterThan(0);
      for (const q of quoted) expect(whole, `${id}: ${f.question}`).toContain(squash(q));
    }
    if (!/\d/.test(`${story.action} ${story.result}`))
      for (const f of list.filter((q) => !NUMBER_WORD.test(q.question.match(/“[^”]+”/g)?.join(' ') ?? '')))
        expect(f.question, id).not.toMatch(/measured/);
  }
}
