// isKeptPractice (claims.ts) and its use in story-segments.ts: a practice the writer still follows,
// told in the present in the time since the story, is a claim that a story without headings reads as
// its Reflection, not as a result or an act of the story (RUBRIC-NOTES "Reflection").
import { describe, expect, it } from 'vitest';
import { isKeptPractice } from '#shared/analysis/rules/claims';
import { tokenize } from '#shared/analysis/rules/language/tokenize';
import { segmentByContent } from '#shared/analysis/story-segments';

const practice = (text: string) => isKeptPractice(tokenize(text));

describe('a practice the writer still follows', () => {
  it('reads a present act set in the time since the story', () => {
    expect(practice('Since then I walk the ward with the night nurse before every handover.')).toBe(true);
    expect(practice('Now I send the supplier a photo of each damaged pallet.')).toBe(true);
    expect(practice('These days I pair with whoever owns the schema before a migration.')).toBe(true);
    expect(practice('I now book the minibus a term ahead.')).toBe(true);
  });

  it('leaves results, past acts, views and hypotheticals out', () => {
    // A result told with "since then": no act of the writer's in the present.
    expect(practice('Since then we have had no missed handovers.')).toBe(false);
    expect(practice('Since then I rewrote the rota twice.')).toBe(false);
    // A view and a hypothetical stay lessons.
    expect(practice('Now I think the rota was never the problem.')).toBe(false);
    expect(practice("Now I'd ask the ward sister first.")).toBe(false);
    // A present act with no time since the story is the job the writer holds.
    expect(practice('I run the front desk at a dental surgery.')).toBe(false);
  });
});

describe('a kept practice in a story without headings', () => {
  const story =
    'Our stock counts were wrong every month and the auditors had flagged it twice. ' +
    'I counted the cold room myself for three weeks and found the scanner skipped damaged labels. ' +
    'I reprinted every label and retrained the two pickers on the scanner. ' +
    'The next audit passed with no stock findings. ' +
    'These days I check a sample of labels every Friday.';

  it('is read as the Reflection, after the result', () => {
    const parts = segmentByContent(story);
    const last = parts[parts.length - 1];
    expect(last.section).toBe('reflection');
    expect(last.text).toContain('These days I check');
    expect(parts.some((p) => p.section === 'result' && p.text.includes('The next audit passed'))).toBe(true);
  });

  it('leaves a closing result with "since then" in the Result', () => {
    const parts = segmentByContent(
      story.replace('These days I check a sample of labels every Friday.', 'Since then the counts have matched.'),
    );
    expect(parts[parts.length - 1].section).toBe('result');
  });
});
