// loadBankBytes validates through zod's compiled fast path (load-bank.ts). These tests hold it to
// the plain Bank schema: a good bank comes out exactly as Bank.parse makes it (same values, same key
// order, unknown fields kept aside), and every kind of bad bank is rejected with exactly the issues
// the plain schema names.
import { describe, expect, it } from 'vitest';
import { describeZodIssues } from '#shared/api/errors';
import { Bank } from '#shared/domain/schemas';
import { bankText, loadBankBytes } from '../../../main/store/load-bank';
import { collectUnknown } from '../../../main/store/unknown-fields';
import { AT, richBank } from './fixtures/rich-bank';

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));

describe('loading a good bank', () => {
  it('gives exactly what the plain schema gives, key order included', () => {
    const raw = richBank();
    const outcome = loadBankBytes(bytesOf(raw), AT);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const plain = Bank.parse(JSON.parse(JSON.stringify(raw)));
    expect(JSON.stringify(outcome.bank)).toBe(JSON.stringify(plain));
    expect(outcome.remainder).toBeUndefined();
    // A parse builds fresh objects: nothing in the result is shared with a caller's input.
    expect(outcome.bank.stories[0]).not.toBe(raw.stories[0]);
  });

  it('keeps fields it does not know aside, as with the plain schema', () => {
    const raw = JSON.parse(JSON.stringify(richBank())) as Record<string, unknown> & Bank;
    Object.assign(raw, { futureTop: { a: 1 } });
    Object.assign(raw.stories[3], { mood: 'calm' });
    Object.assign(raw.stories[5].rehearsals[1], { audio: 'take-2.ogg' });
    Object.assign(raw.settings, { fontSize: 14 });
    const outcome = loadBankBytes(bytesOf(raw), AT);
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const plain = Bank.parse(raw);
    expect(JSON.stringify(outcome.bank)).toBe(JSON.stringify(plain));
    expect(JSON.stringify(outcome.bank)).not.toContain('calm');
    expect(outcome.remainder).toEqual(collectUnknown(raw, plain));
    expect(outcome.remainder?.keys).toEqual({ futureTop: { a: 1 } });
  });
});

type Raw = ReturnType<typeof richBank> & Record<string, unknown>;

/** One change each that makes the bank invalid, all over the schema. */
const BREAKS: [string, (bank: Raw) => void][] = [
  ['a status the schema does not know', (b) => Object.assign(b.stories[0], { status: 'maybe' })],
  ['a malformed story id', (b) => Object.assign(b.stories[2], { id: 'Not An Id' })],
  ['a title over the limit', (b) => Object.assign(b.stories[1], { title: 'x'.repeat(201) })],
  ['a missing required field', (b) => delete (b.stories[4] as Partial<Raw['stories'][number]>).situation],
  ['a number where text belongs', (b) => Object.assign(b.stories[6], { notes: 42 })],
  ['a date that is not ISO', (b) => Object.assign(b.stories[8], { updatedAt: '3 March 2026' })],
  ['a rating out of range', (b) => Object.assign(b.stories[5].rehearsals[1], { rating: 6 })],
  ['a fractional rating', (b) => Object.assign(b.stories[5].rehearsals[1], { rating: 2.5 })],
  ['negative seconds', (b) => Object.assign(b.stories[2].rehearsals[0], { seconds: -1 })],
  ['null for an optional field', (b) => Object.assign(b.stories[9], { deletedAt: null })],
  ['a tag that is neither id nor slug', (b) => Object.assign(b.stories[3], { competencies: ['Has Spaces'] })],
  ['too many tags', (b) => Object.assign(b.stories[3], { stages: Array.from({ length: 61 }, () => 'behavioral') })],
  ['an object where a list belongs', (b) => Object.assign(b.stories[6], { rehearsals: {} })],
  ['a null story', (b) => (b.stories[7] = null as unknown as Raw['stories'][number])],
  ['a bad loop date', (b) => Object.assign(b.loops[0], { date: '2026-02-30' })],
  ['an empty question', (b) => Object.assign(b.questions[0], { text: '' })],
  ['an unknown unit', (b) => Object.assign(b.interviews[0].stories[0].claimsSaid![0], { unit: 'parsecs' })],
  ['a note that is not text', (b) => Object.assign(b.projects[0].layerNotes, { data: 7 })],
  ['a wrong theme', (b) => Object.assign(b.settings, { theme: 'neon' })],
  ['a wrong schemaVersion type', (b) => Object.assign(b, { profile: 'me' })],
  [
    'several problems at once',
    (b) => {
      Object.assign(b.stories[0], { status: 'maybe' });
      Object.assign(b.stories[11], { title: 7 });
      Object.assign(b.settings, { paperSize: 'a5' });
    },
  ],
];

describe('loading a bad bank', () => {
  for (const [what, breakIt] of BREAKS) {
    it(`rejects ${what} with the plain schema's issues`, () => {
      const raw = JSON.parse(JSON.stringify(richBank())) as Raw;
      breakIt(raw);
      const expected = Bank.safeParse(JSON.parse(JSON.stringify(raw)));
      expect(expected.success).toBe(false);
      const outcome = loadBankBytes(bytesOf(raw), AT);
      expect(outcome).toEqual({ kind: 'damaged', damage: 'invalid', detail: describeZodIssues(expected.error!) });
    });
  }

  it('still names a duplicate story id after a valid parse', () => {
    const raw = richBank();
    raw.stories[3] = { ...raw.stories[3], id: raw.stories[1].id };
    expect(loadBankBytes(bytesOf(raw), AT)).toEqual({
      kind: 'damaged',
      damage: 'invalid',
      detail: `Two stories share the id ${raw.stories[1].id}.`,
    });
  });
});

describe('reading a bank file as text', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('reads ASCII and UTF-8 files as the same text a strict UTF-8 decoder gives', () => {
    for (const text of ['{"a":"plain ascii"}', '{"a":"Zoë’s café — 😀"}', '\u0000{"a":1}'])
      expect(bankText(utf8(text))).toBe(new TextDecoder('utf-8', { fatal: true }).decode(utf8(text)));
  });

  it('strips a byte-order mark as the strict decoder does', () => {
    expect(bankText(utf8('\ufeff{"a":1}'))).toBe('{"a":1}');
  });

  it('refuses bytes that are Latin-1 but not UTF-8', () => {
    expect(bankText(Uint8Array.from([0x7b, 0x22, 0x61, 0xe9, 0x22, 0x7d]))).toBeUndefined();
    const raw = richBank();
    const bytes = bytesOf(raw);
    const broken = new Uint8Array(bytes.length + 1);
    broken.set(bytes);
    broken[bytes.length] = 0xff;
    expect(loadBankBytes(broken, AT)).toMatchObject({ kind: 'damaged', damage: 'not-text' });
  });

  it('reads only the bytes of a view into a larger buffer', () => {
    const whole = utf8('xx{"a":1}yy');
    expect(bankText(whole.subarray(2, whole.length - 2))).toBe('{"a":1}');
    expect(bankText(utf8('é{"a":1}é').subarray(2, 9))).toBe('{"a":1}');
  });

  it('still finds a zero byte in an ASCII file', () => {
    expect(loadBankBytes(utf8('{"schemaVersion":1,\u0000}'), AT)).toMatchObject({
      kind: 'damaged',
      damage: 'not-text',
    });
  });
});
