import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { PRELOAD_DEFINES } from '../../main/api/preload-defines';

// The build writes the channel names into the renderer (a Vite define); jsdom tests run unbundled, so
// the same value is put where the web bridge reads it.
Object.assign(globalThis, {
  __STORYBANK_CHANNELS__: JSON.parse(PRELOAD_DEFINES.__STORYBANK_CHANNELS__) as readonly string[],
});

// Role queries over a whole view are slow in jsdom, and slower still on a loaded shared machine:
// give findBy*/waitFor more than the default second before calling something missing.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  // The bank store journals unsaved edits in localStorage; each test starts with none.
  globalThis.localStorage?.clear();
});
