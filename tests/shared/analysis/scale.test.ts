import { describe, it, expect } from 'vitest';
import { findQuantities } from '#shared/analysis/rules/quantity/quantities';
import { hasScale, isScaleNoun } from '#shared/analysis/rules/quantity/scale';
import { tokenize } from './helpers';

const scale = (s: string) => hasScale(findQuantities(s, tokenize(s)).quantities);

describe('scale', () => {
  it('reads a count under an -ing form that describes a thing as its size', () => {
    expect(scale('Dispatcher for a courier firm covering 14 towns')).toBe(true);
    expect(scale('We supported a school trust running 11 primary schools.')).toBe(true);
    expect(scale('Built 12 dashboards for the sales team')).toBe(false);
  });

  it('counts users, traffic, data and estate given with a number', () => {
    expect(scale('A feed serving 3M readers')).toBe(true);
    expect(scale('Handles 45k QPS at peak')).toBe(true);
    expect(scale('Stores 8 PB of sensor logs')).toBe(true);
    expect(scale('Runs on 1,200 nodes in 5 regions')).toBe(true);
    expect(scale('Rolled out to 14 countries')).toBe(true);
  });

  it('counts team size and budget', () => {
    expect(scale('Managed a team of 9')).toBe(true);
    expect(scale('Led 30 engineers across two sites')).toBe(true);
    expect(scale('Owned a $4M budget')).toBe(true);
    expect(scale('Owned a budget of $4M')).toBe(true);
  });

  it('counts orders of magnitude in words', () => {
    expect(scale('Used by millions of shoppers')).toBe(true);
    expect(scale('Indexed tens of thousands of documents')).toBe(true);
  });

  it('counts a volume per unit of time whatever it counts', () => {
    expect(scale('Reviews about 500 claims forms a day')).toBe(true);
  });

  it('is not scale without a number', () => {
    expect(scale('A large-scale, high-traffic enterprise platform with many users')).toBe(false);
    expect(scale('Across multiple regions')).toBe(false);
  });

  it('is not scale when the number measures something else', () => {
    expect(scale('Shipped 4 features')).toBe(false);
    expect(scale('Cut costs by 20%')).toBe(false);
    expect(scale('Moved throughput from 30 TPS to 200 TPS')).toBe(false);
  });

  it('knows its nouns', () => {
    expect(isScaleNoun('microservices')).toBe(true);
    expect(isScaleNoun('ideas')).toBe(false);
  });

  it('does not size the context with the people of the story or a pilot', () => {
    expect(scale('Paired with two engineers from the platform team on the rewrite.')).toBe(false);
    expect(scale('Worked closely with three analysts to clean the ledger.')).toBe(false);
    // After a noun, the count is the group's size.
    expect(scale('Ran a support team with 8 agents.')).toBe(true);
    // Many people worked with still size the work.
    expect(scale('Worked with 300 annotators in 5 countries.')).toBe(true);
  });

  it('counts people hired or trained and accounts won as the work, not the context (RUBRIC-NOTES)', () => {
    expect(scale('Hired 4 data engineers in one quarter.')).toBe(false);
    expect(scale('Trained 35 new support agents on the refund policy.')).toBe(false);
    expect(scale('Won back 9 churned accounts.')).toBe(false);
    expect(scale('A referral program that brought in 18,000 sign-ups.')).toBe(false);
    // A team's size or a base reached is still scale.
    expect(scale('Hired and led a team of nine.')).toBe(true);
    expect(scale('The forum grew to 900 members.')).toBe(true);
  });

  it('counts the people a leading verb governs as the size of the team (RUBRIC-NOTES)', () => {
    expect(scale('Supervised 25 warehouse workers.')).toBe(true);
    expect(scale('Ran a squad of four on the rewrite.')).toBe(true);
    expect(scale('Ran weekly 1:1s with 6 direct reports.')).toBe(true);
  });

  it('does not size the context with a few people or teams acting in the story (RUBRIC-NOTES)', () => {
    expect(scale('Two accountants had already resigned over the close process.')).toBe(false);
    expect(scale('Four developers on the night rota kept a shared list of flaky tests.')).toBe(false);
    expect(scale('Two translators and I reviewed every string by hand.')).toBe(false);
    expect(scale('When three squads asked for the same endpoint, I wrote one.')).toBe(false);
    // A few people who adopt the work, or report to the writer, are a result or the team.
    expect(scale('Three squads now use the shared linter.')).toBe(true);
    expect(scale('Two teams have since built on the ledger API.')).toBe(true);
    expect(scale('Seven engineers reported to me.')).toBe(true);
    // Many people are the size of the context, whatever they do.
    expect(scale('About 6,000 drivers opened the app each morning.')).toBe(true);
  });

  it('does not size the context with the group a pilot, beta, canary or test ran on (RUBRIC-NOTES)', () => {
    expect(scale('Ran a beta of the booking flow with 15 clinics.')).toBe(false);
    expect(scale('Piloted the new menu in two restaurants.')).toBe(false);
    expect(scale('Deployed the build to one canary region first.')).toBe(false);
    expect(scale('Tested the checkout prototype with six shoppers.')).toBe(false);
    // The rollout after it, or a large test population, still sizes the work.
    expect(scale('Rolled the new menu out across 90 restaurants.')).toBe(true);
    expect(scale('Ran the experiment on 400,000 sessions a week.')).toBe(true);
  });

  it('does not size the context with a few people moved onto the work', () => {
    expect(scale('Borrowed two analysts from finance for the audit.')).toBe(false);
    expect(scale('The director moved three engineers onto the rewrite.')).toBe(false);
    expect(scale('Managed 11 engineers across two squads.')).toBe(true);
  });

  it('counts customers landed or brought on as the work, not the context (RUBRIC-NOTES)', () => {
    expect(scale('Landed our first four logistics customers.')).toBe(false);
    expect(scale('Brought on 12 new wholesale clients in a year.')).toBe(false);
    expect(scale('Account lead for 25 wholesale clients.')).toBe(true);
  });
});
