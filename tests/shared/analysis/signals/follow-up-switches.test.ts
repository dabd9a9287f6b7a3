// A choice told as a switch (switch-choices.ts): sentences written for this test in several voices, none from a
// judged set.
import { describe, it, expect } from 'vitest';
import { replacesFoundCause, switchCue } from '#shared/analysis/signals/switch-choices';
import { followUps } from '#shared/analysis/index';

describe('a choice told as a switch', () => {
  it.each([
    'I switched the ward from paper charts to the tablet app the pharmacy already used.',
    'We moved the nightly reconciliation into the warehouse scheduler.',
    '- Switched the weekly newsletter to a monthly digest',
    'I replaced the shared inbox with a ticket queue in our help desk tool.',
    'I priced out a second courier, but moved the heavy orders onto the pallet network instead.',
    'I moved to a flag-based approach for new payment methods.',
  ])('reads "%s" as a switch the writer made', (text) => {
    expect(switchCue(text)).toBeDefined();
  });

  it.each([
    // People moved, a setting moved to a figure, a count of things moved, someone else's move, a purpose.
    'I swapped two trainees onto the early shift.',
    'I moved the auto-close timer from 3 to 7 days.',
    'We migrated 140 jobs to the shared pipeline by the end of the year.',
    'The team later moved to a different vendor.',
    'We changed the key to spread users evenly.',
    'Finance switched banks last spring, before I joined.',
  ])('reads "%s" as no switch to ask about', (text) => {
    expect(switchCue(text)).toBeUndefined();
  });

  it('says whether the option left is named', () => {
    expect(switchCue('I switched the clinic from phone calls to text reminders.')?.leftNamed).toBe(true);
    expect(switchCue('I replaced the cron job with a queue consumer.')?.leftNamed).toBe(true);
    expect(switchCue('I moved the standup to the afternoon.')?.leftNamed).toBe(false);
  });

  it('reads a switch away from the cause just found as the fix, not a choice', () => {
    const cue = switchCue('Replaced the per-row inserts with one bulk insert.')!;
    expect(replacesFoundCause(cue, 'Profiled the import and found it spent most of its time on per-row inserts.')).toBe(
      true,
    );
    expect(replacesFoundCause(cue, 'The import ran every night at 2 am.')).toBe(false);
  });

  it('asks about a switch only to bring a short story up to five questions', () => {
    const story = {
      title: 'Reminders by text',
      situation:
        'Our dental practice lost many appointments to no-shows, and reception phoned patients every afternoon.',
      task: 'I wanted to free reception without more no-shows.',
      action: 'I switched the practice from phone calls to text reminders sent two days ahead.',
      result: 'Reception got its afternoons back.',
      reflection: '',
    };
    const asked = followUps(story).filter((f) => f.kind === 'decision');
    expect(asked).toHaveLength(1);
    expect(asked[0].question).toContain('switched the practice from phone calls');
  });
});
