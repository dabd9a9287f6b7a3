// A small extractor of (measure, number) pairs such as "cut p99 latency from 200ms to 120ms" →
// (p99 latency, 0.2 s), (p99 latency, 0.12 s). Only digits count (not "doubled"); years and versions
// are skipped. A number belongs to the nearest measure word in its sentence, within a few words,
// the one before it winning a tie ("latency by 40% and cost by 30%").
import type { Story } from '../domain/schemas';
import { splitSentences } from '../analysis/rules/language/split-sentences';

export type UnitKind = 'percent' | 'points' | 'multiple' | 'time' | 'money' | 'data' | 'rate' | 'count';

export interface NumberClaim {
  measure: string;
  unit: UnitKind;
  /** Normalized: seconds for time, bytes for data, whole units for money and counts. */
  value: number;
  /** The number as written, e.g. "120ms". */
  text: string;
  /** The sentence it was found in. */
  sentence: string;
}

// Measure words, most specific first; each maps to one canonical measure name.
const MEASURES: [RegExp, string][] = [
  [/\b(p\d{2,3})(?:\s+latency)?\b/i, '$1 latency'],
  [/\b(median|tail|mean|average)\s+latency\b/i, '$1 latency'],
  [/\b(?:latency|latencies|response times?|load times?)\b/i, 'latency'],
  [/\b(?:training time|time to train)\b/i, 'training time'],
  [/\b(?:inference time|inference cost)\b/i, 'inference time'],
  [/\b(?:build times?|ci time)\b/i, 'build time'],
  [/\bmttr\b/i, 'mttr'],
  [/\bgpu[- ]hours?\b/i, 'gpu hours'],
  [/\b(?:costs?|spend|spending|bill|expenses?)\b/i, 'cost'],
  [/\b(?:revenue|sales|arr|gmv|bookings)\b/i, 'revenue'],
  [/\b(?:throughput|qps|rps|requests per second)\b/i, 'throughput'],
  [/\bfalse[- ]positives?(?:\s+rate)?\b/i, 'false positives'],
  [/\b(?:accuracy)\b/i, 'accuracy'],
  [/\b(?:precision)\b/i, 'precision'],
  [/\b(?:recall)\b/i, 'recall'],
  [/\b(?:f1)\b/i, 'f1'],
  [/\b(?:auc|roc[- ]auc)\b/i, 'auc'],
  [/\b(?:ctr|click[- ]through(?: rate)?)\b/i, 'ctr'],
  [/\b(?:conversion(?: rate)?)\b/i, 'conversion'],
  [/\b(?:churn)\b/i, 'churn'],
  [/\b(?:retention)\b/i, 'retention'],
  [/\b(?:error rates?|errors)\b/i, 'error rate'],
  [/\b(?:uptime|availability)\b/i, 'availability'],
  [/\b(?:incidents|outages|pages)\b/i, 'incidents'],
  [/\b(?:memory|ram)\b/i, 'memory'],
  [/\b(?:model size)\b/i, 'model size'],
  [/\b(?:engagement)\b/i, 'engagement'],
];

const MULTIPLIER: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
const TIME: Record<string, number> = {
  ms: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  day: 86400,
  days: 86400,
  week: 604800,
  weeks: 604800,
};
const DATA: Record<string, number> = { kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, pb: 1e15 };

const QUANTITY = new RegExp(
  String.raw`([$€£])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?` +
    String.raw`(?:(k|mm|bn|b|m|thousand|million|billion)\b)?\s?` +
    String.raw`(%|percent\b|percentage points?\b|pp\b|points?\b|bps\b|x\b|×|times\b|fold\b|` +
    String.raw`ms\b|milliseconds?\b|seconds?\b|secs?\b|s\b|minutes?\b|mins?\b|hours?\b|hrs?\b|h\b|days?\b|weeks?\b|` +
    String.raw`kb\b|mb\b|gb\b|tb\b|pb\b|qps\b|rps\b|requests per second\b|dollars\b|usd\b)?`,
  'gi',
);

interface Found {
  start: number;
  end: number;
  unit: UnitKind;
  value: number;
  text: string;
}

