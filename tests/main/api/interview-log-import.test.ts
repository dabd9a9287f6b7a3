// Importing an interview log CSV through dispatch with real banks on disk: the log one bank exports comes
// home in another, a second import adds nothing, an entry edited in a spreadsheet is added beside the
// log's own (nothing overwritten), and a file with a bad row is refused whole with a message naming the
// row, the column and the value, while the bank file on disk stays byte for byte as it was.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { closeApis, openApi, type ApiHarness } from '../api-harness';

afterEach(closeApis);

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function bankWithLog(): Promise<{ api: ApiHarness; csv: string }> {
  const api = await openApi({ prefix: 'storybank-log-import-' });
  const story = await api.call('createStory', {
    fields: { title: 'Cut checkout latency', status: 'ready', result: 'I cut p99 latency by 40%.' },
  });
  const loop = await api.call('createLoop', {
    company: 'Acme',
    role: 'Staff engineer',
    frameworkId: 'senior-ml-engineer',
    rounds: [{ name: 'Hiring manager', focus: [], storyIds: [story.id] }],
  });
  const draft = await api.call('draftInterview', { loopId: loop.id, roundId: loop.rounds[0].id, today: '2026-03-02' });
  await api.call('createInterview', {
    ...draft,
    questions: [{ text: 'Tell me about a time you cut latency.', rating: 2 }],
    rating: 4,
  });
  await api.call('createInterview', { ...draft, roundName: 'Bar raiser', date: '2026-03-09', outcome: 'passed' });
  const { file } = await api.call('exportInterviewLog', { format: 'csv' });
  if (file.delivery !== 'download') throw new Error('expected a download');
  return { api, csv: Buffer.from(file.base64, 'base64').toString('utf8') };
}

describe('importing an interview log CSV', () => {
  it('brings a log home in another bank, and a second import adds nothing', async () => {
    const { api: source, csv } = await bankWithLog();
    const before = (await source.call('getBank', {})).interviews;
    const target = await openApi({ prefix: 'storybank-log-import-target-' });
    const preview = await target.call('previewInterviewLogImport', { base64: b64(csv), fileName: 'log.csv' });
    expect(preview).toMatchObject({ problems: [], toAdd: 2, canImport: true });
    expect(preview.entries.map((e) => [e.row, e.roundName, e.status])).toEqual([
      [2, 'Hiring manager', 'new'],
      [6, 'Bar raiser', 'new'],
    ]);
    // The story told is not in this bank: worth knowing, not an error.
    expect(preview.warnings.join(' ')).toMatch(/Row 2: a story told at Acme is not in this bank/);
    expect((await target.call('getBank', {})).interviews).toEqual([]); // a preview writes nothing

    const done = await target.call('importInterviewLog', { base64: b64(csv), fileName: 'log.csv' });
    expect(done).toMatchObject({ imported: 2, alreadyInLog: 0 });
    const bank = await target.call('getBank', {});
    expect(bank.interviews).toEqual(before);
    expect(JSON.parse(readFileSync(target.services.bankPath, 'utf8')).interviews).toEqual(before);

    const again = await target.call('importInterviewLog', { base64: b64(csv) });
    expect(again).toMatchObject({ imported: 0, alreadyInLog: 2 });
    expect((await target.call('getBank', {})).interviews).toHaveLength(2);
  });

  it('adds an entry edited in a spreadsheet beside the log’s own, overwriting nothing', async () => {
    const { api, csv } = await bankWithLog();
    const before = (await api.call('getBank', {})).interviews;
    const edited = csv.replace('Bar raiser', 'Bar raiser (notes fixed)');
    const preview = await api.call('previewInterviewLogImport', { base64: b64(edited) });
    expect(preview.entries.map((e) => e.status)).toEqual(['same', 'copy']);
    expect(preview.warnings.join(' ')).toMatch(/differs from the one in your log; it is added beside it/);
    const done = await api.call('importInterviewLog', { base64: b64(edited) });
    expect(done).toMatchObject({ imported: 1, alreadyInLog: 1 });
    const after = (await api.call('getBank', {})).interviews;
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[2].roundName).toBe('Bar raiser (notes fixed)');
    expect(after[2].id).not.toBe(before[1].id);
  });

  it('refuses a file with a bad row as a whole, naming the row, column and value; the bank is untouched', async () => {
    const { csv } = await bankWithLog();
    const target = await openApi({ prefix: 'storybank-log-import-bad-' });
    await target.call('createStory', { fields: { title: 'Kept' } });
    const onDisk = readFileSync(target.services.bankPath);
    const bad = csv.replace('2026-03-09', '9 March').replace(/(Hiring manager,,2026-03-02,,)4,/, '$19,');
    const preview = await target.call('previewInterviewLogImport', { base64: b64(bad) });
    expect(preview.canImport).toBe(false);
    expect(preview.problems).toEqual([
      expect.stringMatching(
        /^Row 2: entry interview_\w+ is not valid: Rating “9” is not valid \(a whole number from 1 to 5/,
      ),
      expect.stringMatching(
        /^Row 6: entry interview_\w+ is not valid: Date “9 March” is not valid \(write it as YYYY-MM-DD\)/,
      ),
    ]);
    await expect(target.call('importInterviewLog', { base64: b64(bad) })).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/^Nothing was imported: 2 rows have errors\. Row 2/),
    });
    expect((await target.call('getBank', {})).interviews).toEqual([]);
    expect(readFileSync(target.services.bankPath)).toEqual(onDisk);
  });

  it('says plainly when the file is not a log, or not text', async () => {
    const api = await openApi({ prefix: 'storybank-log-import-other-' });
    const stories = await api.call('previewInterviewLogImport', { base64: b64('Title,Situation\r\nA,B\r\n') });
    expect(stories.problems[0]).toMatch(/This is not an interview log: the columns .* are missing/);
    expect(stories.canImport).toBe(false);
    await expect(
      api.call('previewInterviewLogImport', {
        base64: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]).toString('base64'),
      }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/zero byte/) });
  });
});
