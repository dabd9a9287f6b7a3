// A frame of an ask written as lexicon phrases: word classes crossed, each phrase within the schema's 200 characters.
import { describe, expect, it } from 'vitest';
import { framePhrases, MAX_PHRASE_LENGTH } from '#shared/competencies/lexicons/phrase-frames';

describe('framePhrases', () => {
  it('writes a short frame as one phrase, each class as one slot', () => {
    expect(framePhrases(['chase', 'follow_up'], '*', ['action', '=findings'])).toEqual([
      'chase|follow_up * action|=findings',
    ]);
  });

  it('cuts long classes into shares, every share crossed with the others, within the limit', () => {
    const verbs = Array.from({ length: 30 }, (_, k) => `verb${k}`);
    const objects = Array.from({ length: 30 }, (_, k) => `object${k}`);
    const phrases = framePhrases(verbs, '*', objects, '$');
    expect(phrases.length).toBeGreaterThan(1);
    expect(phrases.every((p) => p.length <= MAX_PHRASE_LENGTH)).toBe(true);
    for (const verb of verbs)
      for (const object of objects)
        expect(
          phrases.some((p) => p.split(' ')[0].split('|').includes(verb) && p.split(' ')[2].split('|').includes(object)),
        ).toBe(true);
  });
});
