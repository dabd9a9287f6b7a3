import { describe, it, expect } from 'vitest';
import { findQuantities } from '#shared/analysis/rules/quantities';
import { hasScale, isScaleNoun } from '#shared/analysis/rules/scale';
import { tokenize } from './helpers';

const scale = (s: string) => hasScale(findQuantities(s, tokenize(s)).quantities);

describe('scale', () => {
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
});
