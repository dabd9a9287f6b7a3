// The names follow-up verdicts are filed under, by the words of the story rather than by offsets, so a
// change to the sentence splitter (a bullet skipped, a sentence cut in two) keeps every verdict.
//
// A key is `kind section: words`: the question's kind, its anchor's section, and the words of the sentence
// its anchor starts in, as written ("metric result: Cut p95 latency from 800 ms to 120 ms."). Only the
// words count (letters and digits, any case), so punctuation, bullets and spacing may change. Real stories
// must never be copied into the repo, so their keys hold a hash of those words and how many there are
// instead (`metric result: #1a2b3c4d/9`). A question has the verdict whose words, found once in its
// section, contain the start of its anchor.
import type { StorySection } from '../domain-types';
import { SIGNAL_SECTIONS, type StorySentence, type StoryText } from './story-sentences';

/** A verdict key found in a story: the words it names, as offsets into the section. */
export interface KeySpan {
  kind: string;
  section: StorySection;
  /** From the end of the word before (so leading punctuation belongs to it) to the end of its last word. */
  start: number;
  /** Where its first word starts: a must-ask question's anchor has to cover it. */
  firstWord: number;
  end: number;
}

/** How a key names its words: as they are (stories we wrote) or by a hash (real stories). */
export type KeyForm = 'text' | 'hash';

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const KEY = /^(\S+) (\w+): (.+)$/s;
const HASHED = /^#([0-9a-f]{8})\/(\d+)$/;

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

// FNV-1a, 32 bits: stable across runs and platforms, and enough to tell the windows of one section apart.
function hashWords(words: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of words.join(' ')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function isSection(name: string): name is StorySection {
  return (SIGNAL_SECTIONS as readonly string[]).includes(name);
}

/**
 * Finds where a key's words are in the story. Throws with the reason when the key is malformed, names no
 * words of its section, or names words found more than once there (the key would be ambiguous).
 */
export function locateKey(story: StoryText, key: string): KeySpan {
  const m = KEY.exec(key);
  if (!m || !isSection(m[2]))
    throw new Error(`Bad verdict key "${key}": expected "kind section: words of the sentence" (or "#hash/count").`);
  const [, kind, section, named] = m;
  return { kind, ...locateWords(story, section, named, `Verdict key "${key}"`) };
}

/**
 * Finds the words `named` (as written, or "#hash/count") once in a section of the story; `what` names the
 * key in the error thrown when they are not there or are there more than once.
 */
export function locateWords(
  story: StoryText,
  section: StorySection,
  named: string,
  what: string,
): Omit<KeySpan, 'kind'> {
  const words = wordsOf(story[section] ?? '');
  const hashed = HASHED.exec(named);
  const count = hashed ? Number(hashed[2]) : wordsOf(named).length;
  const wanted = hashed ? null : wordsOf(named).map((w) => w.text);
  if (count === 0) throw new Error(`${what}: it names no words.`);
  const found: number[] = [];
  for (let i = 0; i + count <= words.length; i++) {
    const run = words.slice(i, i + count).map((w) => w.text);
    if (wanted ? run.every((w, j) => w === wanted[j]) : hashWords(run) === hashed?.[1]) found.push(i);
  }
  if (found.length === 0) throw new Error(`${what}: its words are not in the story's ${section}.`);
  if (found.length > 1) throw new Error(`${what}: its words are in the ${section} ${found.length} times.`);
  const i = found[0];
  return {
    section,
    start: i === 0 ? 0 : words[i - 1].end,
    firstWord: words[i].start,
    end: words[i + count - 1].end,
  };
}

/** "section: words" (a layer label's key): the section and the words it names, or undefined when malformed. */
export function parseSectionKey(key: string): { section: StorySection; words: string } | undefined {
  const m = /^(\w+): (.+)$/s.exec(key);
  return m && isSection(m[1]) ? { section: m[1], words: m[2] } : undefined;
}

/** The words of a story from `start` to `end` of a section, as a key names them in the given form. */
export function keyWords(story: StoryText, section: StorySection, start: number, end: number, form: KeyForm): string {
  const text = (story[section] ?? '').slice(start, end);
  if (form === 'text') return text.replace(/\s+/g, ' ').trim();
  const words = wordsOf(text).map((w) => w.text);
  return `#${hashWords(words)}/${words.length}`;
}

/** The key a question's verdict is filed under: its kind, section and the sentence its anchor starts in. */
export function followUpKey(
  f: { kind: string; anchor: { section: StorySection; start: number } },
  sentences: readonly StorySentence[],
  story: StoryText,
  form: KeyForm = 'text',
): string {
  const { section, start } = f.anchor;
  const inSection = sentences.filter((x) => x.section === section);
  // The sentence the anchor starts in, or else the next one (an anchor on the space between two).
  const s = inSection.find((x) => x.start <= start && start < x.end) ?? inSection.find((x) => x.start >= start);
  const words = s ? keyWords(story, section, s.start, s.end, form) : keyWords(story, section, start, start + 1, form);
  return `${f.kind} ${section}: ${words}`;
}
