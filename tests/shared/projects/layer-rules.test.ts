// Sentences placed under depth-map layers by what their main clause is about (LAYER-RUBRIC.md), not by
// one word of a layer's vocabulary. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { placeSentences } from '#shared/projects/sentence-layers';
import { mainClause } from '#shared/projects/layer-rules';

const blank = { situation: '', task: '', action: '', result: '', reflection: '' };
const layersOf = (section: keyof typeof blank, text: string) =>
  [...placeSentences({ ...blank, [section]: text }).sentences[0].layers].sort();

describe('layer placement', () => {
  it('blanks the explaining clauses and keeps offsets', () => {
    const text = 'I picked the small model because it fit on one GPU, and shipped it.';
    const main = mainClause(text);
    expect(main).toHaveLength(text.length);
    expect(main).not.toMatch(/GPU/);
    expect(main).toMatch(/shipped it/);
  });

  it('does not file a partner, a log or a team name under a layer one of their words belongs to', () => {
    expect(layersOf('action', 'I messaged the platform team and shared the error message.')).not.toContain(
      'deployment',
    );
    expect(layersOf('action', 'I read the job logs and found the stuck worker.')).not.toContain('data');
    expect(layersOf('situation', 'The ranking team was three people.')).toEqual([]);
  });

  it('puts a choice under approach, and under system when its reason is the system', () => {
    expect(layersOf('action', 'I chose a linear model over a deep one because the latency budget was 10 ms.')).toEqual(
      expect.arrayContaining(['approach', 'system', 'role']),
    );
    expect(
      layersOf('action', 'I chose a linear model over a deep one because the analysts had to read it.'),
    ).not.toContain('system');
  });

  it('reads a measured change in the Result as evaluation, and an unmeasured one as nothing', () => {
    expect(layersOf('result', 'Weekly refunds fell from 900 to 310.')).toContain('evaluation');
    expect(layersOf('result', 'Customers were happier too.')).toEqual([]);
    expect(layersOf('action', 'I evaluated three Python libraries and picked one.')).not.toContain('evaluation');
    expect(layersOf('action', 'We ran a shadow test for a week before the rollout.')).toContain('evaluation');
    // A feature named "eval" in a list, or the time a fix took, is not how the work was judged.
    expect(layersOf('action', 'The second release, with search, export and eval, took a month.')).not.toContain(
      'evaluation',
    );
    expect(
      layersOf('result', 'Restored the database in about two hours by failing over to the replica.'),
    ).not.toContain('evaluation');
    expect(layersOf('action', 'I built an eval suite of 300 labelled questions.')).toContain('evaluation');
  });

  it('files watching after launch under monitoring, and a rollback under monitoring and failures', () => {
    expect(layersOf('result', 'After launch I watched the error dashboard daily for two weeks.')).toContain(
      'monitoring',
    );
    expect(layersOf('action', 'I rolled back the release within an hour.')).toEqual(
      expect.arrayContaining(['monitoring', 'failures']),
    );
    expect(layersOf('action', 'A per-customer threshold would drift as their traffic changed.')).not.toContain(
      'monitoring',
    );
  });

  it('reads tracking regressions as watching, not as a failure', () => {
    const layers = layersOf(
      'result',
      'After launch the team used the eval scores to track regressions across releases.',
    );
    expect(layers).toContain('monitoring');
    expect(layers).not.toContain('failures');
  });

  it('reads "shipped with a stale feature" as the failure, not the launch', () => {
    const layers = layersOf('situation', 'The new model shipped with a stale feature and sign-ups fell that night.');
    expect(layers).toContain('failures');
    expect(layers).not.toContain('deployment');
    expect(layersOf('result', 'We shipped it to every region in May.')).toContain('deployment');
  });

  it('leaves a setup sentence that only states time or a team size unplaced, and a complaint under problem', () => {
    expect(layersOf('task', 'I had four weeks.')).toEqual([]);
    expect(layersOf('situation', 'Support agents complained that invoices took days to correct.')).toContain('problem');
  });

  it('files the data itself under data, not data an option turned down, an alert watches or the writer lacked', () => {
    expect(layersOf('situation', 'The support articles in our knowledge base were written for agents.')).toContain(
      'data',
    );
    expect(layersOf('situation', 'Patient notes were confidential and had to stay on our servers.')).toContain('data');
    expect(layersOf('situation', 'Sales reported from a nightly snapshot of the orders database.')).toContain('data');
    expect(layersOf('action', 'I kept the click features and dropped the session ones.')).toContain('data');
    // The option turned down, the thing an alert watches, the writer's own gap, a product feature.
    expect(layersOf('action', 'I cached the daily totals instead of querying the raw events.')).not.toContain('data');
    expect(layersOf('action', 'I added a pager alert on missing label rates.')).not.toContain('data');
    expect(layersOf('situation', 'I had never worked with insurance claims data before.')).not.toContain('data');
    expect(layersOf('result', 'The beta grew into a full-feature product for every branch.')).not.toContain('data');
    // A feature that was wrong as data is the model's input again.
    expect(layersOf('situation', 'The churn model read a stale feature for a week.')).toContain('data');
    expect(layersOf('result', 'Both squads moved to the shared schema by June.')).not.toContain('data');
  });

  it('files the system built under system, not the options weighed or turned down', () => {
    expect(layersOf('action', 'Chose a token bucket over a sliding window so bursts got through.')).toContain('system');
    expect(layersOf('action', 'I picked the 8B model because it fit on one A100.')).toContain('system');
    expect(layersOf('action', 'I found a nightly job that scanned the whole orders table.')).toContain('system');
    expect(layersOf('action', 'I compared a hosted API with two models we could run on our own GPUs.')).not.toContain(
      'system',
    );
    expect(layersOf('action', 'I could shard the queue or batch the writes; batching was simpler.')).not.toContain(
      'system',
    );
  });

  it('does not take a service people give, or one they serve themselves, for a system', () => {
    expect(
      layersOf('task', 'I was one of four help desk analysts and took on the self-service reset project.'),
    ).not.toContain('system');
    expect(layersOf('action', 'I retrained the customer service team on the new refund policy.')).not.toContain(
      'system',
    );
    expect(layersOf('situation', 'Our food service staff served about 300 meals at lunch.')).not.toContain('system');
    expect(layersOf('action', 'I moved the two service desk queues into one.')).not.toContain('system');
    expect(layersOf('action', 'I split the billing service into two smaller services.')).toContain('system');
  });
});
