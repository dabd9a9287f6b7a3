// Session 34 (signals): texts typed with few or no full stops, one sentence a line (unpunctuated-lines.ts), and the
// signal loader scoring a labeled sentence the splitter cuts finer. Every text here is our own writing for this test,
// in several voices; none is a fixture row or public text. Each list was written before the rule it checks; the
// "aside" texts were put aside and measured once the rule was written (their figures are in the session's report),
// then kept here.
import { describe, it, expect } from 'vitest';
import { splitSentences } from '#shared/analysis/rules/language/split-sentences';
import { labeledSentences, scoreSignals, storyTextOf } from '#shared/analysis/signals/evaluate-signals';
import { joinLabels } from '../../../fixtures/signals/load-labeled-stories';

const cutsOf = (text: string) => splitSentences(text, { unpunctuatedLines: true }).length;

describe('a text with few stops for its lines ends a sentence at each line the writer ended', () => {
  const dev: [string, number][] = [
    [
      'quick note on the vendor change\nthe api moves to v3 on friday\nso i pushed our release to monday\nsupport does not need to do anything',
      4,
    ],
    [
      'um so the ward got the new pumps in june\nnobody had trained the night staff on them\ni ran four short sessions at handover\nafter that the alarms mostly stopped',
      4,
    ],
    [
      'Hi team,\nthe board pushed the deadline to the 30th\ni have moved the review to the week before\nping me if that clashes',
      4,
    ],
    ['we had to pick one region and\nthe cheaper one was too slow for the app', 1],
    ['the plan was simple,\nmove the reports first and the dashboards after', 1],
    [
      'we migrated the billing jobs from the old cron host to kubernetes over six\nweeks and kept the old host running in parallel until the numbers matched for\nevery customer account in the monthly reconciliation run that finance owns',
      1,
    ],
  ];
  const aside: [string, number][] = [
    [
      'ok so context\nlegal said no customer data could leave the eu\nthat ruled out the hosted model\ni fine tuned a small one on our own boxes instead\nquality was a bit lower but nobody noticed',
      5,
    ],
    [
      'so yeah the scanner app kept crashing on the old phones\ni rolled it back for those models\nand we bought ten new handsets for the busiest depot',
      3,
    ],
    [
      'the ward moved to electronic charts in the spring and the night team asked\nfor a paper fallback during the first month because the tablets were slow to\nwake up when a patient needed a dose in the small hours of the morning shift',
      1,
    ],
  ];

  it.each([...dev, ...aside])('%j: %i cuts', (text, cuts) => {
    expect(cutsOf(text)).toBe(cuts);
  });

  // Aside texts the rule still cuts wrongly: a line ending on an auxiliary ("… it was" / "used by …") is cut, and
  // indented notes under a title line stay joined to it.
  it.todo('"We shipped the importer in March and it was\\nused by every team within a month" is one sentence');
  it.todo('"Notes from the retro\\n  we missed two deadlines\\n  mostly because of the vendor" is two');

  it('leaves punctuated prose, one line and the default cut as they were', () => {
    expect(cutsOf('We moved the queue to Kafka. Ops wanted a runbook first.\nI wrote it in a day.')).toBe(3);
    expect(cutsOf('we moved the queue to kafka and ops wanted a runbook first')).toBe(1);
    expect(splitSentences('quick note on the vendor change\nthe api moves to v3 on friday').length).toBe(1);
  });

  it('cuts the Slack message a signal reads line by line', () => {
    const lines = labeledSentences(
      storyTextOf(
        'hey all, short version of the cache change\nwe had to stay under 200ms for checkout\nso i dropped the second lookup and took the small accuracy hit',
      ),
    );
    expect(lines.map((s) => s.text)).toEqual([
      'hey all, short version of the cache change',
      'we had to stay under 200ms for checkout',
      'so i dropped the second lookup and took the small accuracy hit',
    ]);
  });
});

describe('a labeled sentence the splitter cuts finer is scored once, as the OR of its cuts', () => {
  const text = 'we had two weeks and no budget\nso i reused the old model\nit held up fine';
  const story = storyTextOf(text);
  const labels = { 'we had two weeks and no budget so i reused the old model': ['constraint' as const] };

  it('joins the run of cuts to the labeled sentence', () => {
    const joined = joinLabels(story, labels);
    expect(joined).toMatchObject({ labels: { a0: ['constraint'] }, units: { a1: 'a0' }, split: 1, finer: 0 });
  });

  it('counts the labeled sentence once, marked when any of its cuts is', () => {
    const joined = joinLabels(story, labels);
    const [constraint] = scoreSignals([{ id: 'x', story, labels: joined.labels, units: joined.units }]).filter(
      (s) => s.id === 'constraint',
    );
    expect(constraint.sentences.tp + constraint.sentences.fn).toBe(1);
    expect(constraint.sentences.tp).toBe(1);
    expect(constraint.sentences.fp).toBe(0);
  });
});
