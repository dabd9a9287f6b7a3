// The search that answers before the index of a big bank is built: an exact word-prefix scan of every
// field, in slices. For words of up to four letters (no typo tolerance in the index) it must find
// exactly what the index finds; longer words may miss only typo matches.
import { describe, expect, it } from 'vitest';
import { newStory } from '#shared/domain/defaults';
import type { Story } from '#shared/domain/schemas';
import { EarlySearch } from '../../../renderer/src/search/early-search';
import { exactMatches, queryWords } from '../../../renderer/src/search/exact-scan';
import { StoryIndex } from '../../../renderer/src/search/story-index';
import { manualScheduler } from './manual-scheduler';

const stories: Story[] = [
  newStory({ title: 'Cut p99 latency for the ranking API', action: 'I profiled the fan-out calls.' }),
  newStory({ title: 'Story 4242: the billing migration', companies: ['Acme Corp'] }),
  newStory({ title: 'Mentoring two new hires', reflection: 'Pairing beat documentation.' }),
  newStory({ title: 'The outage review', result: 'Pages fell from 12 a week to 2.', competencies: ['comp.own'] }),
  newStory({ title: 'Learning to say no', situation: 'A planner asked for a rush.', notes: 'API deadline' }),
];
const tagName = (id: string) => (id === 'comp.own' ? 'Ownership' : id);
const ids = (matches: { id: string }[]) => matches.map((m) => m.id).sort();

describe('exactMatches', () => {
  it('needs every word at the start of a word, in any field, whatever the case', () => {
    expect(ids(exactMatches(stories, queryWords('4242'), tagName))).toEqual([stories[1].id]);
    expect(ids(exactMatches(stories, queryWords('API'), tagName))).toEqual(ids([stories[0], stories[4]]));
    expect(ids(exactMatches(stories, queryWords('api ranking'), tagName))).toEqual([stories[0].id]);
    // "earn" is inside "Learning", not the start of a word.
    expect(exactMatches(stories, queryWords('earn'), tagName)).toEqual([]);
    expect(ids(exactMatches(stories, queryWords('acme'), tagName))).toEqual([stories[1].id]);
    expect(ids(exactMatches(stories, queryWords('owner'), tagName))).toEqual([stories[3].id]);
  });

  it('ranks a title match above a match in the text and says which fields matched', () => {
    const found = exactMatches(stories, queryWords('api'), tagName).sort((a, b) => b.score - a.score);
    expect(found.map((m) => m.id)).toEqual([stories[0].id, stories[4].id]);
    expect(found[1].fields).toEqual(['notes']);
    expect(found[0].terms).toEqual(['api']);
  });

  it('finds what the index finds for words of up to four letters', () => {
    const index = new StoryIndex(tagName);
    index.sync(stories);
    for (const q of ['api', 'p99', '4242', 'the', 'cut', 'pag', 'a', 'own', 'fan out', 'to 2']) {
      expect(ids(exactMatches(stories, queryWords(q), tagName)), q).toEqual(ids(index.query(q)));
    }
  });
});

describe('EarlySearch', () => {
  it('answers only once every story is scanned, in slices', () => {
    const clock = manualScheduler();
    // Each batch "takes" 20 ms, so a slice does one batch.
    let t = 0;
    const early = new EarlySearch(tagName, { scheduler: clock.scheduler, batchSize: 2, now: () => (t += 20) });
    const words = queryWords('api');
    early.run(stories, words);
    expect(early.answer(stories, words)).toBeNull();
    clock.step();
    expect(early.answer(stories, words)).toBeNull();
    clock.drain();
    expect(ids(early.answer(stories, words)!)).toEqual(ids([stories[0], stories[4]]));
  });

  it('starts over for new words or an edited bank, even halfway through a scan', () => {
    const clock = manualScheduler();
    let t = 0;
    const early = new EarlySearch(tagName, { scheduler: clock.scheduler, batchSize: 1, now: () => (t += 20) });
    early.run(stories, queryWords('api'));
    clock.step();
    const words = queryWords('billing');
    early.run(stories, words);
    clock.drain();
    expect(ids(early.answer(stories, words)!)).toEqual([stories[1].id]);

    const edited = stories.map((s, i) => (i === 2 ? { ...s, action: 'Set up billing alerts.' } : s));
    expect(early.answer(edited, words)).toBeNull();
    early.run(edited, words);
    clock.drain();
    expect(ids(early.answer(edited, words)!)).toEqual(ids([edited[1], edited[2]]));
  });
});
