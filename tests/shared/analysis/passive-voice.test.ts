import { describe, it, expect } from 'vitest';
import { findHiddenActorPassives } from '#shared/analysis/rules/marks/passive-voice';
import { analyzeText } from '#shared/analysis/index';
import { spanTexts, tokenize } from './helpers';

const passives = (s: string) => spanTexts(s, findHiddenActorPassives(tokenize(s)));

describe("passive voice hiding the writer's part", () => {
  it('finds a finite passive of work done to a thing, with no actor', () => {
    expect(passives('The database was migrated last spring.')).toEqual(['was migrated']);
    expect(passives('New dashboards were quickly built.')).toEqual(['were quickly built']);
    expect(passives('The ingestion pipeline has been rewritten.')).toEqual(['has been rewritten']);
    // "by 40%" sizes the change; it names no actor.
    expect(passives('p99 latency was reduced by 40%.')).toEqual(['was reduced']);
  });

  it('accepts passives that name the actor or have the speaker as subject', () => {
    expect(passives('The database was migrated by me over a weekend.')).toEqual([]);
    expect(passives('The schema was redesigned by the platform team.')).toEqual([]);
    expect(passives('I was promoted after the launch.')).toEqual([]);
  });

  it('leaves alone people and things that underwent something', () => {
    expect(passives('Two of the engineers were promoted.')).toEqual([]);
    expect(passives('The checkout flow was affected for an hour.')).toEqual([]);
    expect(passives('Most of the time was spent in serialization.')).toEqual([]);
    expect(passives('Our budget was reduced in March.')).toEqual([]);
  });

  it('leaves alone subordinate, modal and infinitive passives', () => {
    expect(passives('I asked whether any changes were made to the credentials.')).toEqual([]);
    expect(passives('I split the adapters so each partner could be added in a day.')).toEqual([]);
    expect(passives('I wrote the spec rather than waiting to be told.')).toEqual([]);
    expect(passives('Once the index was added, the page loaded in 80 ms.')).toEqual([]);
  });

  it('is a mark in the Action but not in the Situation', () => {
    const text = 'The scoring service was rebuilt in three weeks.';
    expect(analyzeText(text, { section: 'action' }).findings.map((f) => f.rule)).toContain('passive-voice');
    expect(analyzeText(text, { section: 'situation' }).findings.map((f) => f.rule)).not.toContain('passive-voice');
  });
});
