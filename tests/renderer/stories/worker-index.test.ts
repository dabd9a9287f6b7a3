// The search worker's page side (WorkerIndex) against the index built in the page (StoryIndex): the
// worker's code runs here in-process behind a stand-in port that copies every message, as a real
// worker does, and answers in a later task.
import { describe, expect, it } from 'vitest';
import { newStory } from '#shared/domain/defaults';
import type { Story } from '#shared/domain/schemas';
import { serveIndex, type ToIndexWorker } from '../../../renderer/src/search/index-worker-protocol';
import { StoryIndex } from '../../../renderer/src/search/story-index';
import { TextIndex } from '../../../renderer/src/search/text-index';
import { WorkerIndex, type IndexPort } from '../../../renderer/src/search/worker-index';
import { manualScheduler } from './manual-scheduler';

/** The worker's code behind a port: messages are copied (structuredClone) and answered in a later task. */
function inProcessWorker() {
  const log = { started: 0, terminated: 0, messages: 0 };
  const start = (): IndexPort => {
    log.started++;
    const index = new TextIndex(); // each worker starts empty
    let live = true;
    const port: IndexPort = {
      onmessage: null,
      onerror: null,
      postMessage(message: ToIndexWorker) {
        log.messages++;
        const copy = structuredClone(message);
        setTimeout(() => {
          if (!live) return;
          const answer = serveIndex(index, copy);
          if (answer) port.onmessage?.({ data: structuredClone(answer) } as MessageEvent);
        }, 0);
      },
      terminate() {
        live = false;
        log.terminated++;
      },
    };
    return port;
  };
  return { start, log };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

const WORDS = ['latency', 'ranking', 'mentoring', 'fraud', 'budget', 'scheduler', 'pipeline', 'launch', 'canary'];
const bank: Story[] = Array.from({ length: 90 }, (_, i) =>
  newStory({
    title: `Story ${i} ${WORDS[i % WORDS.length]}`,
    action: `I worked on the ${WORDS[(i * 3) % WORDS.length]} and the ${WORDS[(i * 7) % WORDS.length]}.`,
    result: i % 4 === 0 ? `Cut it by ${i}% for 2M users.` : 'It went well.',
    competencies: [i % 2 ? 'ml.ownership' : 'ml.impact'],
    companies: [i % 2 ? 'Acme' : 'Globex'],
  }),
);
const QUERIES = ['latency', 'mentor', 'acme budget', 'story 42', 'pipelines', 'ownership', 'zzz'];
const tagName = (id: string) => (id === 'ml.ownership' ? 'Ownership' : 'Impact');

/** Builds the whole bank through the worker and waits for every answer. */
async function built(stories: readonly Story[]) {
  const clock = manualScheduler();
  const worker = inProcessWorker();
  const index = new WorkerIndex(worker.start, tagName, { scheduler: clock.scheduler, batchSize: 20 });
  index.track(stories);
  expect(index.remaining).toBe(stories.length); // nothing sent while the list paints
  clock.drain();
  await settle();
  return { index, clock, worker };
}

async function answerOf(index: WorkerIndex, text: string) {
  const now = index.answer(text);
  if (now) return now;
  await settle();
  return index.answer(text);
}

describe('WorkerIndex', () => {
  it('gives the same matches as the index built in the page: ids, order, scores, terms and fields', async () => {
    const { index } = await built(bank);
    expect(index.remaining).toBe(0);
    expect(index.indexedCount).toBe(bank.length);
    const reference = new StoryIndex(tagName);
    reference.sync(bank);
    for (const q of QUERIES) expect(await answerOf(index, q)).toEqual(reference.query(q));
  });

  it('sends slices in idle time and counts stories as searchable once the worker has indexed them', async () => {
    const clock = manualScheduler();
    const worker = inProcessWorker();
    const index = new WorkerIndex(worker.start, tagName, { scheduler: clock.scheduler, batchSize: 20 });
    index.track(bank);
    clock.step();
    expect(index.remaining).toBe(bank.length); // sent, not yet indexed
    await settle();
    expect(index.indexedCount).toBeGreaterThan(0);
    expect(index.indexedCount + index.remaining).toBe(bank.length);
    clock.drain();
    await settle();
    expect(index.remaining).toBe(0);
  });

  it('follows edits and deletions, an edit after the build in one message at once', async () => {
    const { index, worker } = await built(bank);
    const edited = { ...bank[5], result: 'Recovery time fell from 9 hours to 2.' };
    const next = bank.filter((s) => s.id !== bank[7].id).map((s) => (s.id === edited.id ? edited : s));
    const before = worker.log.messages;
    index.track(next);
    expect(worker.log.messages - before).toBe(2); // drop the old two, add the edited one
    const ids = (matches: { id: string }[] | undefined) => (matches ?? []).map((m) => m.id).sort();
    const reference = new StoryIndex(tagName);
    reference.sync(next);
    for (const q of [...QUERIES, 'recovery', 'story 7'])
      expect(ids(await answerOf(index, q))).toEqual(ids(reference.query(q)));
  });

  it('answers nothing stale: a question asked before an edit is asked again after it', async () => {
    const { index } = await built(bank);
    expect((await answerOf(index, 'onboarding'))!).toEqual([]);
    index.track(bank.map((s, i) => (i === 9 ? { ...s, title: 'Renamed onboarding story' } : s)));
    expect(index.answer('onboarding')).toBeUndefined();
    expect((await answerOf(index, 'onboarding'))!.map((m) => m.id)).toEqual([bank[9].id]);
  });

  it('indexes in the page instead when the worker fails', async () => {
    const clock = manualScheduler();
    let port: IndexPort | undefined;
    const index = new WorkerIndex(
      () => (port = { postMessage: () => undefined, onmessage: null, onerror: null, terminate: () => undefined }),
      tagName,
      { scheduler: clock.scheduler },
    );
    index.track(bank);
    port!.onerror!(new Event('error'));
    clock.drain();
    const reference = new StoryIndex(tagName);
    reference.sync(bank);
    expect(index.remaining).toBe(0);
    expect(index.answer('latency')).toEqual(reference.query('latency'));
  });

  it('dispose stops the worker; tracking again starts a new one and sends the bank again', async () => {
    const { index, clock, worker } = await built(bank);
    index.dispose();
    expect(worker.log.terminated).toBe(1);
    index.track(bank);
    expect(worker.log.started).toBe(2);
    expect(index.remaining).toBe(bank.length);
    clock.drain();
    await settle();
    expect(index.remaining).toBe(0);
  });
});
