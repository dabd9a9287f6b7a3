/** Injected by electron.vite.config.ts at build time. */
declare const __STORYBANK_VERSION__: string;
