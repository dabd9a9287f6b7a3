// Stopping `npm run web` (Ctrl+C, SIGTERM): stop serving, let the bank's queued writes reach the disk and
// release its lock, then exit. A second signal while that runs (Ctrl+C pressed again) joins the same stop.
import { closeServices, type AppServices } from '../services';
import type { RunningBridge } from './bridge-server';

export interface BridgeStopOptions {
  bridge: Pick<RunningBridge, 'close'>;
  services: AppServices;
  /** process.exit in the real bridge. */
  exit: (code: number) => void;
  /** console.error in the real bridge. */
  report: (message: string, error: unknown) => void;
}

/** The stop to run on SIGINT/SIGTERM: exits 0 once the bank is saved and unlocked; 1 (after saying why) if not. */
export function bridgeStopper({ bridge, services, exit, report }: BridgeStopOptions): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const stop = async () => {
    try {
      await bridge.close();
      await closeServices(services);
    } catch (error) {
      report('Storybank could not finish saving before stopping:', error);
      exit(1);
      return;
    }
    exit(0);
  };
  return () => (stopping ??= stop());
}
