// The text analyzer with a per-sentence cache for the editor: a keystroke changes one sentence, so
// only that sentence misses the cache and is analyzed again; the rest are offset lookups.
import type { AnalyzeOptions, FieldAnalysis, Finding, SentenceAnalysis, StoryReport, TextAnalysis } from './types';
import type { Story, StorySection } from './domain-types';
import { storyReport } from './story-report';
import { splitSentences } from './rules/language/split-sentences';
import { analyzeSentence, type SentenceRecord } from './sentence-analysis';
import type { SentenceContext } from './sentence-facts';
import { isWeWithoutI, weWithoutIFinding } from './rules/marks/we-without-i';
import { pointsBack } from './rules/voices/effect-of-previous';
import { LruCache } from './sentence-cache';
import { opensOpenTodo } from './rules/lines/line-markup';
import { chatLineVoices, tellsOwnAct, type ChatLineVoice } from './rules/voices/chat-voices';

/** A clock time, as every chat stamp holds one ("09:14", "4:40 PM"). */
const CLOCK_TIME = /\d[:.]\d\d/;

export interface AnalyzerStats {
  /** Sentences analyzed from scratch. */
  misses: number;
  /** Sentences served from the cache. */
  hits: number;
}

export interface Analyzer {
  analyzeText(text: string, options?: AnalyzeOptions): TextAnalysis;
  /** analyzeText plus the field's pronoun counts, for the story-level "we without I" check. */
  analyzeField(text: string, options?: AnalyzeOptions): FieldAnalysis;
  /** analyzeStory through this analyzer's cache (only the STAR fields are read). */
  analyzeStory(story: Pick<Story, StorySection>): StoryReport;
  readonly stats: AnalyzerStats;
  clear(): void;
}

export interface AnalyzerOptions {
  /** Sentences kept per section (those read after a claim apart); the default holds a large bank. */
  cacheSize?: number;
  /** Sentences longer than this are analyzed but not cached (a pasted 1 MB blob should not pin memory). */
  maxCachedLength?: number;
}

/** The sentence, trailing blank space aside, ends with "?", '"' or "”": a question or a quoted line. */
function endsAsQuoteOrQuestion(sentence: string): boolean {
  const trimmed = sentence.trimEnd();
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return last === 63 || last === 34 || last === 0x201d;
}

const SECTION_KEYS = { situation: 's', task: 't', action: 'a', result: 'r', reflection: 'f' } as const;

/** What one analyzer keeps: one cache per section (and per "after a claim"), and its counts. */
interface AnalyzerState {
  // Keyed by the sentence itself: a key joined from a prefix and the sentence would be a new string to
  // flatten and hash on every lookup.
  caches: Map<string, [LruCache<string, SentenceRecord>, LruCache<string, SentenceRecord>]>;
  cacheSize: number;
  maxCachedLength: number;
  stats: AnalyzerStats;
}

/** "he" or "she" as a word, any case: the subject of a case, a bio, or a story's colleague. */
const THIRD_PERSON_PRONOUN = /\b(?:[Hh]e|[Ss]he|HE|SHE)\b/;

/**
 * The writer speaking in the first person ("I", "my", "we", "us"); "US" in capitals is a country, not read.
 * "our" alone is not: a nomination or a team page says "our ward" in the voice of the one who writes about the
 * writer ("She rebuilt our discharge checklist"), so its "she" is the writer (third-person-lines.ts).
 */
const WRITER_PRONOUN = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s)\b/;

/** The sentence's place in its field, [after a claim it points back to][after the writer's act], one shape. */
const READING_ORDERS: readonly (readonly SentenceContext[])[] = [
  [
    { afterClaim: false, afterAct: false },
    { afterClaim: false, afterAct: true },
  ],
  [
    { afterClaim: true, afterAct: false },
    { afterClaim: true, afterAct: true },
  ],
];

