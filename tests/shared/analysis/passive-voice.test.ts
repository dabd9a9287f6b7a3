import { describe, it, expect } from 'vitest';
import { findHiddenActorPassives } from '../../../shared/analysis/rules/passive-voice';
import { spanTexts, tokenize } from './helpers';

const passives = (s: string) => spanTexts(s, findHiddenActorPassives(tokenize(s)));

describe('passive voice hiding the actor', () => {
  it('finds passives with no "by" actor, including irregular participles', () => {
    expect(passives('The database was migrated last spring.')).toEqual(['was migrated']);
    expect(passives('New dashboards were quickly built.')).toEqual(['were quickly built']);
  });

  it('accepts passives that name the actor or have the speaker as subject', () => {
    expect(passives('The database was migrated by me over a weekend.')).toEqual([]);
    expect(passives('I was promoted after the launch.')).toEqual([]);
  });

  it('ignores states that only look passive', () => {
    expect(passives('The team is based in Lisbon and was involved early.')).toEqual([]);
  });
});
