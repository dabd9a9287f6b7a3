// The export channels through dispatch (request and response schemas included), with a real bank in a temp folder:
// the sheet preview, the documents, saving through a (stand-in) native dialog, and downloads for the web bridge.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportedFile } from '#shared/api/channels/exports';
import type { StoryFields } from '#shared/domain/schemas';
import type { HandlerContext, SaveDialogOptions } from '../../../main/api/context';
import { tempDir } from '../store/helpers';
import { closeApis, openApi } from '../api-harness';

afterEach(closeApis);

const app = (native: HandlerContext['native'] = {}) => openApi({ native, dataDir: tempDir('storybank-exports-') });

const STORIES: Partial<StoryFields>[] = [
  {
    title: 'Cut ranking latency so search could ship',
    status: 'ready',
    competencies: ['ml.ownership'],
    situation: 'Our new ranker beat the old one offline, but p99 latency was 310 ms against a 120 ms budget.',
    task: 'I owned getting it under budget in one quarter.',
    action: 'I moved heavy features into a cache and distilled the model into a 6-layer student.',
    result: 'p99 latency went from 310 ms to 95 ms and click-through rose 4.2%.',
    reflection: 'Latency budgets go in the design doc first.',
  },
  {
    title: 'Rebuilt the fraud pipeline after a silent data bug',
    status: 'ready',
    competencies: ['ml.technical-depth'],
    situation: 'Fraud losses crept up 18% while dashboards stayed green.',
    task: 'Find out why, and catch the next data problem within a day.',
    action: 'I traced it to a join that dropped chargebacks and wrote data contracts for 14 tables.',
    result: 'Losses fell from $420k to $260k per month.',
    reflection: 'Monitor the data, not only the model.',
  },
  {
    title: 'A draft about mentoring',
    status: 'draft',
    situation: 'Two juniors joined.',
    result: 'Both now own a model.',
  },
];

async function seeded(native: HandlerContext['native'] = {}) {
  const handle = await app(native);
  const ids: string[] = [];
  for (const fields of STORIES) ids.push((await handle.call('createStory', { fields })).id);
  await handle.call('updateProfile', { name: 'Dana Whitfield', targetRole: 'Senior ML Engineer' });
  return { ...handle, ids };
}

function downloaded(file: ExportedFile): Buffer {
  if (file.delivery !== 'download') throw new Error(`expected a download, got ${file.delivery}`);
  return Buffer.from(file.base64, 'base64');
}

const docxText = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value;

describe('planStorySheet', () => {
  it('plans the ready stories with the profile and the paper size from settings, and writes nothing', async () => {
    const { call, ids, services } = await seeded();
    await call('updateSettings', { paperSize: 'letter' });
    const before = readFileSync(services.bankPath, 'utf8');
    const preview = await call('planStorySheet', {
      scope: { kind: 'ready' },
      company: 'Northwind',
      date: '2026-05-04',
    });
    expect(preview.paper).toBe('letter');
    expect(preview.report.stories.map((s) => s.id)).toEqual(ids.slice(0, 2));
    expect(preview.header.name).toBe('Dana Whitfield');
    expect(preview.header.subline).toContain('Northwind');
    expect(preview.header.subline).toContain('4 May 2026');
    expect(preview.report.mode).toBe('full');
    expect(readFileSync(services.bankPath, 'utf8')).toBe(before);
  });

  it('reports what it shortens when a story is long', async () => {
    const { call } = await seeded();
    const long = await call('createStory', {
      fields: {
        title: 'A very long story',
        action: 'I met with every team, wrote the plan, and reviewed every change myself. '.repeat(40),
      },
    });
    const preview = await call('planStorySheet', { scope: { kind: 'stories', storyIds: [long.id] } });
    const action = preview.report.stories[0].fields.find((f) => f.field === 'action')!;
    expect(action.status).toBe('shortened');
    expect(action.shownChars).toBeLessThan(action.totalChars);
    expect(preview.report.summary.join(' ')).toMatch(/Action cue shortened for 1 of 1 stories/);
  });

  it('orders a loop by round and maps its rounds', async () => {
    const { call, ids } = await seeded();
    const loop = await call('createLoop', {
      company: 'Acme',
      role: 'Staff MLE',
      frameworkId: 'senior-ml-engineer',
      date: '2026-06-01',
      rounds: [
        { name: 'Hiring manager', focus: [], storyIds: [ids[1]] },
        { name: 'Onsite', focus: [], storyIds: [ids[0], ids[1]] },
      ],
    });
    const preview = await call('planStorySheet', { scope: { kind: 'loop', loopId: loop.id } });
    expect(preview.report.stories.map((s) => s.id)).toEqual([ids[1], ids[0]]);
    expect(preview.report.loopMap).toBe('full');
    expect(preview.header.subline).toContain('Acme');
    expect(preview.header.subline).toContain('1 June 2026');
  });

  it('refuses an empty choice with a message that says what to do', async () => {
    const { call, ids } = await app().then(async (h) => ({
      ...h,
      ids: [(await h.call('createStory', { fields: { title: 'Draft' } })).id],
    }));
    await expect(call('planStorySheet', { scope: { kind: 'ready' } })).rejects.toMatchObject({
      code: 'invalid-request',
      message: expect.stringMatching(/No story is marked “ready”/),
    });
    await call('deleteStory', { id: ids[0] });
    await expect(call('planStorySheet', { scope: { kind: 'stories', storyIds: ids } })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/no longer in the bank/),
    });
    await expect(call('planStorySheet', { scope: { kind: 'stories', storyIds: [] } })).rejects.toMatchObject({
      code: 'invalid-request',
    });
  });
});

