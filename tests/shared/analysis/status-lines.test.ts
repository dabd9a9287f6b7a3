// A résumé line that names what the writer is or holds — post-nominal letters, a licence, a trade held on
// their own account, how long they have worked — is no claim and measures nothing (RUBRIC.md: job titles,
// education entries and skill lists are no claims; RUBRIC-NOTES: tenure is context). Session 32,
// ERROR-KINDS-S31-FRESH23 "Credential, licence, tenure, skill and kit lines": a participle after a comma
// read as a passive, a hyphenated participle as a verb-first bullet, a tenure as a verbless result's measure.
// The sentences are written for this test.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';
import { isStatusLine } from '#shared/analysis/rules/lines/line-status';
import { tokenize } from './helpers';

describe('status lines', () => {
  it.each([
    'CPA, licensed in Texas and Oklahoma',
    'PE, licensed in California',
    'Licensed real estate agent since 2016',
    'PGCE, QTS, 6 years KS2',
    'Forklift licence (counterbalance, reach), 5 years warehouse',
    'Self-taught developer, 4 years Python',
    'Self-employed plumber, 15 years',
    'Self-employed roofer since 2011, West Cork.',
    'Experienced carer, 8 years domiciliary',
    '5 yrs warehouse, 2 yrs team leader',
    'Gas Safe registered engineer, 20 years experience',
    'certified welder 2nd class, 12 yrs shipyard + offshore',
    'Bonded and insured, 20 years in business',
    'CDL Class A, clean MVR, 8 yrs OTR',
    'Time-served joiner since 1998',
    'Over 10 years in the trade',
    'Semi-retired accountant, ACA',
  ])('%s: no claim, no metric', (text) => {
    const facts = sentenceFacts(text);
    expect(facts.isClaim).toBe(false);
    expect(facts.hasMetric).toBe(false);
  });

  it.each([
    // an act after the status, or the status verb with an object
    ['RN, led the sepsis audit on ward 7', true],
    ['CPA, cut month-end close from 10 days to 4', true],
    ['Licensed electrician, rewired 40 homes a year', true],
    ['Licensed our routing data to two partners', true],
    ['Certified and trained 40 new drivers', true],
    ['Certified 30 new forklift drivers', true],
    ['Self-published two novels', true],
    ['Self-managed a caseload of 30 families', true],
    ['Registered the charity with the Commission', true],
    ['6 years running the Saturday food bank shift', true],
    ['AWS cost down 40%, on-call pages halved', true],
    ['NPS up, churn down', true],
  ])('%s: still a claim', (text, claim) => {
    expect(sentenceFacts(text).isClaim).toBe(claim);
  });

  it.each([
    // a remit, a count or an effect keeps the line out of the status reading
    'Line training captain for new joiners since 2022',
    'Since 2022 also lead of a team of 4 developers',
    'Store manager since 2019, 35 staff',
    'Farm manager, 480 ha arable, Shropshire',
    'Zero-touch laptop onboarding for new starters since 2023.',
  ])('%s: not a status line', (text) => {
    expect(isStatusLine(tokenize(text))).toBe(false);
  });
});
