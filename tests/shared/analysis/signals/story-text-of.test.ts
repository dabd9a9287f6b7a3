// The signal eval reads real stories pasted as one text through the analyzer's heading reader
// (headedParts), the one STAR splitter of the app: these pin what it cuts and what it leaves whole.
import { describe, expect, it } from 'vitest';
import { storyTextOf } from '#shared/analysis/signals/evaluate-signals';

describe('storyTextOf', () => {
  it('cuts at bold, Markdown and plain headings, with or without a colon', () => {
    const story = storyTextOf(
      [
        '**Situation**:',
        '- The nightly import kept timing out.',
        '',
        '### Task',
        'Make it finish before the morning report.',
        '**Actions:** I split the import into batches.',
        'Result: it now finishes in 40 minutes.',
        'Lessons learned',
        'Measure before guessing.',
      ].join('\n'),
    );
    expect(story).toEqual({
      situation: '- The nightly import kept timing out.',
      task: 'Make it finish before the morning report.',
      action: 'I split the import into batches.',
      result: 'it now finishes in 40 minutes.',
      reflection: 'Measure before guessing.',
    });
  });

  it('gives text before the first heading, and a story with no heading, to the Action', () => {
    expect(storyTextOf('I rewrote the parser.\nResult: parse errors went to zero.')).toMatchObject({
      action: 'I rewrote the parser.',
      result: 'parse errors went to zero.',
    });
    expect(storyTextOf('I rewrote the parser. Results were good.')).toEqual({
      situation: '',
      task: '',
      action: 'I rewrote the parser. Results were good.',
      result: '',
      reflection: '',
    });
  });

  it('does not take a sentence that starts with a section word for a heading', () => {
    const story = storyTextOf('**Action:**\nI paged the owner.\nResults were mixed at first.\nTask forces met weekly.');
    expect(story.action).toBe('I paged the owner.\nResults were mixed at first.\nTask forces met weekly.');
    expect(story.result).toBe('');
    expect(story.task).toBe('');
  });

  it('joins a section that is headed twice, in order', () => {
    const story = storyTextOf('Action: first I measured.\nResult: faster.\nAction: then I cached it.');
    expect(story.action).toBe('first I measured.\n\nthen I cached it.');
    expect(story.result).toBe('faster.');
  });

  it('reads one-letter labels only with their colon', () => {
    expect(storyTextOf('S: the queue grew.\nA: I added workers.')).toMatchObject({
      situation: 'the queue grew.',
      action: 'I added workers.',
    });
    expect(storyTextOf('A new cache helped.').action).toBe('A new cache helped.');
  });
});
