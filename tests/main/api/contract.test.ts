import { describe, expect, it } from 'vitest';
import { handlers } from '../../../main/api/handlers';
import { contract } from '#shared/api/contract';

describe('the API contract', () => {
  it('has a handler for every channel and no handler without a channel', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('gives every channel a request and a response schema', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(typeof spec.request.safeParse, name).toBe('function');
      expect(typeof spec.response.safeParse, name).toBe('function');
    }
  });
});
