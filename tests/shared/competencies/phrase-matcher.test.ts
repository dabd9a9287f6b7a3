import { describe, expect, it } from 'vitest';
import {
  compilePhrase,
  indexPhrases,
  matchLexicon,
  matchPhrase,
  type CompiledPhrase,
} from '#shared/competencies/job-focus/phrase-matcher';
import { copyFramework, extractJobFocus, presetFramework, updateCompetency } from '#shared/competencies/index';
import { indexTokens, tokenize } from '#shared/competencies/job-focus/tokenize';

function quotes(phrase: string, text: string): string[] {
  const compiled = compilePhrase(phrase);
  if (!compiled) return [];
  const tokens = tokenize(text);
  return matchPhrase(compiled, indexTokens(tokens)).map((m) => text.slice(tokens[m.first].start, tokens[m.last].end));
}

describe('lexicon phrases', () => {
  it('match any inflection of their words', () => {
    expect(quotes('mentor engineers', 'You mentored engineers and keep mentoring engineer peers.')).toEqual([
      'mentored engineers',
      'mentoring engineer',
    ]);
  });

  it('match a noun derived with -ation or -ity as that noun only, not the word the stemmer cuts it to', () => {
    expect(quotes('documentation', 'Document it. Keep the documentation and docs.')).toEqual(['documentation']);
    expect(quotes('observability', 'Observe the fleet; own observabilities.')).toEqual(['observabilities']);
    expect(quotes('communicate', 'Communicate with the community.')).toEqual(['Communicate']);
  });

  it('treat hyphens as spaces and take alternatives in one slot', () => {
    expect(quotes('trade-off', 'Make tradeoffs, trade-offs and trade offs.')).toEqual(['trade-offs', 'trade offs']);
    expect(quotes('lead|led a team', 'She led a team; he will lead a team.')).toEqual(['led a team', 'lead a team']);
  });

  it('take an alternative of several words joined by "_", in any slot, as those words in a row', () => {
    expect(quotes('look_after|own * platform', 'Own the platform. Look after the data platform.')).toEqual([
      'Own the platform',
      'Look after the data platform',
    ]);
    expect(quotes('work * with finance|=the_finance_team', 'Work closely with the finance team.')).toEqual([
      'Work closely with the finance team',
    ]);
    // The words of one alternative stand together, in order, within one clause.
    expect(quotes('look_after * platform', 'Look at, after, the platform. Look.\nAfter the platform.')).toEqual([]);
  });

  it('let up to three words stand in a gap, but not four', () => {
    expect(quotes('set * direction', 'Set the technical direction.')).toEqual(['Set the technical direction']);
    expect(quotes('set * direction', 'Set up the new build and its direction.')).toEqual([]);
  });

  it("read a verb's object past the verbs coordinated with it, by the coordination's shape", () => {
    expect(quotes('lead * team', 'Lead and organise the ward nursing team.')).toEqual([
      'Lead and organise the ward nursing team',
    ]);
    expect(quotes('supervise * staff', 'Supervise, rota and appraise the kitchen staff.')).toEqual([
      'Supervise, rota and appraise the kitchen staff',
    ]);
    expect(quotes('coach * engineers', 'Coach & grow our two engineers; mentor/support the new engineers.')).toEqual([
      'Coach & grow our two engineers',
    ]);
    expect(quotes('lead # nurses', 'Lead, develop and performance-manage 4 nurses.')).toEqual([
      'Lead, develop and performance-manage 4 nurses',
    ]);
    // Near misses: a comma list never closed by "and"/"or", and an object between the head and the coordination.
    expect(quotes('lead * team', 'Lead, plan, schedule the ward nursing team.')).toEqual([]);
    expect(quotes('lead * team', 'Lead audits and brief the ward nursing team.')).toEqual([]);
  });

  it("let a gap before a phrase's last word pass over one noun phrase's whole chain of modifiers", () => {
    expect(quotes('lead * team', 'Lead the senior clinical nursing team.')).toEqual([
      'Lead the senior clinical nursing team',
    ]);
    // Not over a preposition, a pronoun or a second determiner: those are no one noun phrase.
    expect(quotes('lead * team', 'Lead the way for the team.')).toEqual([]);
    expect(quotes('lead * team', 'Lead reviews that our whole team runs.')).toEqual([]);
    // Nor before a word that is not the phrase's last.
    expect(quotes('set * direction for', 'Set the long term technical direction for the group.')).toEqual([]);
  });

  it('let up to eight words stand in a long gap (**), within the clause', () => {
    const text = 'Explain model results, and how uncertain they are, to brand managers.';
    expect(quotes('explain * to', text)).toEqual([]);
    expect(quotes('explain ** to', text)).toEqual(['Explain model results, and how uncertain they are, to']);
    expect(quotes('explain ** to', 'Explain the results. Then go to lunch.')).toEqual([]);
  });

  it('never match across a sentence, line or list break', () => {
    expect(quotes('own * models', 'We own it.\nModels are great.')).toEqual([]);
    expect(quotes('cost * latency', 'Cost matters; latency too.')).toEqual([]);
  });

  it('go on into the next clause at ">" only across a semicolon, a colon or a spaced dash', () => {
    expect(quotes('run > a team of #', 'Run the bakery on Saturdays — a team of 5.')).toEqual([
      'Run the bakery on Saturdays — a team of 5',
    ]);
    expect(quotes('run > a team of #', 'Run the yard; a team of 5.')).toEqual(['Run the yard; a team of 5']);
    expect(quotes('run > a team of #', 'Run the yard: a team of 5.')).toEqual(['Run the yard: a team of 5']);
    expect(quotes('run > a team of #', 'Run the yard. A team of 5.')).toEqual([]);
    expect(quotes('run > a team of #', 'Run the yard\na team of 5.')).toEqual([]);
    expect(quotes('run > a team of #', 'Run the yard; hours vary; a team of 5.')).toEqual([]);
  });

  it('let one word or none stand in a short gap (?)', () => {
    expect(quotes('which ? to', 'Decide which to call, and which supplier to call.')).toEqual([
      'which to',
      'which supplier to',
    ]);
    expect(quotes('which ? to', 'Decide which jobs go out to the farms.')).toEqual([]);
  });

  it('match an exact form only when asked to', () => {
    expect(quotes('=conflict|=conflicts', 'Resolve conflicts across conflicting goals.')).toEqual(['conflicts']);
  });

  it('tell the adjective "own" and the field "machine learning" from the verb and the habit', () => {
    expect(quotes('own', 'Work on your own; own the roadmap.')).toEqual(['own']);
    expect(quotes('learn', 'Machine learning experience; learn from mistakes.')).toEqual(['learn']);
  });

  it('mark a weak phrase and ignore an empty one', () => {
    expect(compilePhrase('~stakeholders')?.strength).toBe(0.5);
    expect(compilePhrase('stakeholders')?.strength).toBe(1);
    expect(compilePhrase('  * ')).toBeUndefined();
  });

  it('mark a veto, which counts nothing and keeps other phrases from starting inside it', () => {
    expect(compilePhrase('!own * reliability')).toMatchObject({ strength: 0, veto: true });
    expect(compilePhrase('own')).toMatchObject({ strength: 1, veto: false });
    const framework = updateCompetency(
      copyFramework(presetFramework('senior-ml-engineer')!, { id: 'f_veto' }),
      'ml.ownership',
      {
        lexicon: ['!own * reliability', 'own', 'end to end'],
      },
    );
    const found = (text: string) => extractJobFocus(text, framework).competencies.some((c) => c.id === 'ml.ownership');
    expect(found('Own the reliability of the fleet.')).toBe(false);
    expect(found('Own the fleet.')).toBe(true);
    expect(found('Own the reliability of the fleet end to end.')).toBe(true);
  });

  it('find in a whole lexicon what each phrase finds alone, in lexicon order, skipping phrases found nowhere', () => {
    const sources = [
      '=conflict|=conflicts',
      'mentor|coach engineers',
      'documentation',
      'own * end to end',
      'stakeholders',
      'resolve|resolving =conflicts',
      'mentor',
    ];
    const phrases = sources.map(compilePhrase).filter((p): p is CompiledPhrase => p !== undefined);
    const text = 'Coach engineers; mentor them. Resolve conflicts. Own the pipeline end to end, and its documentation.';
    const index = indexTokens(tokenize(text));
    const alone = phrases
      .map((phrase) => ({ phrase, matches: matchPhrase(phrase, index) }))
      .filter((p) => p.matches.length > 0);
    expect(matchLexicon(indexPhrases(phrases), index)).toEqual(alone);
    expect(alone.map((p) => p.phrase.source)).toEqual([
      '=conflict|=conflicts',
      'mentor|coach engineers',
      'documentation',
      'own * end to end',
      'resolve|resolving =conflicts',
      'mentor',
    ]);
  });

  it("let a verb's particle stand after a pronoun object, but not after a noun or for a verb split in another sense", () => {
    expect(quotes('roll back', 'Roll back bad releases; when a change breaks search, roll it back.')).toEqual([
      'Roll back',
      'roll it back',
    ]);
    expect(quotes('write up', 'Write them up for the board.')).toEqual(['Write them up']);
    expect(quotes('write up', 'Write the code up to standard.')).toEqual([]);
    expect(quotes('push back', 'Push back on scope; if it slips, push it back a week.')).toEqual(['Push back']);
  });

  it('match a number written in digits with `#`, and no word that merely stems like a role', () => {
    expect(quotes('manage # * =managers', 'You will manage 2 assistant site managers.')).toEqual([
      'manage 2 assistant site managers',
    ]);
    expect(quotes('manage # * =managers', 'Manage two managers.')).toEqual([]);
    const ml = presetFramework('senior-ml-engineer')!;
    expect(
      extractJobFocus('Duties\n- Lead 2 charge nurses and 14 healthcare assistants.', ml).competencies[0]?.id,
    ).toBe('ml.leadership');
    expect(extractJobFocus('Duties\n- Manage 12 client accounts; she ran a GP front office.', ml).competencies).toEqual(
      [],
    );
  });

  it('match a word naming people by any role or group with `@person`', () => {
    expect(quotes('angry * @person', 'Calm an angry store manager, not angry tweets.')).toEqual([
      'angry store manager',
    ]);
    expect(quotes('irate * @person', 'Irate callers and irate parents.')).toEqual(['Irate callers', 'irate parents']);
  });

  it('start a phrase at `@person`, and with a last `$` ask that no object follow its last word', () => {
    const phrase = '@person * can learn from $';
    expect(quotes(phrase, 'Someone the juniors can learn from, and trust.')).toEqual(['juniors can learn from']);
    expect(quotes(phrase, 'The juniors can learn from on nights.')).toEqual(['juniors can learn from']);
    expect(quotes(phrase, 'The teams can learn from the pilot.')).toEqual([]);
  });
});
