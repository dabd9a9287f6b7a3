// Splits a notice's message so the file paths in it can be shown as <code> (as text, never as HTML).
export interface Segment {
  text: string;
  path: boolean;
}

export function pathSegments(message: string, paths: readonly (string | undefined)[]): Segment[] {
  // Longest first, so a path that contains another (a file inside the bank's folder) wins.
  const known = [...new Set(paths.filter((p): p is string => !!p))].sort((a, b) => b.length - a.length);
  const segments: Segment[] = [];
  let rest = message;
  while (rest) {
    let best: { at: number; path: string } | undefined;
    for (const path of known) {
      const at = rest.indexOf(path);
      if (at >= 0 && (!best || at < best.at)) best = { at, path };
    }
    if (!best) {
      segments.push({ text: rest, path: false });
      break;
    }
    if (best.at > 0) segments.push({ text: rest.slice(0, best.at), path: false });
    segments.push({ text: best.path, path: true });
    rest = rest.slice(best.at + best.path.length);
  }
  return segments;
}
