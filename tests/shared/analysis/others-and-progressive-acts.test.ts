// Who does the act. A plural noun of people at a line's head ("Actuaries pulled …", "Nurses charted …")
// is a group in the scene, not a named writer of a third-person resume ("Priya built …"). A past form
// followed by a preposition inside a subordinate or relative clause ("… because students queued for
// the kit", "…, which only worked with a full postcode") is no reduced passive of the writer's work. And
// a subject fused with its be-form ("I'm currently working on …", "we're rebuilding …") before an
// "-ing" verb is the writer's act in progress; "I'm looking for a role", "I'm going to …" and "I'm
// based in Leeds" are not.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('a group of people as the subject', () => {
  it.each([
    'Pharmacists checked every tray by hand before it left the dispensary.',
    'Surveyors walked the whole estate twice a year with paper maps.',
    'Porters pushed every bed by hand between the two wings.',
  ])('%s: no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });

  it.each(['Marisol rebuilt the returns pipeline in Go.', 'James automated the weekly stock report.'])(
    '%s: a named writer, a claim',
    (text) => {
      expect(sentenceFacts(text).isClaim).toBe(true);
    },
  );
});

describe('a reduced passive only in the main clause', () => {
  it.each([
    'The mock exams overran every term because pupils queued for the same microscopes.',
    'Most callers gave up on the form, which only worked with a full account number.',
  ])('%s: no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });

  it('a reduced passive of the work stays a claim', () => {
    expect(sentenceFacts('Supplier price files cached with a one-hour expiry').isClaim).toBe(true);
  });
});

describe('an act in progress after a fused be-form', () => {
  it.each([
    "I'm currently working on a Kotlin rewrite of the scanner app",
    "We're rebuilding the referral flow for the three clinics.",
    "I'm responsible for the month-end close for 12 entities.",
  ])('%s: a claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(true);
  });

  it.each([
    "I'm looking for a team lead role in a product company.",
    "I'm currently learning Kotlin.",
    "I'm going to rebuild the scanner app next quarter.",
    "I'm based in Bristol.",
    "I'm interested in warehouse robotics.",
  ])('%s: no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });
});
