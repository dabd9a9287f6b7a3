// The trigger-word gates (rules/trigger-words.ts) pass a rule over every sentence that holds none of its
// words. A gate may only save time: on every readable fixture sentence each gated rule must answer the
// same with its gate as without it, and so must the whole analyzer. Sets read: the spent fresh sets
// (fresh-9 … fresh-16, sentences and whole stories), the written sets, the number-role sets and the
// regression set; no final or figures-only set.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { createAnalyzer } from '#shared/analysis/index';
import { tokenize, type Token } from '#shared/analysis/rules/language/tokenize';
import { readableText } from '#shared/analysis/rules/language/readable-text';
import { splitSentences } from '#shared/analysis/rules/language/split-sentences';
import { registeredTriggers, setTriggerGates, holdsTrigger } from '#shared/analysis/rules/language/trigger-words';
import { noneSinceCue } from '#shared/analysis/rules/outcomes/none-since-outcomes';
import { withinTargetCue } from '#shared/analysis/rules/outcomes/before-after-outcomes';
import { isRecurringProblem } from '#shared/analysis/rules/voices/recurring-problems';
import { isOldSystemValue } from '#shared/analysis/rules/voices/old-system-values';
import { backgroundPerfectAt } from '#shared/analysis/rules/voices/background-past-perfect';
import { findHiddenActorPassives } from '#shared/analysis/rules/marks/passive-voice';
import { findQuantities } from '#shared/analysis/rules/quantity/quantities';
import { stateOfUse } from '#shared/analysis/rules/outcomes/state-of-use';
import { pageFurniture } from '#shared/analysis/rules/lines/page-furniture';
import { lineVoice } from '#shared/analysis/rules/lines/line-voice';
import { partyTakeUp } from '#shared/analysis/rules/outcomes/party-take-up';
import { AGREEMENT_WITH_PARTY_RULE } from '#shared/analysis/rules/outcomes/agreement-with-party';
import type { OutcomeCue } from '#shared/analysis/rules/outcomes/outcome-types';

const dir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/claims');
const SPENT = /^fresh-(9|1[0-6])(-whole-stories)?\.jsonl$/;
const WRITTEN = /^(written[\w-]*|number-roles(-\d+)?|regression)\.jsonl$/;

/** Every text of the readable sets. */
function readableTexts(): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!SPENT.test(name) && !WRITTEN.test(name)) continue;
    for (const line of readFileSync(resolve(dir, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text?: unknown };
      if (typeof row.text !== 'string') continue;
      texts.push(row.text);
    }
  }
  return texts;
}

const texts = readableTexts();
/** Each text whole and each of its sentences, as the rules read them. */
const lines = texts.flatMap((t) => [t, ...splitSentences(t).map((s) => t.slice(s.start, s.end))]);
const readTexts = lines.map((t) => readableText(t));
const sentences: Token[][] = readTexts.map((t) => tokenize(t));

/** The gated rules, each with what it answers of a sentence's tokens (and its text, for the number scan). */
const GATED: Record<string, (tokens: Token[], text: string) => unknown> = {
  'none-since': noneSinceCue,
  'within-target': withinTargetCue,
  'recurring-problem': isRecurringProblem,
  'old-system-value': isOldSystemValue,
  'background-past-perfect': backgroundPerfectAt,
  // An empty list is no mark: written as undefined, so the test below sees whether the rule ever fired.
  'passive-voice': (tokens) => {
    const hits = findHiddenActorPassives(tokens);
    return hits.length > 0 ? hits : undefined;
  },
  // The selection check reads a plain count only with a selection verb: what it sets aside as 'selection'.
  'selection-verbs': (tokens, text) => {
    const selections = findQuantities(text, tokens).excluded.filter((e) => e.reason === 'selection');
    return selections.length > 0 ? selections : undefined;
  },
  // A number an "-ing" extent verb governs describes the context ("a courier firm covering 14 towns"): the
  // quantities read as context.
  'described-extent': (tokens, text) => {
    const context = findQuantities(text, tokens).quantities.filter((q) => q.context);
    return context.length > 0 ? context : undefined;
  },
  'state-of-use': stateOfUse,
  // The letter opener is one kind of the furniture classifier: the kind it names of a résumé line.
  'letter-opener': (tokens, text) => pageFurniture(text, tokens, tokens, undefined),
  // The irrealis reading is one answer of the line's voice: 'irrealis' or another.
  'line-voice-irrealis': (tokens, text) => lineVoice(text, tokens, tokens),
  // A party's take-up as a Result reads it (the widest reading: a Result ties any take-up to the work).
  'party-take-up': (tokens) => partyTakeUp(tokens, true),
  // The agreement reader at each "with" of the sentence (as the cue scan asks it): the cues it adds.
  'agreement-with-party': (tokens) => {
    const words = tokens.filter((t) => t.kind !== 'symbol');
    const cues: OutcomeCue[] = [];
    words.forEach((w, i) => {
      if (w.lower !== 'with') return;
      const [prev, next] = [words[i - 1]?.lower, words[i + 1]?.lower];
      AGREEMENT_WITH_PARTY_RULE.match({ tokens, words, cues, i, w, lower: w.lower, prev, next });
    });
    return cues.length > 0 ? cues : undefined;
  },
};

