// dispatch checks requests and answers with zod's compiled schemas (main/api/dispatch.ts). These
// tests hold them to the plain contract: the handler gets what the plain request schema makes
// (defaults included), a whole bank is answered exactly as the plain Bank schema gives it, and a
// broken answer or request is described from the plain schema's issues.
import { describe, expect, it, vi } from 'vitest';
import type { HandlerContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import type { HandlerTable } from '../../../main/api/handler-table';
import { handlers as realHandlers } from '../../../main/api/handlers';
import { contract, type Channel } from '#shared/api/contract';
import { describeZodIssues } from '#shared/api/errors';
import { describeRequestProblems } from '#shared/api/request-problems';
import { Bank } from '#shared/domain/schemas';
import { richBank } from '../store/fixtures/rich-bank';

const context = { info: () => ({}), native: {}, services: {} } as unknown as HandlerContext;
const CHANNELS = Object.keys(contract) as Channel[];

/** A table where `channel` records what it received and answers `answer`. */
function recording(channel: Channel, answer: unknown) {
  const seen = vi.fn((request: unknown) => {
    void request;
    return answer;
  });
  return { table: { ...realHandlers, [channel]: seen } as unknown as HandlerTable, seen };
}

describe('dispatch with compiled schemas', () => {
  // Requests each channel might get: empty (defaults fill in), a stray key, not an object.
  const REQUESTS: unknown[] = [{}, { unexpected: 1 }, 'hello', { id: 'story_abc', fields: {} }];

  it('hands every channel the same request the plain schema makes, or refuses it with the same words', async () => {
    for (const channel of CHANNELS) {
      for (const request of REQUESTS) {
        const { table, seen } = recording(channel, undefined);
        const result = await dispatch(table, channel, request, context);
        const plain = contract[channel].request.safeParse(request);
        if (plain.success) {
          expect(seen, channel).toHaveBeenCalledOnce();
          expect(JSON.stringify(seen.mock.calls[0][0]), channel).toBe(JSON.stringify(plain.data));
        } else {
          expect(seen, channel).not.toHaveBeenCalled();
          expect(result, channel).toEqual({
            ok: false,
            error: { code: 'invalid-request', message: describeRequestProblems(channel, plain.error) },
          });
        }
      }
    }
  });

  it('answers getBank with the bank exactly as the plain schema gives it, key order included', async () => {
    const bank = richBank();
    const { table } = recording('getBank', bank);
    const result = await dispatch(table, 'getBank', {}, context);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result.ok && result.value)).toBe(JSON.stringify(Bank.parse(bank)));
  });

  it('refuses a broken bank answer with the plain schema’s description', async () => {
    const bank = richBank();
    const broken = { ...bank, stories: bank.stories.map((s, i) => (i === 4 ? { ...s, status: 'maybe' } : s)) };
    const { table } = recording('getBank', broken);
    const log = vi.fn();
    const result = await dispatch(table, 'getBank', {}, context, log);
    const plain = Bank.safeParse(broken);
    expect(plain.success).toBe(false);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-response',
        message: `The app produced an invalid answer for getBank; nothing was changed on screen. (${describeZodIssues(plain.error!)})`,
      },
    });
    expect(log).toHaveBeenCalledOnce();
  });
});
