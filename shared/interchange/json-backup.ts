// The JSON backup: the bank document itself, exactly as the store writes it, so a backup imports
// back losslessly (ids, timestamps, rehearsals, loops and all).
import { type z } from 'zod';
import { newId } from '../domain/ids';
import { Bank, SCHEMA_VERSION } from '../domain/schemas';
import { FIELD_LABELS, type FieldKey } from './field-names';
import type { ImportProblem } from './imported-story';
import { errorMessage } from '../api/errors';

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
    const detail = errorMessage(error);
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
  if (version !== undefined && !(typeof version === 'number' && Number.isInteger(version) && version >= 0)) {
    return {
      problems: [
        {
          row: 0,
          severity: 'error',
          message: `This file says it is bank format ${JSON.stringify(version).slice(0, 20)}, which no Storybank writes, so it is not a Storybank backup (or it was edited by hand).`,
        },
      ],
    };
  }
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
    try {
      data = upgrade(raw, from);
    } catch {
      return {
        problems: [
          {
            row: 0,
            severity: 'error',
            message: `This backup is in bank format ${from}, and Storybank could not upgrade it to format ${SCHEMA_VERSION}: it is damaged or was edited by hand.`,
          },
        ],
      };
    }
  }
  const parsed = Bank.safeParse(data);
  if (!parsed.success) return { problems: parsed.error.issues.slice(0, 50).map(problemFromIssue) };
  const { bank, problems } = withUniqueStoryIds(parsed.data);
  return { bank, problems };
}

/**
 * A bank holds each story id once. A backup that repeats one (edited by hand, or merged by a sync
 * tool) gives the later stories new ids, and says so, so preview and commit agree.
 */
function withUniqueStoryIds(bank: Bank): { bank: Bank; problems: ImportProblem[] } {
  const first = new Map<string, number>();
  const problems: ImportProblem[] = [];
  const stories = bank.stories.map((story, index) => {
    const earlier = first.get(story.id);
    if (earlier === undefined) {
      first.set(story.id, index);
      return story;
    }
    problems.push({
      row: index + 1,
      severity: 'warning',
      message: `Story ${index + 1} (“${story.title}”) has the same id as story ${earlier + 1}; it is imported with a new id.`,
    });
    let id = newId('story', Date.parse(story.createdAt) || undefined);
    while (first.has(id)) id = newId('story');
    first.set(id, index);
    return { ...story, id };
  });
  return problems.length === 0 ? { bank, problems } : { bank: { ...bank, stories }, problems };
}