/** One sentence's record, from the analyzer's cache or analyzed now. */
function record(
  state: AnalyzerState,
  sentence: string,
  options: AnalyzeOptions | undefined,
  afterClaim: boolean,
  openTodo = false,
  othersChat = false,
  writerInField = false,
  ownChatAct = false,
  afterAct = false,
): SentenceRecord {
  // Only a sentence that points back ("This cut …") reads the one before it; the rest share one entry. A sentence
  // after the writer's act in the field is read as standing after the work (after-the-work.ts), in caches of its own.
  // One of four shared objects of one shape: no object made per sentence, no second shape for the readers.
  const context = READING_ORDERS[afterClaim && pointsBack(sentence) ? 1 : 0][afterAct ? 1 : 0];
  // An unticked to-do's line ("- [ ] …") is read as the plan it is, a later sentence of another speaker's
  // chat line as theirs, the writer's own chat message telling an act as the writer's claim; all rare, so
  // none is cached.
  if (openTodo || othersChat || ownChatAct) {
    state.stats.misses++;
    return analyzeSentence(sentence, options?.section, {
      ...context,
      openTodo,
      othersChat,
      writerInField,
      ownChatAct,
    });
  }
  // A "he" or "she" in a field where the writer says "I" is read as someone else. Common in first-person
  // stories ("my lead said she …"), so it is cached too, in caches of its own: the same words read alone differ.
  const readAs = writerInField ? { ...context, writerInField } : context;
  if (sentence.length > state.maxCachedLength) {
    state.stats.misses++;
    return analyzeSentence(sentence, options?.section, readAs);
  }
  const cacheKey =
    (options?.section ? SECTION_KEYS[options.section] : '-') +
    (writerInField ? '/others' : '') +
    (afterAct ? '/after' : '');
  let pair = state.caches.get(cacheKey);
  if (!pair) state.caches.set(cacheKey, (pair = [new LruCache(state.cacheSize), new LruCache(state.cacheSize)]));
  const cache = pair[context.afterClaim ? 1 : 0];
  const cached = cache.get(sentence);
  if (cached) {
    state.stats.hits++;
    return cached;
  }
  state.stats.misses++;
  const fresh = analyzeSentence(sentence, options?.section, readAs);
  // Just missed, and analyzing a sentence never touches this cache: the key is still absent.
  cache.add(sentence, fresh);
  return fresh;
}

