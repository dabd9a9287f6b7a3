// withPrintMedia (harness.ts) puts the page back to screen media after measuring in print media, also when
// the measuring throws, so a later test on the same page is not left in print mode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, withPrintMedia, type AppUnderTest } from './harness';

describe('print media in e2e tests', () => {
  let app: AppUnderTest;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const printing = () => app.page.evaluate(() => matchMedia('print').matches);

  it('is print inside withPrintMedia and screen after it, even when the measuring throws', async () => {
    expect(await withPrintMedia(app.page, printing)).toBe(true);
    expect(await printing()).toBe(false);
    await expect(
      withPrintMedia(app.page, async () => {
        expect(await printing()).toBe(true);
        throw new Error('a failed measurement');
      }),
    ).rejects.toThrow('a failed measurement');
    expect(await printing()).toBe(false);
  });
});
