// A damaged bank from before format 1 (v0: STAR text inside `star`, free `tags`, `learning`,
// epoch-millisecond times, a `practiceLog`) is salvaged in its own format: each story it can read
// comes back with its words, tags and practice log, converted as opening an intact v0 file would,
// and the report says the file was in the old format. Through a real damaged file on disk.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { salvageBank } from '../../../main/store/salvage/salvage-bank';
import { Bank } from '#shared/domain/schemas';
import { closeApis, openApi } from '../api-harness';
import { tempDir } from './helpers';

afterEach(closeApis);

const fixture = readFileSync(join(__dirname, '../../fixtures/banks/v0.json'), 'utf8');

/** The v0 fixture with a third story, then cut off inside that story's Action (a save cut short). */
function damagedV0(): string {
  const bank = JSON.parse(fixture);
  bank.stories.push({
    id: 's3',
    title: 'Moving feature pipelines to streaming',
    star: {
      situation: 'Features were a day stale, so fraud models missed new patterns.',
      task: 'I was asked to make features fresh within minutes.',
      action: 'I rebuilt the pipeline on a stream processor and backfilled the history in slices.',
      result: 'Staleness fell from 24 hours to 4 minutes.',
    },
    tags: ['Ownership'],
    status: 'ready',
    created: 1717236000000,
  });
  const text = JSON.stringify(bank, null, 2);
  return text.slice(0, text.indexOf('backfilled the history'));
}

describe('salvaging a damaged v0 bank', () => {
  it('keeps every story it can read, in v0 terms, with the old format named in the report', async () => {
    const dataDir = tempDir();
    const first = await openApi({ dataDir });
    const path = first.services.bankPath;
    await closeApis();
    writeFileSync(path, damagedV0());

    const api = await openApi({ dataDir });
    const { notices } = await api.call('getNotices', {});
    const moved = notices.find((n) => n.kind === 'recovered');
    expect(moved?.movedTo).toBeTruthy();
    const preview = await api.call('recoverDamagedBank', { noticeId: moved!.id, apply: false });
    expect(preview.summary).toMatch(/still holds 3 stories/);
    expect(preview.problems.join(' ')).toMatch(/early Storybank format \(before format 1\)/);
    // Read in its own format, nothing of a v0 story counts as unreadable (no "id and status ... reset").
    expect(preview.problems.join(' ')).not.toMatch(/could not be read/);
    const done = await api.call('recoverDamagedBank', { noticeId: moved!.id, apply: true });
    expect(done.toAdd).toBe(3);

    const bank = await api.call('getBank', {});
    const byTitle = new Map(bank.stories.map((s) => [s.title, s]));
    expect(byTitle.get('Cutting retraining time for the ranking model')).toMatchObject({
      situation: 'Retraining took 9 hours, so we missed two launches.',
      action: 'I split the job by region and added a feature cache.',
      result: 'Training time fell from 9 hours to 3 and we shipped three weeks early.',
      reflection: 'Write the decision criteria down before the debate.',
      competencies: ['ownership', 'deliver-results', 'tecnica-craft'],
      status: 'retired',
      createdAt: new Date(1717236000000).toISOString(),
      notes: 'Check the number with finance.',
    });
    expect(byTitle.get('Cutting retraining time for the ranking model')?.rehearsals.map((r) => r.seconds)).toEqual([
      118, 104,
    ]);
    // The story cut short keeps what was written before the cut, and is flagged.
    const cut = byTitle.get('Moving feature pipelines to streaming');
    expect(cut?.situation).toBe('Features were a day stale, so fraud models missed new patterns.');
    expect(cut?.action).toMatch(/^I rebuilt the pipeline on a stream processor and/);
    expect(done.problems.join(' ')).toMatch(/“Moving feature pipelines to streaming” was damaged in the file/);
    // Memory and disk agree; recovering again adds nothing (the converted ids are stable).
    expect(Bank.parse(JSON.parse(readFileSync(path, 'utf8')))).toEqual(bank);
    const again = await api.call('recoverDamagedBank', { noticeId: moved!.id, apply: true });
    expect(again.toAdd).toBe(0);
  });

  it('reads a v0 story with no title (its words only in `star`) instead of counting it as empty', () => {
    const text =
      '{\n  "stories": [\n    {\n      "id": "s9",\n      "star": { "result": "Costs fell 30%." },\n      "tags": []\n    },\n    {\n      "id": "s10", "tit';
    const salvage = salvageBank(Buffer.from(text));
    expect(salvage.items.stories.map((s) => s.result)).toEqual(['Costs fell 30%.']);
  });
});
