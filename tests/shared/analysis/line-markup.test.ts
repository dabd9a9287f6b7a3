import { describe, it, expect } from 'vitest';
import { analyzeText } from '#shared/analysis/index';
import { isMarkdownHeadingLine, lineMarkupLength, listMarkerLength } from '#shared/analysis/rules/lines/line-markup';
import { splitSentences } from '#shared/analysis/rules/language/split-sentences';
import { flagString, spanTexts } from './helpers';

const split = (text: string) => spanTexts(text, splitSentences(text));

// A résumé line is a claim with its markup as without it, and the sentence and its marks start at the
// line's own first word. Each pair: [the line as pasted, the words the line's sentence should be].
const MARKED: Array<[family: string, line: string, words: string]> = [
  ['LaTeX \\item', '\\item Wrote the load tests for the booking API', 'Wrote the load tests for the booking API'],
  [
    'LaTeX \\item with a label',
    '\\item[--] Wrote the load tests for the booking API',
    'Wrote the load tests for the booking API',
  ],
  [
    'a LaTeX macro around the line',
    '\\resumeItem{Wrote the load tests for the booking API}',
    'Wrote the load tests for the booking API}',
  ],
  [
    'LaTeX bold around the verb',
    '\\textbf{Wrote} the load tests for the booking API',
    'Wrote} the load tests for the booking API',
  ],
  [
    'emoji with a variation selector',
    '🗂️ Wrote the load tests for the booking API',
    'Wrote the load tests for the booking API',
  ],
  ['a ZWJ emoji sequence', '🧑‍🔧 Wrote the load tests for the booking API', 'Wrote the load tests for the booking API'],
  ['a keycap emoji', '2️⃣ Wrote the load tests for the booking API', 'Wrote the load tests for the booking API'],
  [
    'an org-mode done headline',
    '** DONE Wrote the load tests for the booking API',
    'Wrote the load tests for the booking API',
  ],
  ['a ticked checkbox', '- [X] Wrote the load tests for the booking API', 'Wrote the load tests for the booking API'],
  ['a bare checkbox', '[x] Wrote the load tests for the booking API', 'Wrote the load tests for the booking API'],
  ['a lettered bullet', 'b) Wrote the load tests for the booking API', 'Wrote the load tests for the booking API'],
  [
    'a bracketed roman bullet',
    '(iv) Wrote the load tests for the booking API',
    'Wrote the load tests for the booking API',
  ],
  ['a bracketed number', '(3) Wrote the load tests for the booking API', 'Wrote the load tests for the booking API'],
  ['a quote marker', '>> Wrote the load tests for the booking API', 'Wrote the load tests for the booking API'],
  ['a table pipe', '| Wrote the load tests for the booking API |', 'Wrote the load tests for the booking API'],
  [
    'an emoji shortcode',
    ':white_check_mark: Wrote the load tests for the booking API',
    'Wrote the load tests for the booking API',
  ],
  [
    'a checkbox and a shortcode',
    '- [x] :rocket: Wrote the load tests for the booking API',
    'Wrote the load tests for the booking API',
  ],
  [
    'an HTML list item',
    '<li>Wrote the load tests for the booking API</li>',
    'Wrote the load tests for the booking API',
  ],
  [
    'nested HTML tags with an attribute',
    '  <ul><li class="item">Wrote the load tests for the booking API</li></ul>',
    'Wrote the load tests for the booking API',
  ],
  [
    'an escaped HTML list item',
    '&lt;li&gt;Wrote the load tests for the booking API&lt;/li&gt;',
    'Wrote the load tests for the booking API',
  ],
  [
    'an HTML entity bullet',
    '&#8226; Wrote the load tests for the booking API',
    'Wrote the load tests for the booking API',
  ],
  ['a triangle bullet', '▸ Wrote the load tests for the booking API', 'Wrote the load tests for the booking API'],
];

