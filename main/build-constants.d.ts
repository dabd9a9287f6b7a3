/** Injected by electron.vite.config.ts at build time. */
declare const __STORYBANK_VERSION__: string;
/** Every channel name in shared/api/contract.ts, injected into the preload by main/api/preload-defines.ts. */
declare const __STORYBANK_CHANNELS__: readonly string[];