describe('exports through the web bridge (no native dialog): the file comes back to download', () => {
  it('story sheet: a .docx with the titles, named after the company', async () => {
    const { call } = await seeded();
    const { file, report } = await call('exportStorySheet', {
      scope: { kind: 'ready' },
      company: 'Northwind Robotics',
    });
    const bytes = downloaded(file);
    expect(file).toMatchObject({
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      stories: 2,
      bytes: bytes.length,
    });
    expect(file.fileName).toMatch(/^story-sheet-northwind-robotics-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    // Numbers are joined to their units with no-break spaces.
    const text = (await docxText(bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Cut ranking latency so search could ship');
    expect(text).toContain('$420k → $260k');
    expect(report.stories).toHaveLength(2);
  });

  it('story book: every field, with the readiness appendix only when asked', async () => {
    const { call, ids } = await seeded();
    const withAppendix = await docxText(
      downloaded((await call('exportStoryBook', { scope: { kind: 'all' }, appendix: true })).file),
    );
    expect(withAppendix).toContain('Appendix: readiness');
    expect(withAppendix).toContain('A draft about mentoring');
    expect(withAppendix).toContain('Latency budgets go in the design doc first.');
    expect(withAppendix).toMatch(/\b\d{1,3}\s*\/\s*100\b/);
    const plain = await docxText(
      downloaded((await call('exportStoryBook', { scope: { kind: 'stories', storyIds: [ids[2]] } })).file),
    );
    expect(plain).not.toContain('Appendix');
    expect(plain).not.toContain('Cut ranking latency');
  });

  it('Markdown and CSV import back into the same stories; the JSON backup holds the whole bank', async () => {
    const { call } = await seeded();
    const stories = (await call('getBank', {})).stories.filter((s) => !s.deletedAt);
    const editable = (s: (typeof stories)[number]) => ({
      title: s.title,
      project: s.project,
      role: s.role,
      situation: s.situation,
      task: s.task,
      action: s.action,
      result: s.result,
      reflection: s.reflection,
      competencies: s.competencies,
      stages: s.stages,
      companies: s.companies,
      status: s.status,
      notes: s.notes,
    });
    for (const channel of ['exportMarkdown', 'exportCsv'] as const) {
      const { file } = await call(channel, {});
      expect(file.stories).toBe(3);
      const other = await app();
      const preview = await other.call('previewImport', {
        base64: downloaded(file).toString('base64'),
        fileName: file.fileName,
      });
      expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([]);
      await other.call('commitImport', { base64: downloaded(file).toString('base64'), fileName: file.fileName });
      const back = (await other.call('getBank', {})).stories.filter((s) => !s.deletedAt);
      expect(
        back.map(editable).sort((a, b) => a.title.localeCompare(b.title)),
        channel,
      ).toEqual(stories.map(editable).sort((a, b) => a.title.localeCompare(b.title)));
    }
    const { file } = await call('exportJsonBackup', {});
    expect(file.fileName).toMatch(/^storybank-backup-.*\.json$/);
    const bank = JSON.parse(downloaded(file).toString('utf8')) as { stories: unknown[]; profile: { name: string } };
    expect(bank.stories).toHaveLength(3);
    expect(bank.profile.name).toBe('Dana Whitfield');
  });
});

describe('Markdown and CSV exports name tags as the app shows them', () => {
  it('write competency and stage names, not ids, and import them back to the same ids', async () => {
    const { call } = await app();
    await call('createStory', {
      fields: {
        title: 'Kept the fraud model up through peak season',
        competencies: ['ml.production-reliability', 'ml.ownership', 'custom-tag'],
        stages: ['behavioral', 'project-deep-dive'],
        situation: 'Peak traffic tripled.',
        result: 'No outage in 6 weeks.',
      },
    });
    for (const channel of ['exportMarkdown', 'exportCsv'] as const) {
      const { file } = await call(channel, {});
      const text = downloaded(file).toString('utf8');
      expect(text, channel).toContain('Production and reliability; Ownership end to end; custom-tag');
      expect(text, channel).toContain('Behavioral / leadership; Project deep-dive');
      expect(text, channel).not.toMatch(/ml\.production-reliability|ml\.ownership|behavioral;/);
      const other = await app();
      await other.call('commitImport', { base64: downloaded(file).toString('base64'), fileName: file.fileName });
      const [back] = (await other.call('getBank', {})).stories.filter((s) => !s.deletedAt);
      expect(back, channel).toMatchObject({
        competencies: ['ml.production-reliability', 'ml.ownership', 'custom-tag'],
        stages: ['behavioral', 'project-deep-dive'],
      });
    }
  });
});

describe('exports in the desktop app: the native save dialog, a durable write, and the last folder remembered', () => {
  function dialog(answers: (string | undefined)[]) {
    const asked: (SaveDialogOptions & { defaultFolder?: string })[] = [];
    return {
      asked,
      native: {
        showSaveDialog: async (options: SaveDialogOptions & { defaultFolder?: string }) => {
          asked.push(options);
          return answers.shift();
        },
      },
    };
  }

  it('saves where the user chose, then offers that folder next time', async () => {
    const folder = tempDir('storybank-export-target-');
    const { asked, native } = dialog([join(folder, 'sheet.docx'), join(folder, 'stories')]);
    const { call } = await seeded(native);
    const { file } = await call('exportStorySheet', { scope: { kind: 'ready' } });
    expect(file).toMatchObject({
      delivery: 'saved',
      path: join(folder, 'sheet.docx'),
      fileName: 'sheet.docx',
      stories: 2,
    });
    expect(readFileSync(join(folder, 'sheet.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(statSync(join(folder, 'sheet.docx')).size).toBe(file.bytes);
    expect(asked[0]).toMatchObject({
      defaultName: expect.stringMatching(/^story-sheet-dana-whitfield-.*\.docx$/),
      filters: [{ extensions: ['docx'] }],
    });
    expect(asked[0].defaultFolder).toBeUndefined();
    expect((await call('getBank', {})).settings.lastExportFolder).toBe(folder);

    // A name typed without an extension gets one.
    const md = await call('exportMarkdown', { scope: { kind: 'ready' } });
    expect(asked[1].defaultFolder).toBe(folder);
    expect(md.file).toMatchObject({ delivery: 'saved', path: join(folder, 'stories.md') });
    expect(readFileSync(join(folder, 'stories.md'), 'utf8')).toContain('Rebuilt the fraud pipeline');
  });

  it('cancelling the dialog writes nothing and says so', async () => {
    const { native } = dialog([undefined]);
    const { call } = await seeded(native);
    await expect(call('exportCsv', {})).rejects.toMatchObject({ code: 'cancelled' });
    expect((await call('getBank', {})).settings.lastExportFolder).toBeUndefined();
  });

  it('a folder that cannot be written gives a clear error, leaves nothing behind and does not move the last folder', async () => {
    // A folder that vanished between the dialog and the write (a USB stick pulled out); works even as root.
    const gone = join(tempDir('storybank-export-gone-'), 'unplugged');
    const { native } = dialog([join(gone, 'backup.json')]);
    const { call } = await seeded(native);
    await expect(call('exportJsonBackup', {})).rejects.toMatchObject({
      code: 'io-error',
      message: expect.stringMatching(/Could not save .*backup\.json/),
    });
    expect(existsSync(gone)).toBe(false);
    expect((await call('getBank', {})).settings.lastExportFolder).toBeUndefined();
  });
});
