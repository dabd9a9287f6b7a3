// Session 21 (signals2): a limit that rules an option out (ruled-out-options.ts), the shape limit → so →
// option out / option chosen, read as trade-off and constraint. Sentences written for the test, in several
// voices; none is a fixture row.
import { describe, it, expect } from 'vitest';
import { sentenceSignals } from '#shared/analysis/signals/sentence-signals';
import type { SignalId } from '#shared/analysis/index';

const shows = (sentence: string, id: SignalId) => sentenceSignals(sentence).has(id);

describe('session 21: a limit that rules an option out is a trade-off and a constraint', () => {
  it.each([
    'Card data could not leave the PCI zone, so the shared logging cluster was out.',
    'The council would not let us close the road for more than a night, so a full resurfacing was not an option.',
    'we werent allowed to install anything on the till PCs, so a local agent was out of the question',
    'Finance would not approve a second licence, so pairing on the tool was off the table for the quarter.',
  ])('%s', (s) => {
    expect(shows(s, 'trade-off')).toBe(true);
    expect(shows(s, 'constraint')).toBe(true);
  });

  it.each([
    'A live feed was off the table because the lab system only exported once a night.',
    'The cheaper courier was faster, but it lost two parcels a week, so we stayed with the old one.',
    'I settled for a weekly export, since the vendor charged for every API call.',
    'We would fix the login bugs first and leave the dark mode for later.',
  ])('trade-off: %s', (s) => expect(shows(s, 'trade-off')).toBe(true));

  it.each([
    'The old server was out of support, so I moved the jobs in one weekend.',
    'The report was out on Monday, so the board saw it before the meeting.',
    'We could not reach the supplier, so the order was out late.',
    'We left for the day at six.',
    'I accepted the offer and started in March.',
    'Half the team was out sick that week.',
    'I left the spreadsheet for the next shift to finish.',
    'The new rota was out before the holidays.',
  ])('not: %s', (s) => expect(shows(s, 'trade-off')).toBe(false));
});
