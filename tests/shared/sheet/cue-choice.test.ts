import { describe, expect, it } from 'vitest';
import { chooseCue, endOnContentWord, prepareCue } from '#shared/sheet/cue-choice';
import { keyNumbers } from '#shared/sheet/key-numbers';
import { countLines, ELLIPSIS } from '#shared/sheet/text-fit';
import { textWidth } from '#shared/sheet/text-measure';

const BODY = { sizePt: 8.5, linePt: 11 };
const NBSP = '\u00a0';
const plain = (text: string) => text.replaceAll(NBSP, ' ');

const ACTION =
  'So basically I spent the first week reading old tickets, talking to people and getting to know the codebase. ' +
  'I decided to batch the 14 feature lookups into three parallel calls instead of tuning the cache, and I wrote the load test that replayed peak traffic. ' +
  'We also had some meetings about it.';

describe('chooseCue', () => {
  it('shows the section as written when it fits', () => {
    const cue = prepareCue('action', 'I wrote the runbook and paired with both engineers every week.');
    expect(chooseCue(cue, BODY, 400, 2)).toEqual({
      text: 'I wrote the runbook and paired with both engineers every week.',
      lines: 1,
      shortening: 'none',
    });
  });

  it('keeps the clause with the decision and the number, in order, with "…" where text was left out', () => {
    const choice = chooseCue(prepareCue('action', ACTION), BODY, 250, 2);
    const text = plain(choice.text);
    expect(choice.shortening).toBe('clauses');
    expect(text).toContain(
      'I decided to batch the 14 feature lookups into three parallel calls instead of tuning the cache',
    );
    expect(text).not.toContain('meetings');
    expect(text).not.toContain('basically');
    expect(text.startsWith(ELLIPSIS)).toBe(true); // the opening sentence was left out
    expect(countLines(choice.text, BODY, 250)).toBeLessThanOrEqual(2);
  });

  it('drops filler words before dropping any clause, without an ellipsis', () => {
    const text = 'I really just rewrote the whole parser very quickly, and it was basically done in a week.';
    const width = textWidth(text, BODY) - 20;
    const choice = chooseCue(prepareCue('action', text), BODY, width, 1);
    expect(choice).toMatchObject({ shortening: 'filler' });
    expect(plain(choice.text)).toBe('I rewrote the whole parser quickly, and it was done in a week.');
  });

  it('never ends a cue in the middle of a word, and never parts a number from its unit', () => {
    const texts = [
      ACTION,
      'Latency went from 310 ms to 95 ms for 40 million daily users after the rewrite of the serving path that I led',
      'The migration covered 1,500 labelled tickets and 12 support agents across 3 regions in 11 weeks of work.',
    ];
    for (const text of texts) {
      for (const width of [80, 120, 180, 260]) {
        for (const lines of [1, 2, 3]) {
          const choice = chooseCue(prepareCue('result', text), BODY, width, lines);
          expect(choice.lines).toBeLessThanOrEqual(lines);
          for (const piece of plain(choice.text).split(ELLIPSIS)) {
            const words = piece.trim().split(/\s+/).filter(Boolean);
            for (const w of words) expect(text, `"${w}" at ${width}pt × ${lines}`).toContain(w.replace(/[.,;:]+$/, ''));
          }
          // Every key number on the cue is whole, with its unit.
          for (const n of keyNumbers(plain(choice.text))) expect(text).toContain(plain(n.text).split(' → ')[0]);
          expect(choice.text).not.toMatch(/\d ms|\d million|\d labelled|\d support|\d regions|\d weeks/);
        }
      }
    }
  });

  it('cuts the most valuable clause between words when no whole clause fits', () => {
    const text =
      'I owned getting p99 latency back under 120 ms within six weeks without losing recall, so the launches could ship.';
    const choice = chooseCue(prepareCue('task', text), BODY, 150, 1);
    expect(choice.shortening).toBe('words');
    expect(plain(choice.text)).toMatch(/^I owned getting p99 .*…$/);
  });

  it('does not end a cut between words on a word that promises more ("from", "the", "and")', () => {
    expect(endOnContentWord('Over one quarter its p99 latency had grown from…')).toBe(
      'Over one quarter its p99 latency had grown…',
    );
    expect(endOnContentWord('Cut ranking latency so search could ship the…')).toBe(
      'Cut ranking latency so search could ship…',
    );
    expect(endOnContentWord('…wrote an RFC with the cost numbers, and…')).toBe('…wrote an RFC with the cost numbers…');
    expect(endOnContentWord('The whole thing')).toBe('The whole thing'); // not cut: left as written
    expect(endOnContentWord('In the…')).toBe('In the…'); // nothing would be left
    const text =
      'Over one quarter its p99 latency had grown from 110 ms to 240 ms and the product team paused two model launches.';
    for (const width of [90, 110, 130, 150, 170, 190]) {
      const choice = chooseCue(prepareCue('situation', text), BODY, width, 1);
      expect(plain(choice.text), `${width}pt`).not.toMatch(/\b(?:from|to|the|and|had)…$/);
      expect(choice.lines).toBe(1);
    }
  });

  it('fills the rest of the last line with the next clause, cut between words, never parting a count from its noun', () => {
    const text =
      'Training fell from 3 hours to 40 minutes on the same 8 GPUs, and the team ran 9 experiments a day instead of 2 in the following quarter.';
    const cue = prepareCue('result', text);
    const width = textWidth(text, BODY) / 2.2; // the whole needs three lines; the first clause and a half fit in two
    const choice = chooseCue(cue, BODY, width, 2);
    const shown = plain(choice.text);
    expect(shown).toMatch(
      /^Training fell from 3 hours to 40 minutes on the same 8 GPUs, and the team ran 9 experiments/,
    );
    expect(shown.endsWith(ELLIPSIS)).toBe(true);
    expect(choice.lines).toBe(2);
    expect(text).toContain(shown.slice(0, -ELLIPSIS.length));
    // Across widths, a filled cue never ends on a bare number ("…instead of 2…") or a dangling word.
    for (const w of [140, 160, 180, 200, 220, 240]) {
      const c = plain(chooseCue(cue, BODY, w, 2).text);
      expect(c, `${w}pt`).not.toMatch(/(?:\s\d+|\b(?:of|the|and|a|in))…$/);
    }
  });

  it('marks a section that goes on past what is read as shortened', () => {
    const long = 'I rewrote the scheduler. '.repeat(200);
    const choice = chooseCue(prepareCue('action', long), BODY, 400, 2);
    expect(choice.shortening).not.toBe('none');
    expect(choice.text.endsWith(ELLIPSIS)).toBe(true);
  });
});
