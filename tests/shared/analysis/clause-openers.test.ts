// The one clause-openers module (word-lists/clause-openers.ts): a shared core of coordinators and time-and-reason
// subordinators, opt-in groups, and the rules' lists built from them, with the words a rule leaves out named.
// Sentences written for this file.
import { describe, expect, it } from 'vitest';
import {
  AS_OPENER,
  CLAUSE_OPENER_CORE,
  CONCESSIVE_SUBORDINATORS,
  SUBORDINATORS,
  clauseOpeners,
  registeredLists,
  wordAlternation,
} from '#shared/analysis/rules/language/lexicon';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import '#shared/analysis/index';

const listed = (name: string) => new Set(registeredLists().get(name) ?? []);

describe('clause openers', () => {
  it('builds a list from groups, each word once, less the words a rule leaves out', () => {
    const words = clauseOpeners('clause-openers-test', [CLAUSE_OPENER_CORE, AS_OPENER, ['as', 'yet']], ['until']);
    expect(words.has('because')).toBe(true);
    expect(words.has('as')).toBe(true);
    expect(words.has('yet')).toBe(true);
    expect(words.has('until')).toBe(false);
    expect(
      registeredLists()
        .get('clause-openers-test')
        ?.filter((w) => w === 'as'),
    ).toEqual(['as']);
  });

  it('writes a list as one regex alternation for the rules that match text', () => {
    const pattern = new RegExp(`^${wordAlternation(['when', 'once'])}$`, 'i');
    expect(pattern.test('Once')).toBe(true);
    expect(pattern.test('whenever')).toBe(false);
  });

  it('keeps the coordinators out of the claim rules’ subordinators, and "as", concessions and conditions in', () => {
    for (const w of ['when', 'because', 'as', ...CONCESSIVE_SUBORDINATORS, 'if', 'unless', 'where'])
      expect(SUBORDINATORS.has(w), w).toBe(true);
    for (const w of ['and', 'but', 'so', 'then', 'which']) expect(SUBORDINATORS.has(w), w).toBe(false);
  });

  it('builds the rules’ lists on the core: every core word is in each, but where a rule leaves one out', () => {
    const leftOut: Record<string, string[]> = {
      'subject-clause-openers': [],
      'participant-clause-openers': [],
      'term-clause-openers': [],
      'tenure-clause-openers': [],
      'zero-subject-clause-openers': ['while', 'before', 'until', 'because'],
      'party-clause-openers': [],
      'inner-clause-openers': ['before', 'until'],
      'quote-clause-openers': [],
      'department-clause-openers': [],
      'operations-clause-edges': ['and', 'but', 'then'],
      'authority-clause-openers': [],
      'identity-clause-openers': [],
      'setting-clause-breaks': [],
      'plan-part-clause-breaks': [],
      'selection-clause-breaks': ['but', 'when', 'after', 'before', 'until', 'once', 'since'],
      'version-clause-breaks': [],
      'limit-clause-joins': [],
      'adoption-object-stops': [],
      'threshold-object-breaks': [],
      'inclusion-object-breaks': [],
      'post-clause-words': [],
      'particle-object-ends': [],
      'threshold-clause-ends': [],
    };
    for (const [name, without] of Object.entries(leftOut)) {
      const words = listed(name);
      expect(words.size, `${name} is registered`).toBeGreaterThan(0);
      expect(
        CLAUSE_OPENER_CORE.filter((w) => !words.has(w)),
        name,
      ).toEqual(without);
    }
  });

  it('reads no zero count after a subordinator of reason or time: the zero is the setting or the cause', () => {
    const metric = (text: string) => sentenceFacts(text, 'result').hasMetric;
    expect(metric('The rollout held because nobody on the night team missed a shift that spring.')).toBe(false);
    expect(metric('We kept the old rota until nobody on the night team missed a shift that spring.')).toBe(false);
    expect(metric('The audit came back clean because no one was written up in March.')).toBe(false);
    expect(metric('The audit came back clean, and no one was written up in March.')).toBe(true);
  });
});
