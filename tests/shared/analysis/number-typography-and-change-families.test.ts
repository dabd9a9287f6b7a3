// Number typography and change words told off the change lexicon (session 35, task `numbers`). Every
// sentence in the two fixtures and below is our own writing, made up for this test in session 35: none is a
// row of a labeled set and none was gathered from public text. The fixture `own-numbers-s35.json` is the
// half the mechanisms were written from; `own-numbers-s35-aside.json` was put aside before any rule was
// written and measured once at the end (see the session-35 report). Labeled by RUBRIC.md and RUBRIC-NOTES:
// a figure the work produced or changed is a metric; a change the writer's work made, told by any word of a
// change family or an arrow beside a measure, is an outcome; a goal, a request, a wish, list furniture, a
// code or a size is neither. Only the flags a case names are checked.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '#shared/analysis/index';
import type { StorySection } from '#shared/analysis/domain-types';
import { predictedFlags } from '#shared/analysis/evaluate';
import { plainNumbers } from '#shared/analysis/rules/quantity/number-typography';
import { readableText } from '#shared/analysis/rules/language/readable-text';
import { EFFECT_VERBS, IMPROVE_VERBS, STATE_CHANGE_VERBS, CHANGE_NOUNS } from '#shared/analysis/rules/language/lexicon';
import { isChangeWord } from '#shared/analysis/rules/outcomes/change-words';

interface Case {
  text: string;
  section?: StorySection;
  metric?: boolean;
  outcome?: boolean;
}

interface OwnSet {
  half: 'tuning' | 'aside';
  cases: Case[];
  nearMisses: Case[];
}

function ownSet(name: string): OwnSet {
  const path = fileURLToPath(new URL(`../../fixtures/claims/${name}`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as OwnSet;
}

/** The flags a case names, as the analyzer reads the case. */
function read({ text, section, metric, outcome }: Case): Partial<Record<'metric' | 'outcome', boolean>> {
  const flags = predictedFlags(analyzeText(text, section ? { section } : undefined));
  return {
    ...(metric === undefined ? {} : { metric: flags.has_metric }),
    ...(outcome === undefined ? {} : { outcome: flags.has_outcome }),
  };
}

const expected = ({ metric, outcome }: Case) => ({
  ...(metric === undefined ? {} : { metric }),
  ...(outcome === undefined ? {} : { outcome }),
});

describe('own sentences: number typography and change families (tuning half)', () => {
  const set = ownSet('own-numbers-s35.json');
  it.each([...set.cases, ...set.nearMisses].map((c) => [c.text, c] as const))('%s', (_text, c) => {
    expect(read(c)).toEqual(expected(c));
  });
});

describe('own sentences: number typography and change families (aside half, measured once)', () => {
  const set = ownSet('own-numbers-s35-aside.json');
  // The aside half was measured once after the rules were written (11 of 16 read right and 3 of 4 near misses
  // unread before them; 15 of 16 and 4 of 4 after). The miss is kept as it was read, so a later change that
  // reads it shows here: a phrasal change whose object runs long before its particle ("brought … down").
  const KNOWN_MISSES = new Set<string>(['Brought the rejected loads at the mill down by reordering the deliveries.']);
  it.each([...set.cases, ...set.nearMisses].map((c) => [c.text, c] as const))('%s', (_text, c) => {
    if (KNOWN_MISSES.has(c.text)) expect(read(c)).not.toEqual(expected(c));
    else expect(read(c)).toEqual(expected(c));
  });
});

describe('plainNumbers: one character for one', () => {
  it.each([
    ['Bundle size: \u221248 %', 'Bundle size: -48 %'],
    ['Cut the spend by 1,2 M€ in a year.', 'Cut the spend by €1,2M  in a year.'],
    ['Saved 2,5 Mio. € on laundry.', 'Saved €2,5M      on laundry.'],
    ['Won 14 mil. EUR of orders.', 'Won 14M     EUR of orders.'],
    ['Reduced paper by 12\u2009000 sheets.', 'Reduced paper by 12,000 sheets.'],
    ['Cut spend by 1 200 € a month.', 'Cut spend by €1,200  a month.'],
    ['Paid 1.200,50 € back.', 'Paid €1,200.50  back.'],
    ['Made the dispatch x3 faster.', 'Made the dispatch 3x faster.'],
    ['Sales grew x2 in a year.', 'Sales grew 2x in a year.'],
    ['Energy use (–22%) after the unit.', 'Energy use (-22%) after the unit.'],
  ])('%s', (text, plain) => {
    expect(plainNumbers(text)).toBe(plain);
    expect(plainNumbers(text)).toHaveLength(text.length);
  });

  it.each([
    'Worked on the x86 build of the firmware.',
    'Teach groups of 10–12 adults.',
    'Ran 3 mil of cable through the wall.',
    'Moved 3 200-seat halls to the new system.',
    'Sizes 1,2 and 3 are in the store.',
    'Took the 2 mill lines off the rota.',
    'In 2023, € 5m was saved on fuel.',
  ])('leaves "%s" as typed', (text) => {
    expect(plainNumbers(text)).toBe(text);
  });

  it('is what the readers read', () => {
    expect(readableText('Bundle size: \u221248 %')).toBe('Bundle size: -48 %');
  });
});

describe('change words by family', () => {
  it.each([
    ['diminished', EFFECT_VERBS, 'reduce'],
    ['lessened', EFFECT_VERBS, 'reduce'],
    ['quickened', EFFECT_VERBS, 'speed'],
    ['bettered', IMPROVE_VERBS, 'improve'],
    ['diminishing', STATE_CHANGE_VERBS, 'decrease'],
  ] as const)('"%s" is read as its family anchor', (word, list, anchor) => {
    expect(list.lemmaOf(word)).toBe(anchor);
  });

  it('reads a derived noun where its anchor is listed', () => {
    expect(CHANGE_NOUNS.has('diminution')).toBe(true);
    expect(isChangeWord('diminished')).toBe(true);
  });

  it('keeps a bare comparative a comparative', () => {
    expect(IMPROVE_VERBS.has('better')).toBe(false);
  });
});
