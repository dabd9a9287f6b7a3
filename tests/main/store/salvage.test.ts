// Recovering what a damaged bank file still holds, one test per kind of damage, through real files
// and the real API: a bank is written and backed up, more is written after the backup, the file is
// damaged on disk, the app starts again (the file is moved aside and the backup restored), and the
// notice's recovery reads the moved file and adds what the restored bank lacks.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeServices } from '../../../main/services';
import { documentPieces } from '../../../main/store/salvage/document-pieces';
import { salvageBank } from '../../../main/store/salvage/salvage-bank';
import { Bank } from '#shared/domain/schemas';
import { openApi, type ApiHarness } from '../api-harness';
import { tempDir } from './helpers';

const story = (title: string) => ({
  title,
  situation: `${title}: the nightly import failed twice a week and support tickets piled up every Monday.`,
  action: `For ${title} I rewrote the retry logic, added idempotent writes and paged the owning team with a runbook.`,
  result: `${title} ended with failures down from 8 a month to 1, and Monday tickets down 60%.`,
});

interface Damaged {
  api: ApiHarness;
  path: string;
  noticeId: string;
  movedTo: string;
}

/**
 * A bank whose backup holds “Alpha” and “Bravo”; after it, Bravo was edited and Charlie, Delta,
 * Echo and a loop were added. `damage` then changes the file's bytes on disk before the restart.
 */
async function damagedBank(damage: (bytes: Buffer) => Buffer): Promise<Damaged> {
  const dataDir = tempDir();
  const first = await openApi({ dataDir });
  await first.call('createStory', { fields: story('Alpha') });
  const bravo = await first.call('createStory', { fields: story('Bravo') });
  await first.call('backupNow', {});
  await first.call('updateStory', { id: bravo.id, fields: { reflection: 'Edited after the backup.' } });
  for (const title of ['Charlie', 'Delta', 'Echo']) await first.call('createStory', { fields: story(title) });
  await first.call('createLoop', { company: 'Northwind', role: 'Staff engineer', frameworkId: 'senior-ml-engineer' });
  const path = first.services.bankPath;
  await closeServices(first.services);
  writeFileSync(path, damage(readFileSync(path)));

  const api = await openApi({ dataDir });
  const { notices } = await api.call('getNotices', {});
  const moved = notices.find((n) => n.kind === 'recovered');
  expect(moved?.movedTo).toBeTruthy();
  expect((await api.call('currentBank', {})).storyCount).toBe(2); // the backup: Alpha and Bravo
  return { api, path, noticeId: moved!.id, movedTo: moved!.movedTo! };
}

/** Where a story's title appears in the file's bytes. */
const at = (bytes: Buffer, text: string) => {
  const index = bytes.indexOf(`"title": "${text}"`);
  expect(index).toBeGreaterThan(0);
  return index;
};

const titles = async (api: ApiHarness) => (await api.call('getBank', {})).stories.map((s) => s.title).sort();
const added = (report: { lists: { list: string; added: number }[] }, list: string) =>
  report.lists.find((l) => l.list === list)!.added;

async function recoverAndCheck(d: Damaged) {
  const before = readFileSync(d.movedTo);
  const preview = await d.api.call('recoverDamagedBank', { noticeId: d.noticeId, apply: false });
  expect(preview.applied).toBe(false);
  expect(await titles(d.api)).toEqual(['Alpha', 'Bravo']); // a preview changes nothing
  const done = await d.api.call('recoverDamagedBank', { noticeId: d.noticeId, apply: true });
  expect(done.applied).toBe(true);
  expect(done.toAdd).toBe(preview.toAdd);
  // Memory and disk agree, and the moved file was only read.
  const onDisk = Bank.parse(JSON.parse(readFileSync(d.path, 'utf8')));
  expect(onDisk).toEqual(await d.api.call('getBank', {}));
  expect(readFileSync(d.movedTo)).toEqual(before);
  // A second recovery finds everything already there.
  const again = await d.api.call('recoverDamagedBank', { noticeId: d.noticeId, apply: true });
  expect(again.toAdd).toBe(0);
  expect(again.summary).toMatch(/already has all of it/);
  return { preview, done };
}

