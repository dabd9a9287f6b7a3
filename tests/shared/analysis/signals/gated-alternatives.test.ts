// The large signal alternations run as parts behind word tests (gated-alternatives.ts) must answer exactly
// as the whole alternation would: checked on a few made-up cases and on every sentence of the labeled
// stories and written claim rows we hold, for every alternation the signal modules declare.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import '#shared/analysis/signals/index';
import {
  anyGated,
  firstGated,
  gatedAlternation,
  gatedAlternations,
  type GatedAlternation,
} from '#shared/analysis/signals/gated-alternatives';
import { storySentences } from '#shared/analysis/signals/story-sentences';
import { readableText } from '#shared/analysis/signals/sentence-view';
import { loadLabeledStories } from '../../../fixtures/signals/load-labeled-stories';

/** The whole alternation the parts stand for. */
const whole = (a: GatedAlternation) =>
  new RegExp(a.parts.map((p) => p.pattern.source).join('|'), a.parts[0].pattern.flags);

describe('gated alternations', () => {
  const toy = gatedAlternation('toy', [
    [/\bcat/i, /\bcats?\b/i],
    [/dog/i, /\bdog\s+days?\b|\bdog/i],
    [/cat|dog/i, /\b(?:dog|cat)\s+food\b/i],
  ]);
  it('gives the leftmost match of any part, and the earlier part on a tie', () => {
    expect(firstGated('the dog days and the cat', toy)?.[0]).toBe('dog days');
    expect(firstGated('cat food', toy)?.[0]).toBe('cat');
    expect(firstGated('a dog food bowl', toy)?.[0]).toBe('dog');
    expect(firstGated('no pets here', toy)).toBeUndefined();
    expect(anyGated('one Dog', toy)).toBe(true);
    expect(anyGated('no pets here', toy)).toBe(false);
  });

  it('skips a part whose words are missing, even where its pattern would match', () => {
    const gated = gatedAlternation('skip', [[/never/i, /a/]]);
    expect(firstGated('a cat', gated)).toBeUndefined();
  });

  it('keeps no state between sentences: no part or word test has the g or y flag', () => {
    for (const a of gatedAlternations)
      for (const p of a.parts) {
        expect(p.pattern.flags, a.name).not.toMatch(/[gy]/);
        expect(p.words.flags, a.name).not.toMatch(/[gy]/);
        expect(p.pattern.flags, a.name).toBe(a.parts[0].pattern.flags);
      }
  });
});

describe('every signal alternation run in parts answers as the whole alternation', () => {
  const parts = loadLabeledStories();
  const read: string[] = [];
  const ownParts = Object.entries(parts).filter(
    ([name, stories]) => Array.isArray(stories) && !/fresh|corpus/i.test(name),
  );
  for (const [, stories] of ownParts)
    for (const s of stories as { story: Parameters<typeof storySentences>[0] }[])
      for (const sentence of storySentences(s.story)) read.push(sentence.text, readableText(sentence.text));
  const claims = resolve(import.meta.dirname, '../../../fixtures/claims');
  for (const file of readdirSync(claims).filter((f) => /^written-\d+\.jsonl$/.test(f)))
    for (const line of readFileSync(resolve(claims, file), 'utf8').split('\n'))
      if (line.trim()) read.push((JSON.parse(line) as { text: string }).text);
  const texts = [...new Set(read)];

  it('reads enough sentences to mean something', () => expect(texts.length).toBeGreaterThan(3000));
  const named = gatedAlternations.filter((a) => !['toy', 'skip'].includes(a.name));
  it('finds the signal modules’ alternations', () => expect(named.length).toBeGreaterThan(0));
  const matched = new Set<string>();
  for (const a of named)
    it(`${a.name}: same match on every sentence`, () => {
      const all = whole(a);
      for (const text of texts) {
        const expected = all.exec(text);
        const got = firstGated(text, a);
        if (expected) matched.add(a.name);
        expect(got ? [got.index, got[0]] : null, text).toEqual(expected ? [expected.index, expected[0]] : null);
        expect(anyGated(text, a), text).toBe(expected !== null);
      }
    });
  it('meets matches for most alternations, so the comparison means something', () =>
    expect(matched.size).toBeGreaterThanOrEqual(Math.ceil(named.length * 0.8)));
});
