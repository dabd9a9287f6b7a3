// The messages between the page and the search worker, and the worker's side of them as a plain
// function (index-worker.ts wires it to the worker's messages; tests run it in-process).
import type { StoryMatch } from './search-fields';
import type { SearchDoc, TextIndex } from './text-index';

export type ToIndexWorker =
  | { kind: 'add'; docs: SearchDoc[] }
  | { kind: 'discard'; ids: string[] }
  | { kind: 'query'; key: string; text: string };

export type FromIndexWorker =
  { kind: 'added'; count: number } | { kind: 'matches'; key: string; matches: StoryMatch[] };

/** Applies one message to the worker's index; returns the answer to send back, if any. */
export function serveIndex(index: TextIndex, message: ToIndexWorker): FromIndexWorker | undefined {
  switch (message.kind) {
    case 'add':
      index.add(message.docs);
      return { kind: 'added', count: message.docs.length };
    case 'discard':
      for (const id of message.ids) index.discard(id);
      return undefined;
    case 'query':
      return { kind: 'matches', key: message.key, matches: index.query(message.text) };
  }
}