describe('recovering what a damaged bank still holds', () => {
  it('a file cut short in the last story: the earlier stories whole, the cut one flagged, nothing overwritten', async () => {
    const d = await damagedBank((bytes) => bytes.subarray(0, at(bytes, 'Echo') + 200));
    const { preview } = await recoverAndCheck(d);
    expect(preview.summary).toMatch(/still holds 5 stories\. Recovering adds 4 stories \(one is a newer version/);
    expect(preview.problems.join(' ')).toMatch(/“Echo” was damaged in the file; check its text/);
    expect(await titles(d.api)).toEqual(['Alpha', 'Bravo', 'Bravo (recovered)', 'Charlie', 'Delta', 'Echo']);
    const bank = await d.api.call('getBank', {});
    // The edit made after the backup comes back in the copy; the restored Bravo is untouched.
    expect(bank.stories.find((s) => s.title === 'Bravo (recovered)')?.reflection).toBe('Edited after the backup.');
    expect(bank.stories.find((s) => s.title === 'Bravo')?.reflection).toBe('');
    expect(bank.stories.find((s) => s.title === 'Charlie')).toMatchObject(story('Charlie'));
  });

  it('flipped bytes inside one story cost at most that story; the others and the loop come back', async () => {
    const d = await damagedBank((bytes) => {
      const copy = Buffer.from(bytes);
      const start = at(bytes, 'Delta');
      // Flip bits in the story's structure: the quote closing the title, a colon, a comma.
      for (const offset of [15, 18, 40, 41, 90]) copy[start + offset] ^= 0x5a;
      return copy;
    });
    const { done } = await recoverAndCheck(d);
    const names = await titles(d.api);
    for (const title of ['Alpha', 'Bravo', 'Bravo (recovered)', 'Charlie', 'Echo']) expect(names).toContain(title);
    expect(added(done, 'loops')).toBe(1);
    expect((await d.api.call('getBank', {})).loops.map((l) => l.company)).toEqual(['Northwind']);
    // Delta is either recovered (flagged) or counted as lost: never silently dropped.
    const deltaBack = names.some((t) => t.startsWith('Delta'));
    expect(deltaBack || done.problems.some((p) => /1 story could not be recovered/.test(p))).toBe(true);
  });

  it('a story with bad and wrong-shaped fields keeps its text; only those fields are reset, and the user is told', async () => {
    const d = await damagedBank((bytes) => {
      const bank = JSON.parse(bytes.toString('utf8'));
      const delta = bank.stories.find((s: { title: string }) => s.title === 'Delta');
      delta.status = 'maybe-ready';
      delta.competencies = 'not a list';
      delta.rehearsals = [{ at: 'yesterday', rating: 9 }];
      bank.questions = [{ id: 'q_custom', text: '', competencies: [] }];
      return Buffer.from(`${JSON.stringify(bank, null, 2)}\n`);
    });
    const { done } = await recoverAndCheck(d);
    const delta = (await d.api.call('getBank', {})).stories.find((s) => s.title === 'Delta');
    expect(delta).toMatchObject({ ...story('Delta'), status: 'draft', competencies: [], rehearsals: [] });
    expect(done.problems.join(' ')).toMatch(
      /“Delta”: its competency tags, status and practice log could not be read and were reset/,
    );
    expect(done.problems.join(' ')).toMatch(/1 question could not be recovered/);
    expect(added(done, 'loops')).toBe(1);
  });

  it('broken UTF-8 in a title: every story comes back, the damaged characters shown as “\uFFFD” and counted', async () => {
    const d = await damagedBank((bytes) => {
      const start = at(bytes, 'Charlie') + '"title": "Ch'.length;
      return Buffer.concat([bytes.subarray(0, start), Buffer.from([0xc3, 0x28, 0xff]), bytes.subarray(start)]);
    });
    const { done } = await recoverAndCheck(d);
    expect(await titles(d.api)).toEqual([
      'Alpha',
      'Bravo',
      'Bravo (recovered)',
      'Ch\uFFFD(\uFFFDarlie',
      'Delta',
      'Echo',
    ]);
    expect(done.problems[0]).toMatch(/2 characters were damaged and show as “\uFFFD”/);
    expect(added(done, 'loops')).toBe(1);
  });

  it('zero bytes over the end (power lost while saving): what comes before them is recovered', async () => {
    const d = await damagedBank((bytes) => {
      const copy = Buffer.from(bytes);
      copy.fill(0, at(bytes, 'Delta') - 20);
      return copy;
    });
    await recoverAndCheck(d);
    expect(await titles(d.api)).toEqual(['Alpha', 'Bravo', 'Bravo (recovered)', 'Charlie']);
  });

  it('a file with nothing readable: the report says so and recovering adds nothing', async () => {
    const d = await damagedBank((bytes) => Buffer.from(bytes.map((b, i) => (i % 3 === 0 ? 0xff : b ^ 0x80))));
    const preview = await d.api.call('recoverDamagedBank', { noticeId: d.noticeId, apply: true });
    expect(preview.toAdd).toBe(0);
    expect(preview.summary).toMatch(/Nothing in .* could be read/);
    expect(await titles(d.api)).toEqual(['Alpha', 'Bravo']);
  });

  it('names no path: an unknown notice, or one without a moved file, is refused', async () => {
    const d = await damagedBank((bytes) => bytes.subarray(0, 100));
    await expect(d.api.call('recoverDamagedBank', { noticeId: 'notice_nope', apply: true })).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('reading a damaged file piece by piece', () => {
  it('repairs a compact (one-line) file cut short as a whole', () => {
    const pieces = documentPieces('{"schemaVersion":2,"stories":[{"id":"story_a1","title":"One"},{"id":"story_b');
    expect(pieces.lists.stories.map((i) => (i.value as { id: string }).id)).toEqual(['story_a1', 'story_b']);
  });

  it('counts a story that was cut before any of its words as lost, not as an empty story', () => {
    const text = '{\n  "schemaVersion": 2,\n  "stories": [\n    {\n      "id": "story_a1",\n      "tit';
    const salvage = salvageBank(Buffer.from(text));
    expect(salvage.items.stories).toEqual([]);
    expect(salvage.lost.stories).toBe(1);
  });
});
