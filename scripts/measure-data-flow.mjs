// Figures for the data-flow rule (issue #16), measured from the source: which renderer files call the
// API directly, hand-written useEffect loaders, read channels, the places that compute readiness,
// import cycles, and the longest relative import. `node scripts/measure-data-flow.mjs [root]`.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const SOURCE = /\.(ts|tsx)$/;

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'out') return [];
    return statSync(path).isDirectory() ? walk(path) : SOURCE.test(name) ? [path] : [];
  });
}

const files = ['shared', 'main', 'renderer'].flatMap((d) => walk(join(root, d)));
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
const rel = (f) => relative(root, f);

// 1. Renderer files that talk to the API themselves (the API module and the bank store excepted).
const apiCallers = files.filter(
  (f) =>
    rel(f).startsWith('renderer/') &&
    !rel(f).startsWith('renderer/src/api/') &&
    !rel(f).endsWith('renderer/src/data/bank-context.tsx') &&
    /\buseApi\(\)|window\.storybank\b/.test(text.get(f)),
);

// 2. useEffect bodies that fetch something and set state when it arrives.
function effectBodies(source) {
  const bodies = [];
  for (let at = source.indexOf('useEffect('); at >= 0; at = source.indexOf('useEffect(', at + 1)) {
    let depth = 0;
    let end = at + 'useEffect('.length - 1;
    for (; end < source.length; end++) {
      if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    bodies.push(source.slice(at, end));
  }
  return bodies;
}
const loaders = files
  .filter((f) => rel(f).startsWith('renderer/'))
  .flatMap((f) =>
    effectBodies(text.get(f))
      .filter((b) => /\.then\(/.test(b) && /\bapi\.|store\.\w+\(\)\.then|let live/.test(b))
      .map(() => rel(f)),
  );

// 3. Channels that only read (their names say so), from the contract's channel files.
const channelNames = files
  .filter((f) => rel(f).startsWith('shared/api/channels/'))
  .flatMap((f) => [...text.get(f).matchAll(/^\s{2}(\w+): channel\(/gm)].map((m) => m[1]));
const READ =
  /^(get|list|current|appInfo$|coverageMatrix$|loopWarnings$|rankStoriesForQuestion$|planStorySheet$|previewImport$)/;
const readChannels = channelNames.filter((n) => READ.test(n));
// A read channel no renderer file calls (`api.name(`, `this.api.name(`) is one the store made unused.
const rendererText = files
  .filter((f) => rel(f).startsWith('renderer/'))
  .map((f) => text.get(f))
  .join('\n');
const unusedReads = readChannels.filter((n) => !new RegExp(`\\.${n}\\(`).test(rendererText));

// 4. Places that turn a story into its readiness number.
const readinessPlaces = files.flatMap((f) =>
  text
    .get(f)
    .split('\n')
    .map((line, i) => [line, i + 1])
    .filter(([line]) => /score\.total\b|analyzerReadiness\(|readinessOfReport\(/.test(line))
    .filter(([line]) => !/^\s*(\/\/|\*)/.test(line))
    .map(([, n]) => `${rel(f)}:${n}`),
);

// 5. Import cycles (type-only imports included: they still tie the modules together for a reader).
const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g;
function resolveImport(from, spec) {
  let base;
  if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else if (spec.startsWith('#shared/')) base = join(root, 'shared', spec.slice('#shared/'.length));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (text.has(candidate)) return candidate;
  return null;
}
const graph = new Map();
const climbs = [];
for (const f of files) {
  const targets = [];
  for (const m of text.get(f).matchAll(IMPORT)) {
    const spec = m[1];
    if (spec.startsWith('../'))
      climbs.push({ file: rel(f), spec, depth: spec.split('/').filter((p) => p === '..').length });
    const target = resolveImport(f, spec);
    if (target) targets.push(target);
  }
  graph.set(f, targets);
}
// Tarjan's strongly connected components: each component with more than one module is a cycle.
let index = 0;
const stack = [];
const meta = new Map();
const cycles = [];
function connect(v) {
  meta.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of graph.get(v) ?? []) {
    if (!meta.has(w)) {
      connect(w);
      meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
    } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
  }
  if (meta.get(v).low === meta.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      meta.get(w).onStack = false;
      component.push(rel(w));
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const f of files) if (!meta.has(f)) connect(f);

const longest = climbs.reduce((a, b) => (b.depth > a.depth ? b : a), { depth: 0 });
const figures = {
  apiCallerFiles: apiCallers.length,
  useEffectLoaders: loaders.length,
  readChannels: readChannels.length,
  readChannelsUnusedByRenderer: unusedReads.length,
  channels: channelNames.length,
  readinessPlaces: readinessPlaces.length,
  importCycles: cycles.length,
  longestRelativeImport: longest.depth,
  importsClimbingFiveOrMore: climbs.filter((c) => c.depth >= 5).length,
};

if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
else {
  console.log(figures);
  console.log('\nAPI callers:', apiCallers.map(rel));
  console.log('Loaders:', loaders);
  console.log('Read channels:', readChannels);
  console.log('Read channels the renderer never calls:', unusedReads);
  console.log('Readiness:', readinessPlaces);
  console.log('Cycles:', cycles);
  console.log('Longest import:', longest.file, longest.spec);
}
