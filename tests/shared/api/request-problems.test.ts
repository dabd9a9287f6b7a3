// A refused request says in plain words what was wrong and what to do, for every field any channel
// validates: never a schema path ("fields.situation"), never a validator's own words ("Too big").
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { HandlerContext } from '../../../main/api/context';
import { dispatch } from '../../../main/api/dispatch';
import { handlers } from '../../../main/api/handlers';
import { contract, type Channel } from '#shared/api/contract';
import { fieldLabel } from '#shared/api/field-labels';
import { describeRequestProblems, requestProblemSentences } from '#shared/api/request-problems';

const context = { info: () => ({}), native: {}, services: {} } as unknown as HandlerContext;
const STORY_ID = 'story_0123456789abcdef';

type Schema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };
interface Field {
  path: (string | number)[];
  schema: Schema;
}

/** Every field of a request schema (list items at index 0), down to the values it checks. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly']);

function fieldsOf(schema: Schema, path: (string | number)[] = [], out: Field[] = []): Field[] {
  const def = schema._zod.def;
  const inner = (key: string) => def[key] as Schema;
  const type: string = def.type;
  if (WRAPPERS.has(type)) return fieldsOf(inner('innerType'), path, out);
  if (type === 'pipe') return fieldsOf(inner('in'), path, out);
  if (path.length > 0) out.push({ path, schema });
  if (type === 'object')
    for (const [key, value] of Object.entries(def['shape'] as Record<string, Schema>))
      fieldsOf(value, [...path, key], out);
  else if (type === 'array') fieldsOf(inner('element'), [...path, 0], out);
  else if (type === 'record') fieldsOf(inner('valueType'), [...path, 'problem'], out);
  else if (type === 'union') for (const option of def['options'] as Schema[]) fieldsOf(option, path, out);
  return out;
}

/** Values that break a field in each way its schema checks. */
const BAD_VALUES: unknown[] = [
  undefined,
  42,
  'not a date, an id or a choice',
  '',
  'x'.repeat(70_000_000),
  -1e9,
  1e9,
  1.5,
  true,
  Array.from({ length: 20_001 }, () => 'x'),
  [],
  { unknownKey: 1 },
];

const SCHEMA_PATH = /\b[a-z]+[A-Z]?\w*\.[a-z]\w*\b|\.\d+\b|\b(?:fields|scope)\b/;
const VALIDATOR_WORDS =
  /too (big|small)|invalid|expected|received|must match|unrecognized|regex|NaN|undefined|\[object/i;

describe('request problems in plain words', () => {
  it('names a Situation that is too long, and says what to do', async () => {
    const result = await dispatch(
      handlers,
      'updateStory',
      { id: STORY_ID, fields: { situation: 'x'.repeat(20_001) } },
      context,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: 'The Situation is longer than 20,000 characters. Shorten it and save again.',
      },
    });
  });

  it('says each problem once, and plainly, for a request with several', async () => {
    const result = await dispatch(
      handlers,
      'createStory',
      {
        fields: {
          title: 't'.repeat(201),
          notes: 'n'.repeat(20_001),
          status: 'maybe',
          companies: ['c'.repeat(201), 'd'.repeat(201)],
        },
      },
      context,
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toBe(
      'The title is longer than 200 characters. Shorten it and save again. ' +
        'A company name is longer than 200 characters. Shorten it and save again. ' +
        'The status must be one of Draft, Ready, Retired. Choose one and save again. (And 1 more problem.)',
    );
  });

  it('names depth-map notes by their layer', () => {
    const parsed = contract.updateProject.request.safeParse({
      name: 'Search',
      changes: { layerNotes: { data: 'n'.repeat(20_001) } },
    });
    expect(parsed.success).toBe(false);
    expect(describeRequestProblems('updateProject', parsed.error!)).toBe(
      'The notes on data are longer than 20,000 characters. Shorten them and save again.',
    );
  });

  it('has a label for every field of every channel', () => {
    const missing: string[] = [];
    for (const channel of Object.keys(contract) as Channel[])
      for (const { path } of fieldsOf(contract[channel].request as unknown as Schema))
        if (!fieldLabel(channel, path)) missing.push(`${channel}: ${path.join('.')}`);
    expect(missing).toEqual([]);
  });

  it('says every way any field can be refused without schema paths or validator words, ending in what to do', () => {
    const bad: string[] = [];
    let described = 0;
    for (const channel of Object.keys(contract) as Channel[]) {
      for (const { path, schema } of fieldsOf(contract[channel].request as unknown as Schema)) {
        for (const value of BAD_VALUES) {
          const parsed = schema.safeParse(value);
          if (parsed.success) continue;
          const issues = parsed.error.issues.slice(0, 5).map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
          for (const message of requestProblemSentences(channel, issues)) {
            described++;
            if (
              SCHEMA_PATH.test(message) ||
              VALIDATOR_WORDS.test(message) ||
              !/^[A-Z]/.test(message) ||
              !/(save|try) again\.$/.test(message) ||
              message.includes('this request')
            )
              bad.push(`${channel} ${path.join('.')} ← ${JSON.stringify(value)?.slice(0, 20)}: ${message}`);
          }
        }
      }
    }
    expect(described).toBeGreaterThan(1_000);
    expect([...new Set(bad)]).toEqual([]);
  });

  it('speaks of the request itself only when it is not an object or carries a field it does not know', async () => {
    const notObject = await dispatch(handlers, 'appInfo', 'hello', context);
    expect(!notObject.ok && notObject.error.message).toBe(
      'Storybank could not read this request. Reload the page and try again.',
    );
    const stray = await dispatch(handlers, 'appInfo', { unexpected: 1 }, context);
    expect(!stray.ok && stray.error.message).toBe(
      'This request carries something this version of Storybank does not know. Reload the page, or update Storybank, and try again.',
    );
  });
});
