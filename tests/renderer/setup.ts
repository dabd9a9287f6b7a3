import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Role queries over a whole view are slow in jsdom, and slower still on a loaded shared machine:
// give findBy*/waitFor more than the default second before calling something missing.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  // The bank store journals unsaved edits in localStorage; each test starts with none.
  globalThis.localStorage?.clear();
});
