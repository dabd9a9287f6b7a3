// What cannot be imported is refused before parsing, with a message a person can act on.
import { describe, expect, it } from 'vitest';
import { ApiError } from '#shared/api/errors';
import {
  encodeBase64,
  MAX_IMPORT_BYTES,
  previewImport,
  readImportText,
  importJsonBackup,
} from '#shared/interchange/index';

const bytes = (...values: number[]) => new Uint8Array(values);
const refusedWith = (fn: () => unknown): ApiError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('was not refused');
};

describe('import input', () => {
  it('refuses a 50 MB file, as text or as bytes, before parsing it', () => {
    const big = 'Title,Situation\n' + 'a,b\n'.repeat((50 * 1024 * 1024) / 4);
    const asText = refusedWith(() => previewImport({ format: 'csv', text: big }));
    expect(asText.code).toBe('too-large');
    expect(asText.message).toMatch(/imports files up to 10 MB/);
    const asBytes = refusedWith(() =>
      readImportText({ base64: 'A'.repeat(Math.ceil(((MAX_IMPORT_BYTES + 10) * 4) / 3)) }),
    );
    expect(asBytes.message).toMatch(/This file is 10\.0 MB; Storybank imports files up to 10 MB/);
  });

  it('refuses binary data (a zero byte), naming where', () => {
    expect(refusedWith(() => readImportText({ text: 'Title\nok\n\u0000\u0001' })).message).toMatch(
      /binary file \(a zero byte on line 3\)/,
    );
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00);
    expect(refusedWith(() => readImportText({ base64: encodeBase64(png) })).message).toMatch(
      /binary file \(a zero byte at byte 9\)/,
    );
  });

  it('refuses invalid UTF-8 bytes, and text that was decoded with replacement characters', () => {
    const latin1 = bytes(...new TextEncoder().encode('Title,Situation\nCaf'), 0xe9, 0x0a);
    expect(refusedWith(() => readImportText({ base64: encodeBase64(latin1) })).message).toMatch(
      /not valid UTF-8.*save it as “UTF-8”/,
    );
    expect(refusedWith(() => readImportText({ text: 'Title\nCaf\uFFFD\n' })).message).toMatch(
      /^Line 2 has characters that could not be read/,
    );
  });

  it('reads UTF-8 with a BOM, UTF-16 from Excel, and CRLF line endings', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Title\r\nCafé\r\n')]);
    expect(readImportText({ base64: encodeBase64(utf8) })).toBe('Title\nCafé\n');
    const utf16 = [0xff, 0xfe];
    for (const c of 'Title\nCafé') utf16.push(c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8);
    expect(readImportText({ base64: encodeBase64(new Uint8Array(utf16)) })).toBe('Title\nCafé');
  });

  it('reads UTF-16 files with a BOM whole (both byte orders, CRLF, characters beyond the BMP)', () => {
    const text = 'Title,Situation\r\nCafé 🚀,Shipped in 3 weeks\r\n';
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      le.push(unit & 0xff, unit >> 8);
      be.push(unit >> 8, unit & 0xff);
    }
    for (const file of [le, be]) {
      const preview = previewImport({ format: 'auto', fileName: 'stories.csv', base64: encodeBase64(bytes(...file)) });
      expect(preview.stories.map((s) => s.fields.title)).toEqual(['Café 🚀']);
    }
  });

  it('refuses a binary file that starts with a UTF-16 byte-order mark, in plain words', () => {
    // FF FE then a lone surrogate (D800), an odd byte count, or bytes that decode to control characters.
    for (const file of [
      bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00),
      bytes(0xff, 0xfe, 0x41, 0x00, 0x42),
      bytes(0xff, 0xfe, 0x03, 0x00, 0x04, 0x00, 0x14, 0x00),
    ]) {
      const error = refusedWith(() =>
        previewImport({ format: 'auto', fileName: 'stories.md', base64: encodeBase64(file) }),
      );
      expect(error.code).toBe('invalid-request');
      expect(error.message).toMatch(/^This looks like a binary file \(.+\), not Markdown, CSV or JSON text\./);
    }
  });

  it('refuses broken base64 and an empty request', () => {
    expect(refusedWith(() => readImportText({ base64: 'not base64!' })).message).toMatch(/did not arrive intact/);
    expect(refusedWith(() => readImportText({})).message).toMatch(/pick a file first/);
  });

  it('keeps HTML and script in fields as literal text', () => {
    const preview = previewImport({
      format: 'markdown',
      text: '## <img src=x onerror=alert(1)>\nS: <script>alert("hi")</script>\n',
    });
    expect(preview.stories[0].fields).toMatchObject({
      title: '<img src=x onerror=alert(1)>',
      situation: '<script>alert("hi")</script>',
    });
  });
});

describe('JSON backup import', () => {
  it('refuses what is not a backup, with the reason', () => {
    expect(importJsonBackup('{"schemaVersion": 1, "stories": [').problems[0].message).toMatch(
      /^This is not valid JSON/,
    );
    expect(importJsonBackup('[1, 2]').problems[0].message).toMatch(/not a Storybank backup/);
    expect(importJsonBackup('{"schemaVersion": 7, "stories": []}').problems[0].message).toMatch(
      /newer Storybank \(format 7/,
    );
  });

  it('names the story and field that is wrong', () => {
    const broken = {
      schemaVersion: 2,
      bankId: 'bank_test',
      interviews: [],
      projects: [],
      profile: { name: '', targetRole: '' },
      stories: [{ id: 'story_abc', title: 7 }],
      frameworks: [],
      stages: [],
      loops: [],
      questions: [],
      settings: {},
    };
    const { problems } = importJsonBackup(JSON.stringify(broken));
    expect(problems).toContainEqual(
      expect.objectContaining({ row: 1, field: 'title', message: expect.stringMatching(/^Story 1, Title: /) }),
    );
  });

  it('detects the format from the file name or the content', () => {
    expect(previewImport({ format: 'auto', text: 'Title,Situation\nA,b\n', fileName: 'stories.csv' }).format).toBe(
      'csv',
    );
    expect(previewImport({ format: 'auto', text: '## A\nS: b\n' }).format).toBe('markdown');
    expect(previewImport({ format: 'auto', text: '{"schemaVersion":1}' }).format).toBe('json');
  });
});
