// #17.2: the web bridge client chooses keepalive by UTF-8 bytes and falls back to a plain request.
// The fake fetch refuses keepalive bodies over 64 KiB the way Chromium does (a TypeError, as for a
// network failure), so a body that is short in characters but long in bytes used to fail forever.
import { describe, expect, it } from 'vitest';
import { createWebBridgeApi } from '../../../renderer/src/api/web-bridge';

const QUOTA = 64 * 1024;

function chromiumLikeFetch(sent: { keepalive: boolean; bytes: number }[], quotaInUse = 0) {
  return (async (_url: string, init: RequestInit) => {
    const bytes = new TextEncoder().encode(String(init.body)).length;
    sent.push({ keepalive: init.keepalive === true, bytes });
    if (init.keepalive && bytes + quotaInUse > QUOTA) throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify({ ok: true, value: { saved: true } }));
  }) as typeof fetch;
}

describe('web bridge requests with long non-ASCII text', () => {
  for (const [script, text] of [
    ['CJK', '故事'.repeat(10_000).repeat(2)], // 40,000 characters, 120,000 bytes
    ['Cyrillic', 'История'.repeat(5_400)], // 37,800 characters, 75,600 bytes
  ] as const) {
    it(`${script}: sent without keepalive (over the byte quota), and saved`, async () => {
      const sent: { keepalive: boolean; bytes: number }[] = [];
      const api = createWebBridgeApi('token', chromiumLikeFetch(sent));
      await expect(api.updateStory({ id: 'story_a', fields: { situation: text } })).resolves.toEqual({ saved: true });
      expect(sent.at(-1)).toMatchObject({ keepalive: false });
    });
  }

  it('falls back to a plain request when other keepalive requests use up the quota', async () => {
    const sent: { keepalive: boolean; bytes: number }[] = [];
    const api = createWebBridgeApi('token', chromiumLikeFetch(sent, QUOTA - 10));
    await expect(api.updateStory({ id: 'story_a', fields: { situation: 'short edit' } })).resolves.toEqual({
      saved: true,
    });
    expect(sent.map((s) => s.keepalive)).toEqual([true, false]);
  });

  it('a server that is really gone is still reported as such', async () => {
    const api = createWebBridgeApi('token', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    await expect(api.getBank({})).rejects.toThrow(/Storybank is not running/);
  });
});
