// Projects through dispatch (schemas included) with a real bank on disk: create, rename (stories
// follow), one deep dive per bank, layer notes, delete with or without unlinking, export the sheet.
import { afterEach, describe, expect, it } from 'vitest';
import { closeApis, openApi } from '../api-harness';

afterEach(closeApis);

describe('projects API', () => {
  it('creates, renames with its stories, marks one deep dive, keeps notes, and deletes', async () => {
    const { call, services } = await openApi({ prefix: 'storybank-projects-' });
    const created = await call('createProject', { name: '  Search   ranking ' });
    expect(created.projects.map((p) => p.name)).toEqual(['Search ranking']);
    await expect(call('createProject', { name: 'search RANKING' })).rejects.toMatchObject({ code: 'conflict' });

    const a = await call('createStory', { fields: { title: 'A', project: 'search ranking' } });
    const b = await call('createStory', { fields: { title: 'B', project: 'Checkout' } });

    // Notes on a project only stories name create its record.
    const noted = await call('updateProject', { name: 'checkout', changes: { layerNotes: { data: 'Card logs.' } } });
    expect(noted.projects.find((p) => p.name === 'Checkout')).toMatchObject({ layerNotes: { data: 'Card logs.' } });

    const renamed = await call('updateProject', {
      name: 'Search ranking',
      changes: { name: 'Ranking v2', deepDive: true },
    });
    expect(renamed.stories.map((s) => [s.id, s.project])).toEqual([[a.id, 'Ranking v2']]);
    const moved = await call('updateProject', { name: 'Checkout', changes: { deepDive: true } });
    expect(moved.projects.map((p) => [p.name, p.deepDive])).toEqual([
      ['Ranking v2', false],
      ['Checkout', true],
    ]);
    await expect(call('updateProject', { name: 'Checkout', changes: { name: 'ranking V2' } })).rejects.toMatchObject({
      code: 'conflict',
    });

    // '' clears a layer; other layers keep theirs.
    const cleared = await call('updateProject', {
      name: 'Checkout',
      changes: { layerNotes: { data: '', role: 'I led it.' } },
    });
    expect(cleared.projects.find((p) => p.name === 'Checkout')!.layerNotes).toEqual({ role: 'I led it.' });

    const deleted = await call('deleteProject', { name: 'checkout', unlinkStories: true });
    expect(deleted.stories.map((s) => [s.id, s.project])).toEqual([[b.id, '']]);
    expect(deleted.projects.map((p) => p.name)).toEqual(['Ranking v2']);
    // What the answers said is what is on disk.
    const bank = services.banks.current.bank;
    expect(bank.projects.map((p) => p.name)).toEqual(['Ranking v2']);
    expect(bank.stories.find((s) => s.id === a.id)!.project).toBe('Ranking v2');
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const { call, services } = await openApi({ prefix: 'storybank-projects-' });
    await call('createProject', { name: 'Ranking' });
    const before = JSON.stringify(services.banks.current.bank);
    await expect(call('createProject', { name: '   ' })).rejects.toThrow('A project needs a name.');
    await expect(call('createProject', { name: 'x'.repeat(201) })).rejects.toThrow(
      'The project name is longer than 200 characters. Shorten it and save again.',
    );
    await expect(
      call('updateProject', { name: 'Ranking', changes: { layerNotes: { data: 'x'.repeat(20_001) } } }),
    ).rejects.toThrow('The notes on data are longer than 20,000 characters. Shorten them and save again.');
    await expect(
      // @ts-expect-error an unknown layer
      call('updateProject', { name: 'Ranking', changes: { layerNotes: { vibes: 'x' } } }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
    await expect(call('updateProject', { name: 'Nope', changes: { deepDive: true } })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect(JSON.stringify(services.banks.current.bank)).toBe(before);
  });

  it('exports the deep-dive sheet as a download on the web bridge, with its report', async () => {
    const { call } = await openApi({ prefix: 'storybank-projects-' });
    await call('createStory', {
      fields: { title: 'Ranking', project: 'Ranking', result: 'Conversion rose from 3.1% to 3.6%.' },
    });
    const { file, report } = await call('exportDeepDive', { name: 'ranking', paper: 'letter', date: '2026-12-03' });
    expect(file).toMatchObject({ delivery: 'download', stories: 1 });
    expect(file.fileName).toMatch(/^deep-dive-ranking-\d{4}-\d{2}-\d{2}\.docx$/);
    expect(report.summary[0]).toMatch(/^Everything fits on one page/);
    await expect(call('exportDeepDive', { name: 'Nope' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
