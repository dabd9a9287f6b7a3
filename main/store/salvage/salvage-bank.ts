// What a damaged bank file still holds, checked item by item against the bank's schemas. A story
// with a field that cannot be read keeps everything else: that field goes back to its default (or,
// in a list such as rehearsals, only the bad entries are left out), and the user is told which.
// Other items (loops, questions, ...) are kept whole or not at all. Pure: bytes in, report out.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { newStory } from '#shared/domain/defaults';
import { newId } from '#shared/domain/ids';
import {
  Framework,
  Id,
  InterviewEntry,
  Loop,
  Project,
  Question,
  Stage,
  Story,
  type Bank,
} from '#shared/domain/schemas';
import { isV0Story, migrateV0Story, type V0IdMaker } from '../migrations/v0-to-v1';
import { documentPieces, type RawItem } from './document-pieces';
import { readableText } from './readable-text';

/** The lists of a bank that recovery brings back (profile and settings stay as they are now). */
export const SALVAGED_LISTS = [
  'stories',
  'loops',
  'questions',
  'interviews',
  'projects',
  'stages',
  'frameworks',
] as const;
export type SalvagedList = (typeof SALVAGED_LISTS)[number];

const SCHEMAS: { [K in SalvagedList]: z.ZodType<Bank[K][number]> } = {
  stories: Story,
  loops: Loop,
  questions: Question,
  interviews: InterviewEntry,
  projects: Project,
  stages: Stage,
  frameworks: Framework,
};

/** Singular and plural words for each list, for the report. */
export const LIST_WORDS: Record<SalvagedList, [string, string]> = {
  stories: ['story', 'stories'],
  loops: ['loop', 'loops'],
  questions: ['question', 'questions'],
  interviews: ['interview', 'interviews'],
  projects: ['project note', 'project notes'],
  stages: ['stage', 'stages'],
  frameworks: ['framework', 'frameworks'],
};

export const countOf = (n: number, list: SalvagedList) => `${n} ${LIST_WORDS[list][n === 1 ? 0 : 1]}`;

export interface Salvage {
  /** The bank identity the file names, if it could be read. */
  bankId?: string;
  /** Every item that is valid (after the repairs listed in `problems`). */
  items: { [K in SalvagedList]: Bank[K][number][] };
  /** Per list, items that were in the file but could not be recovered. */
  lost: Record<SalvagedList, number>;
  /** What was repaired or lost, in plain words. */
  problems: string[];
}

/** How a story's fields are named to the user. */
const FIELD_WORDS: Record<string, string> = {
  title: 'title',
  project: 'project',
  role: 'role',
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  reflection: 'Reflection',
  competencies: 'competency tags',
  stages: 'stage tags',
  companies: 'companies',
  status: 'status',
  createdAt: 'creation date',
  updatedAt: 'last-edited date',
  rehearsals: 'practice log',
  lastUsed: 'last-used record',
  notes: 'notes',
  sample: 'sample mark',
  deletedAt: 'trash date',
};

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const STORY_KEYS = Object.keys(Story.shape);
const TEXT_FIELDS = ['title', 'situation', 'task', 'action', 'result', 'reflection', 'notes'] as const;

/** Whether a story holds any words at all (a story cut off right after its start holds none). */
function hasWords(raw: Record<string, unknown>): boolean {
  return TEXT_FIELDS.some((key) => typeof raw[key] === 'string' && (raw[key] as string).trim() !== '');
}

function storyName(raw: Record<string, unknown>, index: number): string {
  return typeof raw.title === 'string' && raw.title.trim()
    ? `“${raw.title.trim().slice(0, 80)}”`
    : `Story ${index + 1}`;
}

/**
 * A story from raw JSON, mending what cannot be read: bad entries of a list field are left out,
 * any other bad field goes back to a new story's default. Undefined when nothing worth keeping.
 */
function mendStory(raw: unknown, now: Date): { story: Story; mended: string[] } | undefined {
  if (!isPlain(raw) || !hasWords(raw)) return undefined;
  const fallback = newStory({}, now) as Record<string, unknown>;
  let draft: Record<string, unknown> = { ...raw };
  const mended = new Set<string>();
  for (let attempt = 0; attempt < 4; attempt++) {
    const parsed = Story.safeParse(draft);
    if (parsed.success) return { story: parsed.data, mended: STORY_KEYS.filter((k) => mended.has(k)) };
    const next = { ...draft };
    for (const issue of parsed.error.issues) {
      const [key, index] = issue.path;
      if (typeof key !== 'string') continue;
      if (typeof index === 'number' && Array.isArray(next[key]) && attempt < 3) {
        next[key] = (next[key] as unknown[]).filter((_, i) => i !== index);
      } else if (key in fallback) {
        next[key] = key === 'id' ? newId('story', now.getTime()) : fallback[key];
      } else delete next[key];
      // A field that is missing (the story was cut short) is not news; one that was there but wrong is.
      if (key in raw) mended.add(key);
    }
    draft = next;
  }
  return undefined;
}

