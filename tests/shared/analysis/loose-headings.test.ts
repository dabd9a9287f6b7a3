// Headings in the writer's own words and headings decorated with emoji (loose-headings.ts,
// section-headings.ts), and the near misses that must stay text. Every line here is our own writing.
import { describe, expect, it } from 'vitest';
import { readSectionHeading } from '#shared/analysis/section-headings';
import { readLooseHeading, sectionOfTitle } from '#shared/analysis/loose-headings';
import { headedParts, storySections } from '#shared/analysis/story-segments';
import { isReflection } from '#shared/analysis/rules/claims';

const sections = (text: string) => storySections(text).map((p) => p.section);

describe('readSectionHeading past emoji', () => {
  it.each([
    ['📍 Situation', 'situation', ''],
    ['🛠️ What I did', 'action', ''],
    ['1️⃣ Context', 'situation', ''],
    ['## 📈 Result', 'result', ''],
    ['✅ Result: the queue is gone', 'result', 'the queue is gone'],
    ["💭 What I'd do differently", 'reflection', ''],
  ])('reads %j', (line, section, rest) => {
    const h = readSectionHeading(line);
    expect(h && [h.section, h.rest]).toEqual([section, rest]);
  });

  it.each(['🚚 Now the first shop gets its bread before opening.', '🎉 Thanks to everyone on nights', '🍳 Eggs first'])(
    'leaves the sentence %j alone',
    (line) => expect(readSectionHeading(line)).toBeUndefined(),
  );
});

describe('readLooseHeading', () => {
  it.each([
    ['## Where it landed', 'result'],
    ['📍 Where we were', 'situation'],
    ['🌱 What came of it', 'result'],
    ['💭 If I did it again', 'reflection'],
    ['THE TROUBLE:', 'situation'],
    ['WHAT I TRIED:', 'action'],
    ['HOW IT WORKED OUT:', 'result'],
    ['Before', 'situation'],
    ['During', 'action'],
    ['After', 'result'],
    ['**Where we are now**', 'result'],
    ['3) Effect for patients', 'result'],
    ['2. What I was asked to do', 'task'],
    ['Obstacle', 'situation'],
    ["### What I'd change", 'reflection'],
  ])('reads the title %j', (line, section) => {
    expect(readLooseHeading(line)?.section).toBe(section);
  });

  it.each([
    ['Initial situation: On our sites the circuits were locked by voice.', 'situation'],
    ['Implementation: I bought padlocks and tags.', 'action'],
    ['Final effect: Now most trucks come back loaded.', 'result'],
  ])('reads the inline label of %j', (line, section) => {
    expect(readLooseHeading(line)?.section).toBe(section);
  });

  it.each([
    'Night routes',
    'Thanks for reading!',
    'Before: patients waited 40 minutes for a porter. After: about 15 minutes.',
    'After: about 15 minutes.',
    'Project: warehouse returns',
    '- zero-result rate down to 5%',
    'peak went smooth this year',
    'It worked.',
    'we ship weekly now',
    'The partners now have time for court work and the clients are happy',
  ])('leaves %j as text', (line) => {
    expect(readLooseHeading(line)).toBeUndefined();
  });

  it('names a change the Action with "I" and the Result without', () => {
    expect(sectionOfTitle('What I changed', true)).toBe('action');
    expect(sectionOfTitle('What changed for the drivers', true)).toBe('result');
  });
});

describe('stories cut at headings in the writer’s own words', () => {
  it('reads an own-words Result heading after headings the table knows', () => {
    const text =
      '## Background\nThe line kept mixing up two suppliers.\n## My part\nI asked IT to print the code larger.\n## Where we are now\nThe pickers stopped mixing them up.';
    expect(sections(text)).toEqual(['situation', 'action', 'result']);
  });

  it('reads a story whose every heading is in the writer’s words', () => {
    const text =
      'Before\nThe van was late to the first shop.\nDuring\nI asked the loaders to stack crates in drop order.\nAfter\nThe first shop gets its bread before opening.';
    expect(sections(text)).toEqual(['situation', 'action', 'result']);
  });

  it('never cuts a story at a lone title-like line', () => {
    expect(headedParts('Night routes\nI drive the 2am run.\nLast winter the van was late.')).toBeUndefined();
    expect(headedParts('Before\nThe van was late.\nI asked the loaders to stack crates.')).toBeUndefined();
  });

  it('ignores an own-words heading that would go back in the story’s order', () => {
    const text = 'Situation:\nThe van was late.\nResult:\nThe shop gets its bread.\nWhere we started\nIt was a mess.';
    expect(sections(text)).toEqual(['situation', 'result']);
  });

  it('keeps an inline Before: / After: pair of values whole', () => {
    const parts = storySections(
      'Situation:\nPatients waited for porters.\nAction:\nI made a shared board.\nResult:\nBefore: 40 minutes. After: about 15 minutes.',
    );
    expect(parts.at(-1)).toEqual({ section: 'result', text: '\nBefore: 40 minutes. After: about 15 minutes.\n' });
  });
});

describe('isReflection', () => {
  it('reads a hypothetical rerun as a reflection', () => {
    expect(isReflection("if i did it again i'd involve the storage team from day one".split(' '))).toBe(true);
    expect(isReflection('if we had to do it again we would start with nights'.split(' '))).toBe(true);
    expect(isReflection('if the alert fires again we page the lead'.split(' '))).toBe(false);
    expect(isReflection('i did it again the next week'.split(' '))).toBe(false);
  });
});
