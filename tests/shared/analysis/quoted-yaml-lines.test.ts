// A YAML or JSON string wrapping the whole résumé line (` - "Cut the cloud bill by a third"`) is
// markup, so its change reads as it does without the quotes (unasserted-spans.ts). Sentences written
// for this file.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

describe('a quoted YAML or JSON line', () => {
  it('reads the change inside a quote that wraps the line', () => {
    expect(outcome(' - "Cut the storage bill by a third by tiering cold logs"')).toBe(true);
    expect(outcome('  "Halved the rota gaps on nights",')).toBe(true);
  });

  it('leaves a change inside speech quoted in the sentence', () => {
    expect(outcome('My manager told me to "cut the storage bill by a third" this year')).toBe(false);
  });
});
