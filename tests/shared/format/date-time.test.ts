import { afterEach, describe, expect, it } from 'vitest';
import { formatLocalDate, formatLocalDateTime } from '#shared/format/date-time';
import { exportFileName } from '../../../main/export/file-names';
import { formatWhen } from '../../../main/store/notices';

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe('formatLocalDateTime', () => {
  it('prints the local date with the local time (a restore at 00:30 on 30 Nov in Berlin)', () => {
    process.env.TZ = 'Europe/Berlin';
    const at = new Date('2026-11-29T23:30:00Z');
    expect(formatLocalDateTime(at)).toBe('2026-11-30 00:30');
    // The restore notices use it.
    expect(formatWhen(at)).toBe('2026-11-30 00:30');
  });

  it('west of UTC the date is the day before', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(formatLocalDateTime(new Date('2026-03-01T05:05:00Z'))).toBe('2026-02-28 21:05');
  });
});

describe('formatLocalDate', () => {
  it('names the local day, which export file names and the sheet date use', () => {
    process.env.TZ = 'Europe/Berlin';
    const at = new Date('2026-11-29T23:30:00Z');
    expect(formatLocalDate(at)).toBe('2026-11-30');
    expect(exportFileName('story-sheet', 'Northwind', at, 'docx')).toBe('story-sheet-northwind-2026-11-30.docx');
  });
});
