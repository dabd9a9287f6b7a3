import { describe, expect, it } from 'vitest';
import { newStory } from '#shared/domain/defaults';
import { highlightPieces, snippetAround } from '../../../renderer/src/search/highlight';
import { StoryIndex } from '../../../renderer/src/search/story-index';

const stories = [
  newStory({
    title: 'Cut ranking latency',
    result: 'p99 fell from 240 ms to 95 ms for 40M users.',
    companies: ['Acme'],
  }),
  newStory({
    title: 'Mentoring',
    action: 'I paired with two engineers on the scheduler.',
    competencies: ['ml.mentoring'],
  }),
  newStory({
    title: 'Fraud launch',
    situation: 'A gradient-boosted model for payments.',
    notes: 'ask about latency budget',
  }),
];

describe('StoryIndex', () => {
  it('finds stories by any field, with prefix matching, best match first', () => {
    const index = new StoryIndex((id) => (id === 'ml.mentoring' ? 'Mentoring and growing others' : id));
    index.sync(stories);
    expect(index.query('laten').map((m) => m.id)).toEqual([stories[0].id, stories[2].id]);
    expect(index.query('scheduler')[0].id).toBe(stories[1].id);
    expect(index.query('acme')[0].fields).toContain('companies');
    expect(index.query('growing').map((m) => m.id)).toEqual([stories[1].id]);
    expect(index.query('   ')).toEqual([]);
  });

  it('requires every word (AND), so adding words narrows the results', () => {
    const index = new StoryIndex();
    index.sync(stories);
    expect(index.query('latency').length).toBe(2);
    expect(index.query('latency budget').map((m) => m.id)).toEqual([stories[2].id]);
  });

  it('updates incrementally: only changed stories are re-indexed, removed ones disappear', () => {
    const index = new StoryIndex();
    expect(index.sync(stories)).toBe(3);
    expect(index.sync(stories)).toBe(0);
    const edited = { ...stories[1], result: 'Recovery time fell from 9 hours to 2.' };
    expect(index.sync([stories[0], edited, stories[2]])).toBe(1);
    expect(index.query('recovery')[0].id).toBe(edited.id);
    expect(index.sync([stories[0], edited])).toBe(1);
    expect(index.query('fraud')).toEqual([]);
    expect(index.size).toBe(2);
  });
});

describe('highlightPieces', () => {
  it('marks word-prefix matches case-insensitively and keeps all the text', () => {
    const pieces = highlightPieces('Latency fell; the latent cost of LATENCY stayed.', ['latency', 'laten']);
    expect(pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['Latency', 'laten', 'LATENCY']);
    expect(pieces.map((p) => p.text).join('')).toBe('Latency fell; the latent cost of LATENCY stayed.');
  });

  it('does not match inside words and treats regex characters literally', () => {
    expect(highlightPieces('translate', ['late']).some((p) => p.match)).toBe(false);
    expect(
      highlightPieces('a+b (c) [d] c', ['(c)'])
        .filter((p) => p.match)
        .map((p) => p.text),
    ).toEqual(['(c)']);
    expect(highlightPieces('abc', ['.']).some((p) => p.match)).toBe(false);
    expect(
      highlightPieces('cost $2.5M', ['2.5m'])
        .filter((p) => p.match)
        .map((p) => p.text),
    ).toEqual(['2.5M']);
  });

  it('cuts a snippet around the first match', () => {
    const text = `${'word '.repeat(60)}the scheduler rewrite ${'more '.repeat(60)}`;
    const snip = snippetAround(text, ['scheduler'], 80)!;
    expect(snip).toContain('scheduler');
    expect(snip.startsWith('…')).toBe(true);
    expect(snip.length).toBeLessThanOrEqual(84);
    expect(snippetAround('nothing here', ['zzz'])).toBeNull();
  });
});
