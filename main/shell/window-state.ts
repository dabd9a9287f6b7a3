// Remembers the window's size and position between launches, in a small JSON file next to the bank.
import { readFileSync, writeFileSync } from 'node:fs';
import type { WindowBounds } from './create-window';

const DEFAULT_BOUNDS: WindowBounds = { width: 1280, height: 840 };

export function loadWindowBounds(file: string): WindowBounds {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowBounds>;
    const ok = (n: unknown, min: number) => typeof n === 'number' && Number.isFinite(n) && n >= min;
    if (ok(raw.width, 400) && ok(raw.height, 300)) {
      return {
        width: raw.width!,
        height: raw.height!,
        ...(Number.isFinite(raw.x) && Number.isFinite(raw.y) ? { x: raw.x, y: raw.y } : {}),
      };
    }
  } catch {
    // No saved state yet, or unreadable: fall back to the default size.
  }
  return { ...DEFAULT_BOUNDS };
}

export function saveWindowBounds(file: string, bounds: WindowBounds): void {
  try {
    writeFileSync(file, JSON.stringify(bounds));
  } catch {
    // Losing the window size is harmless; never block quitting on it.
  }
}
