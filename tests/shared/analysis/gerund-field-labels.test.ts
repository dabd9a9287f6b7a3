// A field label whose "-ing" word modifies a noun — "Driving licence:", "Operating systems:", "Continuing
// education:" — then a value with no verb is a field, not the writer's act (RUBRIC.md: skill lists and fields
// are no claims). Spent fresh-23 f23-100 was read as a claim by its first word. A label of the "-ing" word
// alone names the writer's activity, and a value with a verb tells an act. The sentences are written for this
// test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

describe('field labels with an -ing modifier', () => {
  it.each([
    'Driving licence: full, clean, no points',
    'Operating systems: Linux, macOS, Windows Server',
    'Continuing education: wound care, palliative care',
    'Working pattern: nights and weekends',
  ])('%s: no claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(false);
  });

  it.each([
    'Mentoring: two apprentices and a graduate',
    'Training: delivered 12 workshops on manual handling',
    'Building work: I project-managed the extension',
  ])('%s: a claim', (text) => {
    expect(sentenceFacts(text).isClaim).toBe(true);
  });
});
