// v0 → v1. v0 was the pre-release format (before `schemaVersion` existed): each story kept its
// STAR text in one `star` object, a free `tags` list instead of competency ids, `learning`
// instead of `reflection`, 'archived' instead of 'retired', epoch-millisecond timestamps and a
// `practiceLog`. v0 had no frameworks, stages, loops or questions.
import { DEFAULT_FRAMEWORK_ID, DEFAULT_STAGES } from '#shared/domain/defaults';
import { ID_PATTERN, newId } from '#shared/domain/ids';
import type { Migration } from './types';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function isoFrom(value: unknown, fallback: string): string {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value).toISOString();
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  return fallback;
}

/** v0 tags were free text ("Ownership", "Deal with ambiguity"); v1 competency ids are slugs. */
export function tagToSlug(tag: string): string {
  return tag
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Makes the id of a converted item; `seed` names the item so that a caller may make ids stable. */
export type V0IdMaker = (prefix: 'story' | 'reh', at: number, seed: string) => string;

const freshId: V0IdMaker = (prefix, at) => newId(prefix, at);

/** Whether a raw story is in the v0 shape (as opposed to a v1/v2 story). */
export function isV0Story(raw: unknown): boolean {
  return isObject(raw) && ['star', 'tags', 'learning', 'practiceLog', 'created', 'updated'].some((key) => key in raw);
}

/** One v0 story in the v1 (and v2: stories did not change) shape; `makeId` for the ids it must make. */
export function migrateV0Story(raw: unknown, now: string, makeId: V0IdMaker = freshId): Loose {
  const story = isObject(raw) ? raw : {};
  const star = isObject(story['star']) ? story['star'] : {};
  const tags = Array.isArray(story['tags']) ? story['tags'].filter((t): t is string => typeof t === 'string') : [];
  const competencies = [...new Set(tags.map(tagToSlug).filter((slug) => slug.length > 0))];
  const status = story['status'] === 'archived' ? 'retired' : story['status'] === 'ready' ? 'ready' : 'draft';
  const createdAt = isoFrom(story['created'], now);
  const log = Array.isArray(story['practiceLog']) ? story['practiceLog'].filter(isObject) : [];
  const id =
    typeof story['id'] === 'string' && ID_PATTERN.test(story['id'])
      ? story['id']
      : makeId(
          'story',
          Date.parse(createdAt),
          `${text(story['id'])}|${text(story['title'])}|${String(story['created'])}`,
        );
  return {
    id,
    title: text(story['title']),
    project: text(story['project']),
    role: text(story['role']),
    situation: text(star['situation']),
    task: text(star['task']),
    action: text(star['action']),
    result: text(star['result']),
    reflection: text(story['learning']),
    competencies,
    stages: [],
    companies: [],
    status,
    createdAt,
    updatedAt: isoFrom(story['updated'], createdAt),
    rehearsals: log.map((entry, index) => {
      const at = isoFrom(entry['at'], now);
      return {
        id: makeId('reh', Date.parse(at), `${id}|${index}`),
        at,
        seconds: typeof entry['seconds'] === 'number' ? entry['seconds'] : 0,
        ...(typeof entry['rating'] === 'number' ? { rating: entry['rating'] } : {}),
      };
    }),
    notes: text(story['notes']),
  };
}

export const v0ToV1: Migration = {
  from: 0,
  to: 1,
  describe: 'STAR fields move out of `star`, tags become competency ids, practice log becomes rehearsals',
  up(raw, now) {
    const bank = isObject(raw) ? raw : {};
    const profile = isObject(bank['profile']) ? bank['profile'] : {};
    const settings = isObject(bank['settings']) ? bank['settings'] : {};
    const theme = settings['theme'] === 'light' || settings['theme'] === 'dark' ? settings['theme'] : 'system';
    const stories = Array.isArray(bank['stories']) ? bank['stories'] : [];
    return {
      schemaVersion: 1,
      profile: { name: text(profile['name']), targetRole: text(profile['targetRole']) },
      stories: stories.map((story) => migrateV0Story(story, now)),
      frameworks: [],
      stages: DEFAULT_STAGES.map((stage) => ({ ...stage })),
      loops: [],
      questions: [],
      settings: {
        theme,
        activeFrameworkId: DEFAULT_FRAMEWORK_ID,
        targetSeconds: { min: 90, max: 120 },
        paperSize: 'a4',
      },
    };
  },
};