function quantities(sentence: string): Found[] {
  const out: Found[] = [];
  for (const m of sentence.matchAll(QUANTITY)) {
    const [text, currency, digits, multWord, unitWord] = m;
    const start = m.index ?? 0;
    const before = sentence.slice(Math.max(0, start - 1), start);
    if (/[\w.]/.test(before)) continue; // part of a word or version ("v2", "Python3", "2.1.3")
    if (/^\.\d/.test(sentence.slice(start + text.length))) continue;
    let value = Number(digits.replace(/,/g, ''));
    const mult = multWord?.toLowerCase();
    const unitLower = unitWord?.toLowerCase();
    if (mult) value *= MULTIPLIER[mult];
    let unit: UnitKind;
    if (currency || unitLower === 'dollars' || unitLower === 'usd') unit = 'money';
    else if (unitLower === '%' || unitLower === 'percent') unit = 'percent';
    else if (unitLower && /^(percentage points?|pp|points?)$/.test(unitLower)) unit = 'points';
    else if (unitLower === 'bps') {
      unit = 'points';
      value /= 100;
    } else if (unitLower && /^(x|×|times|fold)$/.test(unitLower)) unit = 'multiple';
    else if (unitLower && unitLower in TIME) {
      unit = 'time';
      value *= TIME[unitLower];
    } else if (unitLower && unitLower in DATA) {
      unit = 'data';
      value *= DATA[unitLower];
    } else if (unitLower && /^(qps|rps|requests per second)$/.test(unitLower)) unit = 'rate';
    else {
      if (!mult && !digits.includes(',') && /^(19|20)\d\d$/.test(digits)) continue; // a year
      if (!mult && /\b[A-Z][\w-]*\s$/.test(sentence.slice(0, start)) && start > 0) continue; // a version: "Python 3"
      unit = 'count';
    }
    out.push({ start, end: start + text.length, unit, value, text: text.trim() });
  }
  return out;
}

function measures(sentence: string): { start: number; end: number; name: string }[] {
  const out: { start: number; end: number; name: string }[] = [];
  const taken: [number, number][] = [];
  for (const [pattern, name] of MEASURES) {
    for (const m of sentence.matchAll(new RegExp(pattern.source, 'gi'))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      out.push({ start, end, name: name.replace('$1', (m[1] ?? '').toLowerCase()) });
    }
  }
  return out;
}

const wordsBetween = (text: string) => (text.trim() === '' ? 0 : text.trim().split(/\s+/).length);
const MAX_WORDS_APART = 6;

/**
 * Clauses to read numbers from: the analyzer's sentences (which survive "approx.", "e.g.", "v2.1"),
 * cut again at semicolons, which often join two separate results.
 */
function clauses(text: string): string[] {
  return splitSentences(text)
    .flatMap((span) => text.slice(span.start, span.end).split(/;\s+/))
    .map((s) => s.trim())
    .filter(Boolean);
}

export function extractNumberClaims(text: string): NumberClaim[] {
  const claims: NumberClaim[] = [];
  for (const sentence of clauses(text)) {
    const ms = measures(sentence);
    let previous: { end: number; measure?: string } | undefined;
    for (const q of quantities(sentence)) {
      // "from 200ms to 120ms": the second number continues the first one's measure.
      if (previous?.measure && /^\s*(?:to|down to|up to|->|→|–|-)\s*$/i.test(sentence.slice(previous.end, q.start))) {
        claims.push({ measure: previous.measure, unit: q.unit, value: q.value, text: q.text, sentence });
        previous = { end: q.end, measure: previous.measure };
        continue;
      }
      let best: { name: string; distance: number; before: boolean } | undefined;
      for (const m of ms) {
        const before = m.end <= q.start;
        if (!before && m.start < q.end) continue; // overlaps: "50k QPS" names its own measure below
        const distance = before
          ? wordsBetween(sentence.slice(m.end, q.start))
          : wordsBetween(sentence.slice(q.end, m.start));
        // Bare counts are ambiguous ("3 engineers"), so they must sit right next to their measure.
        if (distance > (q.unit === 'count' ? 2 : MAX_WORDS_APART)) continue;
        if (!best || distance < best.distance || (distance === best.distance && before && !best.before))
          best = { name: m.name, distance, before };
      }
      const measure = best?.name ?? (q.unit === 'rate' ? 'throughput' : undefined);
      if (measure) claims.push({ measure, unit: q.unit, value: q.value, text: q.text, sentence });
      previous = { end: q.end, measure };
    }
  }
  return claims;
}

/**
 * Every number a text gives in digits, as written and in order ("12k", "8%", "600"), whether or not a
 * measure word sits near it; years and versions are skipped as in {@link extractNumberClaims}.
 */
export function extractNumbers(text: string): string[] {
  return clauses(text).flatMap((sentence) => quantities(sentence).map((q) => q.text));
}

/** Every number a story gives in digits, title to reflection, each once, in order of first appearance. */
export function storyNumbers(story: Story): string[] {
  return [
    ...new Set(
      [story.title, story.situation, story.task, story.action, story.result, story.reflection].flatMap(extractNumbers),
    ),
  ];
}

export function storyNumberClaims(story: Story): NumberClaim[] {
  return [story.title, story.situation, story.task, story.action, story.result, story.reflection].flatMap((text) =>
    extractNumberClaims(text),
  );
}
