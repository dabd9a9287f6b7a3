// The JSON backup: the bank document itself, exactly as the store writes it, so a backup imports
// back losslessly (ids, timestamps, rehearsals, loops and all).
import { type z } from 'zod';
import { Bank, SCHEMA_VERSION } from '../domain/schemas';
import { FIELD_LABELS, type FieldKey } from './field-names';
import type { ImportProblem } from './imported-story';

export function exportJsonBackup(bank: Bank): string {
  return `${JSON.stringify(bank, null, 2)}\n`;
}

/** Upgrades a bank of an older format; main passes its migrations (shared/ does not hold them). */
export type UpgradeBank = (raw: unknown, fromVersion: number) => unknown;

export type JsonBackupResult =
  { bank: Bank; problems: ImportProblem[] } | { bank?: undefined; problems: ImportProblem[] };

function problemFromIssue(issue: z.core.$ZodIssue): ImportProblem {
  const [top, index, field] = issue.path;
  if (top === 'stories' && typeof index === 'number') {
    const label =
      typeof field === 'string' && field in FIELD_LABELS ? FIELD_LABELS[field as FieldKey] : String(field ?? 'story');
    return {
      row: index + 1,
      field: typeof field === 'string' ? field : undefined,
      severity: 'error',
      message: `Story ${index + 1}, ${label}: ${issue.message}`,
    };
  }
  return {
    row: 0,
    field: issue.path.join('.'),
    severity: 'error',
    message: `${issue.path.join('.') || 'The file'}: ${issue.message}`,
  };
}

export function importJsonBackup(text: string, upgrade?: UpgradeBank): JsonBackupResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        {
          row: 0,
          severity: 'error',
          message: `This is not valid JSON (${detail}). Is it a Storybank backup? A backup is the .json file from File ▸ Export ▸ JSON backup.`,
        },
      ],
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      problems: [
        {
          row: 0,
          severity: 'error',
          message: 'This JSON is not a Storybank backup: a backup is an object with schemaVersion and stories.',
        },
      ],
    };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  let data: unknown = raw;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    return {
      problems: [
        {
          row: 0,
          severity: 'error',
          message: `This backup is from a newer Storybank (format ${version}; this version reads up to ${SCHEMA_VERSION}). Update Storybank to import it.`,
        },
      ],
    };
  }
  if (version !== SCHEMA_VERSION) {
    const from =
      typeof version === 'number' ? version : Array.isArray((raw as { stories?: unknown }).stories) ? 0 : undefined;
    if (from === undefined || !upgrade) {
      return {
        problems: [
          {
            row: 0,
            severity: 'error',
            message: 'This JSON is not a Storybank backup: it has no schemaVersion and no stories.',
          },
        ],
      };
    }
    data = upgrade(raw, from);
  }
  const parsed = Bank.safeParse(data);
  if (!parsed.success) return { problems: parsed.error.issues.slice(0, 50).map(problemFromIssue) };
  return { bank: parsed.data, problems: [] };
}