describe('markup a line opens with', () => {
  for (const [family, line, words] of MARKED)
    it(`reads a line after ${family} as the same claim`, () => {
      const plain = analyzeText('Wrote the load tests for the booking API');
      const marked = analyzeText(line);
      expect(marked.sentences).toHaveLength(1);
      const [sentence] = marked.sentences;
      expect(line.slice(sentence.start, sentence.end)).toBe(words);
      expect(sentence.isClaim).toBe(plain.sentences[0].isClaim);
      expect(sentence.isClaim).toBe(true);
      // The vague-claim mark points at the line's own words, not at the markup.
      const mark = marked.findings.find((f) => f.rule === 'vague-claim');
      expect(mark && line.slice(mark.start, mark.start + 5)).toBe('Wrote');
    });

  it('keeps the figures of a marked line', () => {
    const line = '\\item Cut the nightly reconciliation from 6 hours to 50 minutes \\hfill 2023';
    const [sentence] = analyzeText(line).sentences;
    expect(sentence).toMatchObject({ isClaim: true, hasMetric: true });
    const share = analyzeText('⚡️ Raised checkout conversion by 2.4\\% across 5 markets').sentences[0];
    expect(share).toMatchObject({ isClaim: true, hasMetric: true });
  });

  it('reads HTML entities inside a line as their characters', () => {
    const [sentence] = analyzeText('Cut the R&amp;D team&#39;s cloud bill by &pound;3k a month').sentences;
    expect(sentence).toMatchObject({ isClaim: true, hasMetric: true });
  });

  it('leaves no sentence on a line that is only markup', () => {
    for (const line of ['\\item', '- [ ]', '* [x]', '🗂️', '> ', '(a)', '** DONE'])
      expect(analyzeText(line).sentences, line).toHaveLength(0);
  });

  it('reads a to-do as the note it is, not a claim', () => {
    expect(analyzeText('** TODO ask the finance team for the Q3 refund numbers').sentences[0].isClaim).toBe(false);
    expect(analyzeText('- [ ] chase the vendor about the renewal quote').sentences[0].isClaim).toBe(false);
  });

  it('takes no symbol that belongs to a word or a figure for markup', () => {
    // "C++", "#1", "5*" and an initial open their lines with their own words.
    expect(lineMarkupLength('C++, Kotlin and Swift', 0)).toBe(0);
    expect(lineMarkupLength('#1 ranked bakery in the county (2024)', 0)).toBe(0);
    expect(lineMarkupLength('5* rating kept through the refit', 0)).toBe(0);
    expect(lineMarkupLength('J. Osei and I rebuilt the rota', 0)).toBe(0);
    expect(lineMarkupLength('I. Led the migration', 0)).toBe(0);
    expect(lineMarkupLength('e.g. a list of skills', 0)).toBe(0);
    expect(lineMarkupLength('\\LaTeX{} and Markdown', 0)).toBeGreaterThan(0);
    expect(analyzeText('C++, Kotlin and Swift').sentences[0].isClaim).toBe(false);
    expect(split('5* rating kept through the refit')).toEqual(['5* rating kept through the refit']);
  });

  it('reads the tags and shortcodes inside a line as blank space', () => {
    const [bold] = analyzeText('<p>Cut the nightly build from <b>40</b> to 12 minutes</p>').sentences;
    expect(bold).toMatchObject({ isClaim: true, hasMetric: true });
    const [chat] = analyzeText('we moved 40 services to the new cluster :tada:').sentences;
    expect(chat).toMatchObject({ isClaim: true, hasScale: true });
  });

  it('takes no colon, angle bracket or pipe of a word or a figure for markup', () => {
    // A resource name, a clock time, a bound and a ratio keep their marks; a pipe inside a line is no row.
    expect(lineMarkupLength(':30 minutes of downtime a month', 0)).toBe(0);
    expect(lineMarkupLength('<5% of requests hit the cold path', 0)).toBe(0);
    expect(lineMarkupLength('< 200 ms at p99 after the rewrite', 0)).toBe(0);
    expect(lineMarkupLength('<https://status.example.com> kept green', 0)).toBe(0);
    expect(split('Granted the role arn:aws:iam:read to 12 teams')).toEqual([
      'Granted the role arn:aws:iam:read to 12 teams',
    ]);
    expect(split('Piped the logs through grep | sort | uniq to find 3 leaks')).toEqual([
      'Piped the logs through grep | sort | uniq to find 3 leaks',
    ]);
    expect(analyzeText('Kept p99 <200ms for 40 services').sentences[0]).toMatchObject({ hasMetric: true });
  });

  it('finds a table row after plain lines and after a pipe that opens none, in one text after another', () => {
    const notes = 'Piped the logs through grep | sort. Wrote the runbook.\n| 2022 | SRE | Cut paging by 40% |';
    const cells = ['Piped the logs through grep | sort.', 'Wrote the runbook.', '2022', 'SRE', 'Cut paging by 40%'];
    expect(split(notes)).toEqual(cells);
    expect(split('Wrote the runbook. Moved the queue.')).toEqual(['Wrote the runbook.', 'Moved the queue.']);
    expect(split(notes)).toEqual(cells);
  });

  it('reads each cell of a Markdown table row alone', () => {
    const row = '| 2021–now | Platform Lead | Runs the payments platform (~900 req/s, 14 services) |';
    expect(split(row)).toEqual(['2021–now', 'Platform Lead', 'Runs the payments platform (~900 req/s, 14 services)']);
    // The cell of text reads as it reads alone; the date and the title read as no claim.
    const flags = ({ isClaim, hasMetric, hasScale, hasOutcome }: (typeof cells)[number]) =>
      [isClaim, hasMetric, hasScale, hasOutcome].join();
    const cells = analyzeText(row).sentences;
    expect(flags(cells[2])).toBe(
      flags(analyzeText('Runs the payments platform (~900 req/s, 14 services)').sentences[0]),
    );
    expect(cells[2].hasScale).toBe(true);
    const led = analyzeText('| 2019–2021 | SRE | Led the move of 14 services to Kubernetes |').sentences;
    expect(led.map((c) => c.isClaim)).toEqual([false, false, true]);
    // A header, its rule and an empty cell give no claim; an escaped pipe stays inside its cell.
    expect(split('| Year | Role | What I did |\n|---|---|---|\n| 2019 | SRE | |')).toEqual([
      'Year',
      'Role',
      'What I did',
      '2019',
      'SRE',
    ]);
    expect(split('| Wrote the a \\| b parser | 2020 |')).toEqual(['Wrote the a \\| b parser', '2020']);
    // A row whose cell holds two sentences keeps both, each in its cell.
    expect(split('|2022|Cut paging by 40%. Wrote the runbook.|')).toEqual([
      '2022',
      'Cut paging by 40%.',
      'Wrote the runbook.',
    ]);
  });

  it('starts a new item at a list marker, whatever case follows it', () => {
    expect(listMarkerLength('a) the intake form', 0)).toBe(2);
    expect(listMarkerLength('\\item the intake form', 0)).toBe(5);
    expect(listMarkerLength('\\itemsep', 0)).toBe(0);
    expect(listMarkerLength('> quoted', 0)).toBe(0);
    expect(split('Rebuilt the intake form\na) cut the fields from 30 to 12\nb) moved it online')).toEqual([
      'Rebuilt the intake form',
      'cut the fields from 30 to 12',
      'moved it online',
    ]);
    expect(split('\\item Wrote the runbook\n\\item Ran the game day')).toEqual([
      'Wrote the runbook',
      'Ran the game day',
    ]);
  });

  it('reads every marker shape past its first letters, and a line that opens with a word as none', () => {
    // Lettered and roman items, one letter or several, with a bracket or a full stop.
    expect(listMarkerLength('c. the intake form', 0)).toBe(2);
    expect(listMarkerLength('iv) the intake form', 0)).toBe(3);
    expect(listMarkerLength('vi. the intake form', 0)).toBe(3);
    expect(listMarkerLength('xi) the intake form', 0)).toBe(3);
    expect(listMarkerLength('(IV) the intake form', 0)).toBe(4);
    expect(listMarkerLength('[x] the intake form', 0)).toBe(3);
    expect(listMarkerLength('&bull; the intake form', 0)).toBe(6);
    // No marker: a word of one letter, an initial, capitals no roman item is written in, a count.
    expect(listMarkerLength('I rebuilt the intake form', 0)).toBe(0);
    expect(listMarkerLength('J. Smith and I rebuilt it', 0)).toBe(0);
    expect(listMarkerLength('IV. the intake form', 0)).toBe(0);
    expect(listMarkerLength('3 teams took it up', 0)).toBe(0);
    expect(listMarkerLength('€40k saved', 0)).toBe(0);
  });
});

describe('a Markdown heading line', () => {
  it('names a part of the page: no claim, whatever verb-like word it opens with', () => {
    expect(isMarkdownHeadingLine('## Selected work')).toBe(true);
    expect(isMarkdownHeadingLine('### Staff ML Engineer @ Quillmark (2022–present)')).toBe(true);
    expect(flagString('## Selected work')).toBe('....');
    expect(flagString('#### Featured projects')).toBe('....');
  });

  it('is not a heading with a sentence after a separator, a full stop, no space after "#" or too many words', () => {
    expect(isMarkdownHeadingLine('## Impact: cut p99 by 40%')).toBe(false);
    expect(isMarkdownHeadingLine('## Rollout — moved 40 services in a quarter')).toBe(false);
    expect(isMarkdownHeadingLine('# Cut p99 latency by 40% across 12 services.')).toBe(false);
    expect(isMarkdownHeadingLine('#1 ranked grocery app in the Nordics')).toBe(false);
    expect(isMarkdownHeadingLine('## We moved every one of the forty services to the new cluster in a quarter')).toBe(
      false,
    );
    expect(flagString('## Impact: cut p99 by 40%')[0]).toBe('C');
    expect(flagString('Selected the vendor for the new payroll system')[0]).toBe('C');
  });
});
