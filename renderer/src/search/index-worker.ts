// The search worker: holds the MiniSearch index of a big bank off the page's thread, so building it
// (and the garbage it makes) never holds up typing or scrolling. See worker-index.ts for the page's side.
import { serveIndex, type FromIndexWorker, type ToIndexWorker } from './index-worker-protocol';
import { TextIndex } from './text-index';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToIndexWorker>) => void) | null;
  postMessage(message: FromIndexWorker): void;
};
const index = new TextIndex();

scope.onmessage = (event) => {
  const answer = serveIndex(index, event.data);
  if (answer) scope.postMessage(answer);
};
