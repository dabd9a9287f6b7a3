// A disagreement named by arguing (the verb or its noun) and people hard to deal with by more of their adjectives, as
// conflict; a draft "the team can argue with" and a function's arguments stay none. The lines are our own.
import { describe, expect, it } from 'vitest';
import { askedInDuty, generic, ml } from './asked-in-duty';

const asked = (line: string, framework = generic) => askedInDuty(line, framework);

describe('arguments and hard dealings', () => {
  it('reads arguing and an argument to settle as conflict', () => {
    expect(asked('Expect the site managers to argue about the new rota')).toContain('generic.conflict');
    expect(asked('settle the long-running argument about which warehouse system we keep')).toContain(
      'generic.conflict',
    );
    expect(asked("You've argued for a later launch date with a director, and won", ml)).toContain('ml.conflict');
    expect(asked('When there is an argument at the counter, you sort it out')).toContain('generic.conflict');
  });

  it('reads a draft argued with, and arguments of code, as no conflict', () => {
    expect(asked('Write a design doc the team can argue with, then a plan')).not.toContain('generic.conflict');
    expect(asked('Write proposals other teams read and argue with')).not.toContain('generic.conflict');
    expect(asked('Add named arguments to the command line tools')).not.toContain('generic.conflict');
  });

  it('reads tricky, rude or aggressive people as conflict, and tricky things as none', () => {
    expect(asked('Chase overdue accounts (some tricky customers, so a calm head helps)')).toContain('generic.conflict');
    expect(asked('handle rude or aggressive callers calmly', ml)).toContain('ml.conflict');
    expect(asked('Able to manage distressed or aggressive patients and their relatives')).toContain('generic.conflict');
    expect(asked('Untangle some tricky legacy code in the billing service')).not.toContain('generic.conflict');
    expect(asked('Run an aggressive hiring plan for the new region')).not.toContain('generic.conflict');
  });
});
