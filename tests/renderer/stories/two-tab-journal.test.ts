// Two tabs on one bank share localStorage: each keeps its own journal of unsaved edits, so one never
// overwrites the other's, and a tab that loads takes over only the journals of tabs no longer open.
import { describe, expect, it } from 'vitest';
import { BankStore } from '../../../renderer/src/data/bank-store';
import type { TabPresence } from '../../../renderer/src/data/tab-presence';
import { FakeStoryApi } from './fake-story-api';

/** Tabs whose open/closed state the test sets (the browser tells it by Web Locks). */
function tabs() {
  const open = new Set<string>();
  const tab = (id: string): Promise<TabPresence> => {
    open.add(id);
    return Promise.resolve({ id, openTabs: () => Promise.resolve(new Set(open)) });
  };
  return { tab, close: (id: string) => open.delete(id) };
}

async function visit(gateway: FakeStoryApi, tab: Promise<TabPresence>) {
  const store = new BankStore(gateway.asApi(), { delayMs: 10_000, tabs: tab });
  await store.load();
  return store;
}

describe('the unsaved-edit journal with two tabs', () => {
  it('keeps both tabs’ unsaved edits, and offers them once both tabs are closed', async () => {
    localStorage.clear();
    const gateway = new FakeStoryApi();
    const a = gateway.seed({ title: 'Latency' });
    const b = gateway.seed({ title: 'Hiring' });
    const browser = tabs();
    const first = await visit(gateway, browser.tab('one'));
    const second = await visit(gateway, browser.tab('two'));
    first.updateStory(a.id, { reflection: 'Typed in the first tab.' });
    second.updateStory(b.id, { reflection: 'Typed in the second tab.' });
    first.updateStory(a.id, { result: 'And more in the first.' }); // the first tab writes again, last
    browser.close('one');
    browser.close('two');

    const third = await visit(gateway, browser.tab('three'));
    const offered = third
      .getSnapshot()
      .unsaved.map((u) => u.title)
      .sort();
    expect(offered).toEqual(['Hiring', 'Latency']);
  });

  it('a tab that loads leaves an open tab’s unsaved edits alone', async () => {
    localStorage.clear();
    const gateway = new FakeStoryApi();
    const a = gateway.seed({ title: 'Latency' });
    const browser = tabs();
    const first = await visit(gateway, browser.tab('one'));
    first.updateStory(a.id, { reflection: 'Still being typed in the first tab.' });

    const second = await visit(gateway, browser.tab('two'));
    expect(second.getSnapshot().unsaved).toEqual([]);
    // The first tab closes without its save acknowledged: the next visit offers its text.
    browser.close('one');
    browser.close('two');
    const third = await visit(gateway, browser.tab('three'));
    expect(third.getSnapshot().unsaved.map((u) => u.title)).toEqual(['Latency']);
  });
});