/** A field's sentences through the analyzer's cache, with its pronoun counts (Analyzer.analyzeField). */
function analyzeFieldWith(state: AnalyzerState, text: string, options?: AnalyzeOptions): FieldAnalysis {
  const sentences: SentenceAnalysis[] = [];
  const findings: Finding[] = [];
  let words = 0;
  let singular = 0;
  let plural = 0;
  let firstPlural: { start: number; end: number } | undefined;
  let afterClaim = false;
  // The writer's claim told in an earlier sentence of the field: later sentences stand after the work. Context
  // sections (Situation, Task, Reflection) tell no result, so they never read it and share the plain caches.
  let afterAct = false;
  const ordered = options?.section !== 'situation' && options?.section !== 'task' && options?.section !== 'reflection';
  // A Result typed as lower-case notes lists one outcome per full stop, and a story field's lines may be
  // notes, one to a line; a free-standing claim (a resume line) is one claim, its line breaks a wrap
  // (split-sentences.ts). A lower-case clause after a full stop ("…rollout). churn down 4% by June") is its own
  // sentence wherever it stands.
  const cut = {
    lowerCaseNoteStops: options?.section === 'result',
    noteLines: options?.section !== undefined,
    lowerCaseClauseStops: true,
    unpunctuatedLines: options?.section !== undefined,
  };
  // Looking back for a to-do's checkbox costs a scan to the line start per sentence (the whole field when it has no
  // line breaks): only a field with a box in it pays it.
  const hasTodoBox = text.includes('[ ]');
  // Likewise a chat line's stamp: only a field with a clock time in it reads its lines for speakers, once, and
  // decides which speaker is the writer (chat-voices.ts).
  const chatVoices: ReadonlyMap<number, ChatLineVoice> | undefined = CLOCK_TIME.test(text)
    ? new Map(chatLineVoices(text).map((v) => [v.lineStart, v]))
    : undefined;
  // A "he" or "she" in a field where the writer says "I" is someone else (third-person-lines.ts): only a field
  // with both pays for the look.
  const writerSpeaks = THIRD_PERSON_PRONOUN.test(text) && WRITER_PRONOUN.test(text);
  for (const span of splitSentences(text, cut)) {
    const voice = chatVoices?.size ? chatVoices.get(text.lastIndexOf('\n', span.start - 1) + 1) : undefined;
    // Another speaker's chat line is theirs, every sentence of it; the writer's own is read from its message,
    // its stamp and name put aside ("[09:30] Kwame: swapped the sensor" as "swapped the sensor").
    const othersChat = voice !== undefined && !voice.own;
    const from =
      voice?.own === true && span.start <= voice.bodyStart && voice.bodyStart < span.end ? voice.bodyStart : span.start;
    const sentence = text.slice(from, span.end);
    const openTodo = hasTodoBox && span.start > 0 && opensOpenTodo(text, span.start);
    const writerInField = writerSpeaks && THIRD_PERSON_PRONOUN.test(sentence);
    // The writer's own message that tells the speaker's act ("also broke down the pork loins", "kitchen at Elm
    // Rd done") is their claim, however briefly a chat puts it (chat-voices.ts).
    const ownChatAct = voice?.own === true && tellsOwnAct(sentence);
    const r = record(
      state,
      sentence,
      options,
      afterClaim,
      openTodo,
      othersChat,
      writerInField,
      ownChatAct,
      ordered && afterAct,
    );
    // The writer's own work just told: a claim, or what "I"/"we" do ("we embed them …"). A quoted
    // line or a question in between ("… is there anything I can help with?”") keeps the thread.
    const ownWork = r.isClaim || r.pronouns.singular + r.pronouns.plural > 0;
    afterClaim = endsAsQuoteOrQuestion(sentence) ? afterClaim || ownWork : ownWork;
    afterAct ||= r.isClaim;
    sentences.push({
      start: span.start,
      end: span.end,
      isClaim: r.isClaim,
      hasMetric: r.hasMetric,
      hasScale: r.hasScale,
      hasOutcome: r.hasOutcome,
    });
    if (r.mark) findings.push({ ...r.mark, start: from + r.mark.start, end: from + r.mark.end });
    words += r.words;
    singular += r.pronouns.singular + (r.impliedI ? 1 : 0);
    plural += r.pronouns.plural;
    if (!firstPlural && r.pronouns.firstPlural)
      firstPlural = {
        start: from + r.pronouns.firstPlural.start,
        end: from + r.pronouns.firstPlural.end,
      };
  }
  return { analysis: { sentences, findings, words }, singular, plural, firstPlural };
}

/** A free-standing text or one field (Analyzer.analyzeText). */
function analyzeTextWith(state: AnalyzerState, text: string, options?: AnalyzeOptions): TextAnalysis {
  const field = analyzeFieldWith(state, text, options);
  // In a story "we" without "I" is judged once for the whole story (story-report.ts); a
  // free-standing text (a resume line, a paragraph) is judged on its own.
  if (options?.section !== undefined || !field.firstPlural || !isWeWithoutI(field)) return field.analysis;
  const findings = [...field.analysis.findings, weWithoutIFinding(field.firstPlural)].sort((a, b) => a.start - b.start);
  return { ...field.analysis, findings };
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  // One cache per section (and per "after a claim"), keyed by the sentence itself: a key joined from
  // a prefix and the sentence would be a new string to flatten and hash on every lookup.
  const stats: AnalyzerStats = { misses: 0, hits: 0 };
  const state: AnalyzerState = {
    caches: new Map(),
    cacheSize: options.cacheSize ?? 20_000,
    maxCachedLength: options.maxCachedLength ?? 2_000,
    stats,
  };

  // Methods, not arrow properties or named inner functions: under tsx (keepNames) every named function
  // made per call costs an Object.defineProperty, and the benchmark makes a fresh analyzer per story.
  return {
    analyzeText(text, options) {
      return analyzeTextWith(state, text, options);
    },
    analyzeField(text, options) {
      return analyzeFieldWith(state, text, options);
    },
    analyzeStory(story) {
      return storyReport((text, options) => analyzeFieldWith(state, text, options), story);
    },
    stats,
    clear() {
      state.caches.clear();
      stats.hits = 0;
      stats.misses = 0;
    },
  };
}
