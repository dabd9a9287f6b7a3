/** Every channel name in shared/api/contract.ts, written into the build by main/api/preload-defines.ts. */
declare const __STORYBANK_CHANNELS__: readonly string[];
