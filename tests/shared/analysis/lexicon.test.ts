// The lexicon: lists of base forms matched by lemma (so no inflection is ever missing from a list),
// with no word listed twice and no two lists sharing a name with different contents.
import { describe, it, expect } from 'vitest';
import * as lexicon from '#shared/analysis/rules/language/lexicon';
import {
  comparativeCandidates,
  conflictingNames,
  lemmaCandidates,
  lemmaSet,
  registeredLists,
  wordSet,
} from '#shared/analysis/rules/language/lexicon';
import { findOutcomeCues } from '#shared/analysis/rules/outcomes/outcomes';
import { tokenize } from '#shared/analysis/rules/language/tokenize';

const cues = (text: string) => findOutcomeCues(tokenize(text)).map((c) => text.slice(c.start, c.end));

describe('lexicon', () => {
  it('every registered list is free of repeated entries', () => {
    // Importing the rules registers their lists.
    expect(registeredLists().size).toBeGreaterThan(0);
    for (const [name, entries] of registeredLists()) {
      const repeated = entries.filter((e, i) => entries.indexOf(e) !== i);
      expect(repeated, `${name} lists ${repeated.join(', ')} more than once`).toEqual([]);
    }
  });

  it('no two lists share a name with different contents', () => {
    expect(conflictingNames).toEqual([]);
    lemmaSet('lexicon-test-list', ['reduce']);
    lemmaSet('lexicon-test-list', ['reduce']);
    expect(conflictingNames).toEqual([]);
    lemmaSet('lexicon-test-list', ['reduce', 'cut']);
    expect(conflictingNames).toEqual(['lexicon-test-list']);
    conflictingNames.length = 0;
  });

  it('every list the lexicon exports is registered, so the checks above cover it', () => {
    const registered = [...registeredLists().values()].map((entries) => [...entries].sort().join('\n'));
    const lists = Object.entries(lexicon).filter(
      ([, value]) => value instanceof Set || (typeof value === 'object' && value !== null && 'lemmaOf' in value),
    );
    expect(lists.length).toBeGreaterThan(40);
    for (const [name, value] of lists) {
      const entries = value instanceof Set ? [...(value as Set<string>)] : (value as lexicon.LemmaSet).entries;
      expect(registered, `${name} is not registered`).toContain([...entries].sort().join('\n'));
    }
  });

  it('the claim rules keep no word list of their own: the present-act words are registered here', () => {
    expect(registeredLists().get('present-act-leads')).toContain('then');
    expect(registeredLists().get('generic-openers')).toContain('unless');
  });

  it('lists matched as written are checked by name like lemma lists', () => {
    wordSet('lexicon-test-words', ['on', 'under']);
    wordSet('lexicon-test-words', ['on', 'under']);
    expect(conflictingNames).toEqual([]);
    const words = wordSet('lexicon-test-words', ['on', 'above']);
    expect(conflictingNames).toEqual(['lexicon-test-words']);
    conflictingNames.length = 0;
    expect(words.has('above')).toBe(true);
    expect(words.has('aboves')).toBe(false);
  });

  it('no registered list holds a digit (the outcome trigger shortcut skips words with one)', () => {
    for (const [name, entries] of registeredLists())
      expect(
        entries.filter((e) => /\d/.test(e)),
        `${name} lists a word with a digit`,
      ).toEqual([]);
  });

  it('a word with a digit matches only a list that holds one', () => {
    const plain = lemmaSet('lexicon-test-plain', ['scale']);
    expect(plain.lemmaOf('scaled')).toBe('scale');
    expect(plain.has('3x')).toBe(false);
    const coded = lemmaSet('lexicon-test-coded', ['b2b']);
    expect(coded.lemmaOf('b2bs')).toBe('b2b');
    expect(coded.has('b2b')).toBe(true);
  });

  it('finds the base form of regular and irregular inflections', () => {
    expect(lemmaCandidates('retaining')).toContain('retain');
    expect(lemmaCandidates('reduced')).toContain('reduce');
    expect(lemmaCandidates('simplifies')).toContain('simplify');
    expect(lemmaCandidates('slashes')).toContain('slash');
    expect(lemmaCandidates('cutting')).toContain('cut');
    expect(lemmaCandidates('grew')).toContain('grow');
  });

  it('the first-letter shortcut keeps irregular pasts, capitals and non-ASCII words', () => {
    const verbs = lemmaSet('lexicon-test-initials', ['go', 'win', 'see']);
    for (const w of ['went', 'gone', 'won', 'saw', 'Went', 'WON', 'Seen']) expect(verbs.lemmaOf(w), w).toBeDefined();
    for (const w of ['want', 'ran', '-', 'über', '']) expect(verbs.has(w), w).toBe(false);
    const nouns = lemmaSet('lexicon-test-initials-nouns', ['kelvin', 'étude'], [], { nouns: true });
    expect(nouns.has('\u212Aelvins')).toBe(true); // the Kelvin sign lower-cases to "k"
    expect(nouns.has('Études')).toBe(true);
    expect(nouns.has('elvins')).toBe(false);
  });

  it('a lookup by token answers as the lookup by word, asked once or again, with facts or without', () => {
    const verbs = lemmaSet('lexicon-test-by-token', ['reduce', 'win']);
    const tokens = tokenize('We reduced churn, won 3 deals and reduced it again; Won twice.');
    for (let pass = 0; pass < 2; pass++)
      for (const t of tokens) expect(verbs.hasWord(t), `${t.text} (pass ${pass})`).toBe(verbs.has(t.lower));
    expect(verbs.hasWord(undefined)).toBe(false);
    expect(verbs.hasWord({ lower: 'reducing', facts: undefined })).toBe(true);
  });

  it('finds the plain adjective of a comparative', () => {
    expect(comparativeCandidates('cleaner')).toContain('clean');
    expect(comparativeCandidates('happier')).toContain('happy');
    expect(comparativeCandidates('safer')).toContain('safe');
    expect(comparativeCandidates('hotter')).toContain('hot');
    expect(comparativeCandidates('clean')).toEqual(['clean']);
  });

  it('undoes five-letter gerunds whose stem has a vowel, not words that only end in -ing', () => {
    expect(lemmaCandidates('using')).toContain('use');
    expect(lemmaCandidates('going')).toContain('go');
    expect(lemmaCandidates('thing')).not.toContain('the');
    expect(lemmaSet('lexicon-test-short', ['use', 'the']).has('thing')).toBe(false);
  });

  it('matches every inflection of a listed word, and bare forms only where they keep their meaning', () => {
    const list = lemmaSet('lexicon-test-effects', ['retain', 'lower'], ['lower']);
    for (const w of ['retain', 'retains', 'retained', 'retaining', 'lowered', 'lowering'])
      expect(list.has(w), w).toBe(true);
    expect(list.has('lower')).toBe(false);
    expect(list.has('retainer')).toBe(false);
  });

  it('outcome rules see inflections nobody typed out', () => {
    expect(cues('Retaining key customers through the migration.')).toEqual(['Retaining']);
    expect(cues('The rewrite expedites every release.')).toEqual(['expedites']);
    expect(cues('Lowered hosting costs for the team.')).toEqual(['Lowered']);
    expect(cues('Sold it at a lower price.')).toEqual(['Sold']);
    expect(cues('Joined a growing fintech.')).toEqual([]);
  });
});

describe('noun lists', () => {
  it('match plurals but not verb inflections, and nothing past the end of a list', () => {
    const people = lemmaSet('lexicon-test-nouns', ['company', 'client'], [], { nouns: true });
    expect(people.lemmaOf('companies')).toBe('company');
    expect(people.lemmaOf('clients')).toBe('client');
    expect(people.has('clienting')).toBe(false);
    expect(people.has(undefined)).toBe(false);
  });
});
