// Build time only (electron.vite.config.ts, vitest.config.ts): the constants the preload is compiled with.
// The preload runs sandboxed and imports no runtime code, so the channel names it exposes are written into
// it here, taken from the contract itself: a new channel reaches the renderer without a list to keep.
// A relative path, not `#shared/…`: Vite bundles config files with relative imports only and leaves the
// rest to Node, which cannot load the .ts file an alias points at.
import { contract } from '../../shared/api/contract';

/** `define` entries for the preload build, and the renderer's (the web bridge builds the same API object). */
export const PRELOAD_DEFINES = { __STORYBANK_CHANNELS__: JSON.stringify(Object.keys(contract)) };
