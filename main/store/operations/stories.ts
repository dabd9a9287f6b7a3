// Story changes: each builds the next bank from the current one and lets the store validate and
// write it. Handlers call these; they hold the rules (conflicts, trash, duplicates).
import { ApiError } from '#shared/api/errors';
import { newStory } from '#shared/domain/defaults';
import { newId } from '#shared/domain/ids';
import { LIMITS } from '#shared/domain/limits';
import type { Bank, Rehearsal, Story, StoryFields } from '#shared/domain/schemas';
import type { BankStore } from '../bank-store';
import { isInTrash, withoutStoryReferences } from '../trash';
import { nextTimestamp } from './timestamps';

export function findStory(bank: Bank, id: string): Story {
  const story = bank.stories.find((s) => s.id === id);
  if (!story)
    throw new ApiError(
      'not-found',
      'This story no longer exists (it may have been deleted for good). Reload the list of stories.',
    );
  return story;
}

const replaceStory = (bank: Bank, story: Story): Bank => ({
  ...bank,
  stories: bank.stories.map((s) => (s.id === story.id ? story : s)),
});

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}

export const listStories = (bank: Bank): Story[] => bank.stories.filter((s) => !isInTrash(s));
export const listTrash = (bank: Bank): Story[] => bank.stories.filter(isInTrash);

export function createStory(store: BankStore, fields: Partial<StoryFields>, sample?: boolean): Promise<Story> {
  let id = '';
  return store.update(
    (bank, now) => {
      if (bank.stories.length >= LIMITS.stories)
        throw new ApiError(
          'too-large',
          `A bank can hold at most ${LIMITS.stories.toLocaleString('en-US')} stories. Delete some or start a new bank.`,
        );
      const story = { ...newStory(fields, now), ...(sample ? { sample: true } : {}) };
      id = story.id;
      return { ...bank, stories: [...bank.stories, story] };
    },
    (bank) => findStory(bank, id),
  );
}

export function updateStory(
  store: BankStore,
  id: string,
  fields: Partial<StoryFields>,
  expectedUpdatedAt?: string,
): Promise<Story> {
  return store.update(
    (bank, now) => {
      const story = findStory(bank, id);
      if (isInTrash(story))
        throw new ApiError('conflict', `“${story.title || 'This story'}” is in the trash. Restore it before editing.`);
      if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== story.updatedAt) {
        throw new ApiError(
          'conflict',
          `“${story.title || 'This story'}” was changed elsewhere (another window?) at ${story.updatedAt.slice(11, 16)} UTC. Reload it to see the latest version; your text is still in the editor.`,
        );
      }
      return replaceStory(bank, { ...story, ...fields, updatedAt: nextTimestamp(story.updatedAt, now) });
    },
    (bank) => findStory(bank, id),
  );
}

export function trashStory(store: BankStore, id: string): Promise<Story> {
  return store.update(
    (bank, now) => {
      const story = findStory(bank, id);
      if (isInTrash(story)) return bank;
      const at = nextTimestamp(story.updatedAt, now);
      return replaceStory(bank, { ...story, deletedAt: now.toISOString(), updatedAt: at });
    },
    (bank) => findStory(bank, id),
  );
}

export function restoreStory(store: BankStore, id: string): Promise<Story> {
  return store.update(
    (bank, now) => {
      const story = findStory(bank, id);
      if (!isInTrash(story)) return bank;
      return replaceStory(bank, { ...withoutKey(story, 'deletedAt'), updatedAt: nextTimestamp(story.updatedAt, now) });
    },
    (bank) => findStory(bank, id),
  );
}

/** Deletes stories for good; only stories already in the trash (an empty list means the whole trash). */
export function purgeStories(store: BankStore, ids: string[]): Promise<number> {
  let count = 0;
  return store.update(
    (bank) => {
      const wanted = ids.length > 0 ? ids.map((id) => findStory(bank, id)) : listTrash(bank);
      const live = wanted.find((s) => !isInTrash(s));
      if (live) throw new ApiError('conflict', `“${live.title || 'This story'}” is not in the trash; delete it first.`);
      const gone = new Set(wanted.map((s) => s.id));
      count = gone.size;
      if (count === 0) return bank;
      return withoutStoryReferences({ ...bank, stories: bank.stories.filter((s) => !gone.has(s.id)) }, gone);
    },
    () => count,
  );
}

export function duplicateStory(store: BankStore, id: string): Promise<Story> {
  let copyId = '';
  return store.update(
    (bank, now) => {
      const source = findStory(bank, id);
      const fields: StoryFields = {
        title: `${source.title} (copy)`.slice(0, LIMITS.shortText),
        project: source.project,
        role: source.role,
        situation: source.situation,
        task: source.task,
        action: source.action,
        result: source.result,
        reflection: source.reflection,
        competencies: [...source.competencies],
        stages: [...source.stages],
        companies: [...source.companies],
        status: 'draft',
        notes: source.notes,
      };
      const copy = newStory(fields, now);
      copyId = copy.id;
      return { ...bank, stories: [...bank.stories, copy] };
    },
    (bank) => findStory(bank, copyId),
  );
}

export type RehearsalInput = Omit<Rehearsal, 'id' | 'at'> & { at?: string };

export function addRehearsal(store: BankStore, storyId: string, input: RehearsalInput): Promise<Story> {
  return store.update(
    (bank, now) => {
      const story = findStory(bank, storyId);
      const rehearsal: Rehearsal = { ...input, id: newId('reh', now.getTime()), at: input.at ?? now.toISOString() };
      // The log keeps the most recent rehearsals when it reaches its limit.
      const rehearsals = [...story.rehearsals, rehearsal].slice(-LIMITS.rehearsalsPerStory);
      return replaceStory(bank, { ...story, rehearsals, updatedAt: nextTimestamp(story.updatedAt, now) });
    },
    (bank) => findStory(bank, storyId),
  );
}
