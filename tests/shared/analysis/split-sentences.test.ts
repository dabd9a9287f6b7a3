import { describe, it, expect } from 'vitest';
import { splitSentences } from '#shared/analysis/rules/language/split-sentences';
import { spanTexts } from './helpers';

const split = (text: string) => spanTexts(text, splitSentences(text));

describe('splitSentences', () => {
  it('splits plain sentences on terminal punctuation', () => {
    expect(split('I led the rewrite. It shipped in May! Did it work? Yes.')).toEqual([
      'I led the rewrite.',
      'It shipped in May!',
      'Did it work?',
      'Yes.',
    ]);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    expect(split('I met Dr. Rao and Prof. Klein, e.g. at the U.S. office. Latency fell 2.5 times.')).toEqual([
      'I met Dr. Rao and Prof. Klein, e.g. at the U.S. office.',
      'Latency fell 2.5 times.',
    ]);
    expect(split('J. R. Smith reviewed it. Then we shipped.')).toEqual([
      'J. R. Smith reviewed it.',
      'Then we shipped.',
    ]);
    expect(split('Promoted in Dec. 2021 after the launch.')).toHaveLength(1);
    expect(split('Sub-editor, The Wexham Gazette (weekly, circ. 12,500)')).toHaveLength(1);
  });

  it('keeps a short form before a figure ("c. 38,000", "p. 12", "nr. 3") with its sentence', () => {
    expect(split("Co-curated 'Salt & Iron', 2024 (c. 38,000 visitors). It toured.")).toEqual([
      "Co-curated 'Salt & Iron', 2024 (c. 38,000 visitors).",
      'It toured.',
    ]);
    expect(split('See p. 12 of the audit report.')).toHaveLength(1);
    // Other short forms before a figure: no vowel ("nr.", "pg."), or a spelling of "about".
    expect(split('Reached nr. 3 in the league (see pg. 4) with abt. 300 members and appx. 40 staff.')).toHaveLength(1);
    expect(split('We moved to GCP. 3 weeks later the bill halved.')).toHaveLength(2);
    // Near misses: a capital letter or a word after the letter ends the sentence.
    expect(split('We picked plan C. 3 weeks later it failed.')).toHaveLength(2);
    expect(split('I chose plan b. Then we shipped.')).toHaveLength(2);
  });

  it('keeps versions, file names and URLs whole', () => {
    expect(split('Upgraded the SDK to v2.1.3 and Node.js 20. See https://example.com/a.b?x=1. Done.')).toEqual([
      'Upgraded the SDK to v2.1.3 and Node.js 20.',
      'See https://example.com/a.b?x=1.',
      'Done.',
    ]);
  });

  it('ends a sentence at "etc." only when a capital follows', () => {
    expect(split('We fixed logs, alerts, etc. Then we cut costs.')).toEqual([
      'We fixed logs, alerts, etc.',
      'Then we cut costs.',
    ]);
    expect(split('We fixed logs, alerts, etc. and then cut costs.')).toHaveLength(1);
  });

  it('ends a sentence at a unit written short after a number when a capital follows ("50 ms. Ops …")', () => {
    expect(split('Each check had to finish in under 50 ms. Ops asked for a dashboard.')).toEqual([
      'Each check had to finish in under 50 ms.',
      'Ops asked for a dashboard.',
    ]);
    expect(split('the job took 10 min. We moved it to the night run.')).toHaveLength(2);
    expect(split('- waited 3 hrs. The carrier rang back at noon.')).toHaveLength(2);
    // Without a number before it the short form is a title or a word of its own, and lower case carries on.
    expect(split('I spoke to Ms. Okafor about the rota.')).toHaveLength(1);
    expect(split('Min. 3 staff per shift were needed.')).toHaveLength(1);
    expect(split('p95 stayed at 40 ms. and the queue drained.')).toHaveLength(1);
  });

  it('splits bullets and lines, dropping the bullet markers', () => {
    const text =
      '- Built the billing API\n* Cut cloud spend by 30%\n• Mentored 4 engineers\n1. Led the migration\n2) Wrote the runbook';
    expect(split(text)).toEqual([
      'Built the billing API',
      'Cut cloud spend by 30%',
      'Mentored 4 engineers',
      'Led the migration',
      'Wrote the runbook',
    ]);
  });

  it('splits unpunctuated lines but joins a soft-wrapped line that continues in lower case', () => {
    expect(split('Built the billing API\nLed the migration')).toEqual(['Built the billing API', 'Led the migration']);
    expect(split('The rollout took six weeks and\nended with zero downtime.')).toEqual([
      'The rollout took six weeks and\nended with zero downtime.',
    ]);
    expect(split('First paragraph here\n\nsecond paragraph')).toHaveLength(2);
  });

  it('ends a note typed without capitals at a full stop before lower case, when asked (a Result)', () => {
    const notes = (text: string) => spanTexts(text, splitSentences(text, { lowerCaseNoteStops: true }));
    expect(notes('new starters have everything on day one. hiring managers are happy')).toEqual([
      'new starters have everything on day one.',
      'hiring managers are happy',
    ]);
    expect(notes('the load has not failed since March. analysts trust it again.')).toHaveLength(2);
    expect(notes('tickets get answered same day now. reps stopped escalating. churn talk died down')).toHaveLength(3);
    // Abbreviations and initials still carry the note on; so does any sentence that opens with a capital.
    expect(notes('took approx. five tries, e.g. twice a day. then it held')).toEqual([
      'took approx. five tries, e.g. twice a day.',
      'then it held',
    ]);
    expect(notes('ran it for 2 hrs. total')).toHaveLength(1);
    expect(notes('I fixed the job. and then it held')).toHaveLength(1);
    // Not asked (an Action, a resume line): a lower-case "did x. then y" stays one step.
    expect(split('new starters have everything on day one. hiring managers are happy')).toHaveLength(1);
  });

  it('ends a note line the writer ended, when asked, and keeps a wrapped line whole', () => {
    const notes = (text: string) => spanTexts(text, splitSentences(text, { noteLines: true }));
    // Short notes, one to a line: each stops well short of the block's widest line.
    expect(
      notes(
        'no lost pallets since the new scan\nrecv trusts the system again\nthe day shift copied the dock scan in a month',
      ),
    ).toEqual([
      'no lost pallets since the new scan',
      'recv trusts the system again',
      'the day shift copied the dock scan in a month',
    ]);
    // Steps that each open with the writer's past verb, however long the first runs.
    expect(
      notes('profiled the slowest stages, most of the time went on downloads on every run\nadded a build cache\n'),
    ).toHaveLength(2);
    // A wrapped line is full: the next word would not have fitted; one that ends on "the", "and", "what"
    // runs on; an indented line continues its bullet.
    expect(notes('Led the move of the billing\nservice to the new cluster.')).toHaveLength(1);
    expect(notes('We rebuilt the ingestion job for the\nclaims team and shipped it in May.')).toHaveLength(1);
    expect(notes('- moved billing to the new cluster\n  over two weekends\n- cut the cost')).toHaveLength(2);
    // Prose wrapped near 90–100 columns stops a few characters short of its widest line.
    const wrapped =
      'The team built its applications in a workflow tool with no version control, so five people\n' +
      'edited the same thing with no history at all. The wider organisation then asked us\n' +
      'to move to a new version of that tool and to work out the problems on our own.';
    expect(notes(wrapped)).toHaveLength(2);
    // Not asked (the default cut, which the signal sets are labeled on): a lower-case line runs on.
    expect(split('no lost pallets since the new scan\nrecv trusts the system again')).toHaveLength(1);
  });

  it('keeps a hard-wrapped sentence whole when its next line opens with a capital', () => {
    const wrapped =
      'Over two quarters we moved the whole billing service from the old cron host to\n' +
      'Kubernetes, and the nightly failures that had paged the on-call team stopped.';
    expect(split(wrapped)).toHaveLength(1);
    expect(
      split(
        'After the pilot I asked the head of operations whether we could extend it, and\n' +
          'I wrote a one-page plan for the other four depots before the end of March.',
      ),
    ).toHaveLength(1);
    // Near misses: short résumé lines, a line that stops well short of its block's width, a next line that
    // opens with a label, and a line that ends on a word a sentence can end on.
    expect(split('Built the pricing service with\nKafka and Postgres')).toHaveLength(2);
    expect(
      split(
        'Rebuilt the nightly reconciliation job for the finance team and the auditors in 2022\n' +
          'Mentored two analysts through their first audit season and\nLegal signed off in May',
      ),
    ).toHaveLength(3);
    expect(
      split(
        'T - get the scheduling template agreed by every ward manager and live before the\n' +
          'A - I split the medicines table so the dose sat on its own line for the pharmacy',
      ),
    ).toHaveLength(2);
    expect(
      split(
        'We ran the pilot on two wards for six weeks before any of the other wards came in\n' +
          'March was the first month with no missed handovers on either ward at all.',
      ),
    ).toHaveLength(2);
  });

  it('keeps closing quotes and markup with the sentence they end', () => {
    expect(split('She said "ship it." **I did.** Next.')).toEqual(['She said "ship it."', '**I did.**', 'Next.']);
  });

  it('ends a sentence before a lower-case clause after a full stop when the analyzer asks', () => {
    const clauses = (t: string) =>
      splitSentences(t, { lowerCaseClauseStops: true }).map((s) => t.slice(s.start, s.end));
    expect(clauses('Rebuilt the quote flow (new pricing page). churn down 4% by June')).toEqual([
      'Rebuilt the quote flow (new pricing page).',
      'churn down 4% by June',
    ]);
    expect(clauses('Moved the stock counts to handhelds. shrinkage halved within a quarter')).toHaveLength(2);
    // Near misses: an abbreviation, a unit, a single trailing word, or the default cut.
    expect(clauses('Cut hosting costs approx. twenty percent')).toHaveLength(1);
    expect(clauses('Saved 2 hrs. each week on the rota')).toHaveLength(1);
    expect(clauses('Tested on staging vs. live traffic for a week')).toHaveLength(1);
    expect(clauses('Wrote the style guide (v2). done')).toHaveLength(1);
    expect(split('Moved the stock counts to handhelds. shrinkage halved within a quarter')).toHaveLength(1);
  });

  it('cuts an inline numbered list before each item number, never after it', () => {
    expect(split('1. Designed the feature store 2. Reduced training time by 30% 3. Onboarded 5 teams')).toEqual([
      'Designed the feature store',
      'Reduced training time by 30%',
      'Onboarded 5 teams',
    ]);
    expect(split('Goals: 1. Triage the backlog 2. Fix the top 10 bugs')).toEqual([
      'Goals:',
      'Triage the backlog',
      'Fix the top 10 bugs',
    ]);
    // Items in lower case, a bracketed first number, items that end with their own stop.
    expect(split('1) moved the rota online 2. cut overtime by a third')).toEqual([
      'moved the rota online',
      'cut overtime by a third',
    ]);
    expect(split('1. Hired two nurses. 2. Opened the ward. 3. Cut waits to 4 hrs.')).toEqual([
      'Hired two nurses.',
      'Opened the ward.',
      'Cut waits to 4 hrs.',
    ]);
    // Near misses: a number with no item before it, the rank "No. 1", a count ending a sentence.
    expect(split('We were ranked No. 1 of 12. The board noticed.')).toEqual([
      'We were ranked No. 1 of 12.',
      'The board noticed.',
    ]);
    expect(split('The team grew from 4 to 9. Hiring stopped in 2021. Budgets fell.')).toHaveLength(3);
    expect(split('We shipped v1. 2 weeks later we shipped v2.')).toEqual([
      'We shipped v1.',
      '2 weeks later we shipped v2.',
    ]);
  });

  it('does not split an ellipsis followed by lower case', () => {
    expect(split('The money just... disappeared. We found it.')).toEqual([
      'The money just... disappeared.',
      'We found it.',
    ]);
  });

  it('returns ordered, trimmed spans and nothing for blank or punctuation-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\n  ')).toEqual([]);
    expect(splitSentences('... --- !!!')).toEqual([]);
    const text = '  One.   Two.  ';
    expect(splitSentences(text)).toEqual([
      { start: 2, end: 6 },
      { start: 9, end: 13 },
    ]);
  });
});