/** What `rule` answers of every sentence, with the gates on or off. */
function answers(rule: (tokens: Token[], text: string) => unknown, gates: boolean): string[] {
  setTriggerGates(gates);
  try {
    return sentences.map((tokens, i) => JSON.stringify(rule(tokens, readTexts[i])) ?? 'undefined');
  } finally {
    setTriggerGates(true);
  }
}

afterEach(() => setTriggerGates(true));

describe('trigger-word gates', () => {
  it('read enough sentences to mean something', () => {
    expect(sentences.length).toBeGreaterThan(3000);
  });

  it('gate every rule listed here, and no rule goes untested', () => {
    const names = registeredTriggers().map((t) => t.name);
    for (const name of Object.keys(GATED)) expect(names).toContain(name);
    for (const name of names) expect(Object.keys(GATED), `gated rule "${name}" has no test`).toContain(name);
  });

  for (const [name, rule] of Object.entries(GATED)) {
    it(`${name}: the gate never skips a sentence the rule would mark`, () => {
      const ungated = answers(rule, false);
      const gated = answers(rule, true);
      // The rule fires somewhere, so the comparison is not between two empty answers.
      expect(ungated.some((a) => a !== 'undefined' && a !== 'false')).toBe(true);
      for (let i = 0; i < sentences.length; i++) expect(gated[i], lines[i]).toBe(ungated[i]);
    });
  }

  it('the analyzer says the same of the readable texts with the gates on and off', () => {
    const sections = [undefined, 'situation', 'action', 'result', 'reflection'] as const;
    const run = (gates: boolean) => {
      setTriggerGates(gates);
      try {
        const analyzer = createAnalyzer();
        // Every seventh text, in turn in each section (the rules above read every sentence).
        return texts
          .filter((_, i) => i % 7 === 0)
          .map((t, i) => JSON.stringify(analyzer.analyzeText(t, { section: sections[i % sections.length] })));
      } finally {
        setTriggerGates(true);
      }
    };
    expect(run(true)).toEqual(run(false));
  });

  it('no number of the readable sets meets a trigger that does not say a number may', () => {
    // holdsTrigger tests a sentence's numbers only for a trigger registered with `numbers: true`.
    const numbers = new Set(
      sentences.flatMap((tokens) => tokens.filter((t) => t.kind === 'number').map((t) => t.lower)),
    );
    expect(numbers.size).toBeGreaterThan(300);
    for (const trigger of registeredTriggers())
      if (!trigger.numbers)
        for (const lower of numbers) expect(trigger.test(lower), `${trigger.name} meets "${lower}"`).toBe(false);
  });

  it('a sentence holds a trigger only through one of its words', () => {
    const trigger = registeredTriggers().find((t) => t.name === 'recurring-problem')!;
    expect(holdsTrigger(tokenize('Parents kept emailing the office about grades.'), trigger)).toBe(true);
    expect(holdsTrigger(tokenize('Parents emailed the office about grades.'), trigger)).toBe(false);
    // A fresh array of the same sentence is read again, not taken from the last one.
    expect(holdsTrigger(tokenize('The queue keeps stalling at night.'), trigger)).toBe(true);
  });
});
