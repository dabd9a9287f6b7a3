// Types for electron-binary.mjs (a plain script, so `npm start` runs before anything is compiled).
export type ElectronBinary =
  | { installed: true; path: string; version: string }
  | { installed: false; version?: string; missing: string; why: string; fix: string };

export function electronBinary(root: string, env?: Record<string, string | undefined>): ElectronBinary;
export function missingElectronMessage(
  result: Extract<ElectronBinary, { installed: false }>,
  nodeVersion?: string,
): string;