/**
 * Ids for stories converted from v0 that are the same every time the file is read, so that
 * recovering twice recognises what the first recovery added (a converted v0 id is always new).
 */
const stableId: V0IdMaker = (prefix, at, seed) =>
  `${prefix}_${(Number.isFinite(at) ? at : 0).toString(36).padStart(9, '0')}${createHash('sha256').update(seed).digest('hex').slice(0, 12)}`;

/** A file from before format 1 has no schemaVersion (or a damaged one); its stories say so by their shape. */
const claimsV1OrLater = (fields: Record<string, unknown>) =>
  typeof fields.schemaVersion === 'number' && fields.schemaVersion >= 1;

function fieldWords(keys: string[]): string {
  const words = keys.map((k) => FIELD_WORDS[k] ?? k);
  return words.length === 1 ? `its ${words[0]}` : `its ${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export function salvageBank(bytes: Uint8Array, now: Date = new Date()): Salvage {
  const { text, replaced, dropped } = readableText(bytes);
  const pieces = documentPieces(text);
  const salvage: Salvage = {
    items: { stories: [], loops: [], questions: [], interviews: [], projects: [], stages: [], frameworks: [] },
    lost: { stories: 0, loops: 0, questions: 0, interviews: 0, projects: 0, stages: 0, frameworks: 0 },
    problems: [],
  };
  const bankId = Id.safeParse(pieces.fields.bankId);
  if (bankId.success) salvage.bankId = bankId.data;
  if (replaced > 0)
    salvage.problems.push(
      `${replaced} ${replaced === 1 ? 'character was' : 'characters were'} damaged and ${replaced === 1 ? 'shows' : 'show'} as “\uFFFD”.`,
    );
  if (dropped > 0)
    salvage.problems.push(`${dropped} stray control ${dropped === 1 ? 'character was' : 'characters were'} left out.`);

  const cutShort: string[] = [];
  const v0 = !claimsV1OrLater(pieces.fields);
  let converted = 0;
  (pieces.lists.stories ?? []).forEach((item: RawItem, index) => {
    // A v0 story keeps its words in `star` and `learning`: read as a v2 story it would lose them.
    const old = v0 && isV0Story(item.value);
    if (old) converted++;
    const value = old ? migrateV0Story(item.value, now.toISOString(), stableId) : item.value;
    const mended = mendStory(value, now);
    if (!mended) {
      salvage.lost.stories++;
      return;
    }
    salvage.items.stories.push(mended.story);
    const name = storyName(value as Record<string, unknown>, index);
    if (item.repaired) cutShort.push(name);
    if (mended.mended.length > 0)
      salvage.problems.push(
        `${name}: ${fieldWords(mended.mended)} could not be read and ${mended.mended.length === 1 ? 'was' : 'were'} reset.`,
      );
  });
  if (converted > 0)
    salvage.problems.push(
      `This file is in the early Storybank format (before format 1): ${converted === 1 ? 'its story was' : `its ${converted} stories were`} converted as opening it would (STAR text, tags as competencies, practice log).`,
    );
  if (cutShort.length > 0)
    salvage.problems.push(
      `${cutShort.join(', ')} ${cutShort.length === 1 ? 'was' : 'were'} damaged in the file; check ${cutShort.length === 1 ? 'its' : 'their'} text (the end may be missing).`,
    );

  for (const list of SALVAGED_LISTS) {
    if (list === 'stories') continue;
    for (const item of pieces.lists[list] ?? []) {
      const parsed = SCHEMAS[list].safeParse(item.value);
      if (parsed.success) (salvage.items[list] as unknown[]).push(parsed.data);
      else salvage.lost[list]++;
    }
  }
  for (const list of SALVAGED_LISTS) salvage.lost[list] += pieces.unreadable[list] ?? 0;
  for (const list of SALVAGED_LISTS)
    if (salvage.lost[list] > 0)
      salvage.problems.push(
        `${countOf(salvage.lost[list], list)} could not be recovered (damaged beyond reading, or invalid).`,
      );
  return salvage;
}
