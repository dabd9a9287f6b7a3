// Adoption told one step off the verbs of adopting (after-act-adoption.ts): after the writer's act another party
// keeps to the work — a present habit or a perfect on "it" or a relative's head, a status the work now holds for
// others, a present passive with a party as agent and a time after the act, others got onto one shared thing.
// Every sentence here is our own writing (session 34), labeled by RUBRIC-NOTES "Agreement, approval and
// adoption". The "aside" lists were put aside before the rule was written and measured once it was: 13 of 16
// caught, no near miss fired by the new rule (the two that fire are older readings, marked below). Two of the three
// missed were read afterwards by widening the shapes (a status noun phrase with a clause hung on it, a "what"
// clause); they are kept apart as no longer unseen.
import { describe, it, expect } from 'vitest';
import { sentenceFacts } from '#shared/analysis/sentence-facts';

const outcome = (text: string) => sentenceFacts(text).hasOutcome;

/** Written first; the rule was built against these. */
const TUNING = [
  'Drafted the on-call handbook, which every new squad now starts from.',
  'Set up a shared expense template and the finance team has worked from it ever since.',
  'The intake form I designed is now mandatory for all referrals.',
  '- Introduced feature flags with LaunchDarkly — now compulsory for all new services',
  'Got the three depots onto a single delivery schedule.',
  'I wrote the release checklist and both product teams follow it for every launch now.',
  'Proposed a weekly risk review to the PMO, and three programmes now hold their own.',
  'The data dictionary I started is looked after by the analytics team since last spring.',
  'Introduced a deploy checklist which is now the standard in all four offices.',
  'Redesigned the stock count sheet; all six stores have been using it since March.',
  "Set up the supplier scorecard, it's the reference the buying team works from today.",
  'I wrote our API style guide and today it is compulsory for all public endpoints.',
  'Developed the triage protocol which is in use in both emergency departments since 2022.',
  'Translated the safety induction into Polish and the agency now gives it to every new starter.',
  'The pairing rota I introduced is kept by all three squads to this day.',
  'Wrote the bid-review checklist, now the default for every tender.',
];

/** Put aside before the rule was written; measured once it was. */
const ASIDE = [
  'Wrote the vendor onboarding checklist; procurement still uses it for each new supplier.',
  'Built a small pricing calculator, the sales reps open it on every customer call.',
  'Created the code review guide, it is now required reading for every new engineer.',
  'My rota spreadsheet is now owned by the nursing office.',
  'Designed the lab booking sheet, which the other two labs have since taken on.',
  'Put together a style guide for the support macros; the whole support team works from it today.',
  'Made a handover template for the night shift, they fill it in at every change of shift.',
  'Wrote the grant application template that the foundation now hands out to every applicant.',
  'Built the onboarding deck – HR sends it to every new joiner now.',
  'Created the lesson plan format which all the year 7 teachers are now expected to use.',
  'Created a test-data generator, QA run it before every release since then.',
  'Built the churn report; the leadership team reviews it each Monday.',
  'Documented the cluster upgrade runbook, it became obligatory for every platform change.',
];
/** Aside sentences missed at the measure, read since by widening the shapes. */
const ASIDE_READ_AFTER = [
  'Our incident write-up format became the one all of engineering starts from.',
  'My budgeting sheet is what the finance office works from now.',
];
/** An aside sentence still missed: a heading names the work, no act of the writer's stands in the line. */
const ASIDE_MISSED = ['**Ward round checklist**: the other wards have all taken it into their own routines.'];

/** Near misses: a plan or request, context before the act, a tool the writer used, the writer's own keeping. */
const NEAR_MISSES_TUNING = [
  'The board wants the churn report every month.',
  'Used Terraform and Vault for all new projects.',
  'Asked the ops team to take over the archive job.',
  'Drafted the code review guide for new engineers.',
  'I hope the other depots will start from my template.',
  'Reviewed the template every ML team starts from.',
  'Security requires every new service to use Vault.',
];
const NEAR_MISSES_ASIDE = [
  'Wrote the release checklist that the product team had asked for.',
  'Every team uses Jira, so I built a plugin for the sprint reports.',
  'The ward will use the new intake form from next month.',
  'The checklist is mandatory for all new hires, so I rewrote it in plain language.',
  'Kept the onboarding deck up to date for every new joiner.',
  "Joined the platform team's on-call rota.",
];
/** Near misses an older reading fires on (others-use and now-present rules), left for their own work. */
const NEAR_MISSES_FIRED_ELSEWHERE = [
  'Our manager now owns the budget, so I report to her every week.',
  'Supported the sales reps, who open the CRM on every call.',
];
/** A near miss the others-use rule fired on, left since session 41's take-up reading (party-take-up.ts) replaced it. */
const NEAR_MISSES_LEFT_SINCE = ['They still open the old spreadsheet every morning, so I built a dashboard.'];

describe('adoption after the act, one step off the verbs of adopting', () => {
  it('reads the tuning sentences', () => {
    for (const s of TUNING) expect(outcome(s), s).toBe(true);
  });

  it('reads the aside sentences it was measured on', () => {
    for (const s of ASIDE) expect(outcome(s), s).toBe(true);
  });

  it('reads the aside sentences read after the measure', () => {
    for (const s of ASIDE_READ_AFTER) expect(outcome(s), s).toBe(true);
  });

  for (const s of ASIDE_MISSED) it.fails(`misses an aside sentence: ${s}`, () => expect(outcome(s)).toBe(true));

  it('leaves plans, requests, context before the act and the writer keeping the work', () => {
    for (const s of [...NEAR_MISSES_TUNING, ...NEAR_MISSES_ASIDE]) expect(outcome(s), s).toBe(false);
  });

  for (const s of NEAR_MISSES_FIRED_ELSEWHERE)
    it.fails(`an older reading fires on a near miss: ${s}`, () => expect(outcome(s)).toBe(false));

  it('leaves a near miss the others-use rule fired on', () => {
    for (const s of NEAR_MISSES_LEFT_SINCE) expect(outcome(s), s).toBe(false);
  });

  it("reads a requirement with a time after the act, the writer's own work named, a counted scope", () => {
    expect(outcome('Wrote the secrets policy, and all new services must now go through it.')).toBe(true);
    expect(outcome('Set up the review checklist; the registrars follow my checklist on every ward round.')).toBe(true);
    expect(outcome('Built a forecasting model and the planners use our forecast in every weekly meeting.')).toBe(true);
    expect(outcome('Rewrote the discharge letter, now sent in every ward since May.')).toBe(true);
    expect(outcome('I drafted the safety briefing, which is still in use.')).toBe(true);
  });

  it("leaves others acting on the writer's work with no take-up: prepositions, rejection, a state", () => {
    expect(outcome('On Monday I wrote the postmortem and walked the other teams through it.')).toBe(false);
    expect(outcome('Built the rota, but the nurses ignore it on weekends.')).toBe(false);
    expect(outcome('Rewrote the form and the clerks find it slow.')).toBe(false);
    expect(outcome('I built the tool; it has since been replaced by the vendor team.')).toBe(false);
    expect(outcome('Wrote the guide because the interns will need it in June.')).toBe(false);
    expect(outcome('I wrote the guide and the interns have to read it before they start.')).toBe(false);
    expect(outcome('The nurses must check it twice a day.')).toBe(false);
    expect(outcome('Every morning the team uses my spreadsheet, so I automated it.')).toBe(false);
  });
});
