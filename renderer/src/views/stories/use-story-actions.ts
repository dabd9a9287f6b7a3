// What the workspace does to stories (new, guided first story, samples, delete with Undo, duplicate,
// bulk changes) and the one notice that reports it, with Undo where a step can be taken back.
import { useCallback, useState } from 'react';
import type { Story } from '#shared/domain/schemas';
import { errorMessage } from '#shared/api/errors';
import { SAMPLE_STORIES } from '#shared/samples/index';
import { useBankStore } from '../../data/bank-context';

/** The notice's Undo button (StoriesView), focused after a delete so the keyboard can take it back. */
export const NOTICE_UNDO_ID = 'story-notice-undo';

/**
 * Focuses an element once React has drawn it: the control that acted is gone (the deleted story's
 * editor) or belongs to another story, so keyboard focus would otherwise fall back to the page.
 */
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

export interface StoryNotice {
  text: string;
  undo?: () => void;
}

interface Workspace {
  stories: readonly Story[];
  /** The stories shown, in order: deleting one opens its neighbour. */
  visible: readonly Story[];
  openId: string | null;
  open(id: string | null): void;
  /** Clears search and filters, so a new story is in view. */
  showAll(): void;
  /** Unticks stories that left the list. */
  unselect(ids: readonly string[]): void;
  selected: ReadonlySet<string>;
}

export function useStoryActions({ stories, visible, openId, open, showAll, unselect, selected }: Workspace) {
  const store = useBankStore();
  const [notice, setNotice] = useState<StoryNotice | null>(null);
  /** The story written with the guide card beside it. */
  const [guidedId, setGuidedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = useCallback(
    async (fields: Partial<Story> = {}, guided = false) => {
      setBusy(true);
      try {
        const story = await store.createStory(fields);
        showAll();
        open(story.id);
        if (guided) setGuidedId(story.id);
        // Put the cursor in the title so typing starts at once.
        focusSoon('story-title');
      } catch (e) {
        setNotice({ text: `Could not create the story: ${errorMessage(e)}` });
      } finally {
        setBusy(false);
      }
    },
    [store, open, showAll],
  );

  const addSamples = useCallback(async () => {
    setBusy(true);
    try {
      let first: Story | undefined;
      for (const sample of [...SAMPLE_STORIES].reverse()) first = await store.createStory(sample);
      if (first) open(first.id);
    } catch (e) {
      setNotice({ text: `Could not add the samples: ${errorMessage(e)}` });
    } finally {
      setBusy(false);
    }
  }, [store, open]);

  const remove = useCallback(
    async (story: Story) => {
      const index = visible.findIndex((s) => s.id === story.id);
      const next = visible[index + 1] ?? visible[index - 1];
      try {
        await store.deleteStory(story.id);
        open(next?.id ?? null);
        unselect([story.id]);
        setNotice({
          text: `“${story.title || 'Untitled story'}” moved to the trash.`,
          undo: () =>
            void store.restoreStory(story.id).then(
              (s) => {
                open(s.id);
                setNotice(null);
              },
              (e: unknown) => setNotice({ text: errorMessage(e) }),
            ),
        });
        focusSoon(NOTICE_UNDO_ID);
      } catch (e) {
        setNotice({ text: `Could not delete: ${errorMessage(e)}` });
      }
    },
    [store, visible, open, unselect],
  );

  // Samples are ours, not the user's: one action moves them all to the trash, with one Undo.
  const removeSamples = useCallback(async () => {
    const samples = stories.filter((s) => s.sample);
    const removed: Story[] = [];
    const undo = () =>
      void Promise.all(removed.map((s) => store.restoreStory(s.id))).then(
        () => setNotice(null),
        (e: unknown) => setNotice({ text: errorMessage(e) }),
      );
    try {
      for (const s of samples) {
        await store.deleteStory(s.id);
        removed.push(s);
      }
      setNotice({
        text: `${removed.length} sample ${removed.length === 1 ? 'story' : 'stories'} moved to the trash.`,
        undo,
      });
    } catch (e) {
      setNotice({ text: `Could not remove every sample: ${errorMessage(e)}`, undo: removed.length ? undo : undefined });
    }
    if (openId && removed.some((s) => s.id === openId)) open(stories.find((s) => !s.sample)?.id ?? null);
    unselect(removed.map((s) => s.id));
  }, [store, stories, openId, open, unselect]);

  const duplicate = useCallback(
    async (story: Story) => {
      try {
        const copy = await store.duplicateStory(story.id);
        open(copy.id);
        // The copy is open: its title is where a copy usually changes first.
        focusSoon('story-title');
      } catch (e) {
        setNotice({ text: `Could not duplicate: ${errorMessage(e)}` });
      }
    },
    [store, open],
  );

  /** The same change to every ticked story (add a tag, set the status), saved at once. */
  const bulk = useCallback(
    (change: (s: Story) => Partial<Story>) => {
      void store.updateMany([...selected], change).catch((e: unknown) => setNotice({ text: errorMessage(e) }));
    },
    [store, selected],
  );

  return {
    notice,
    dismissNotice: () => setNotice(null),
    guidedId,
    endGuide: () => setGuidedId(null),
    busy,
    create,
    addSamples,
    remove,
    removeSamples,
    duplicate,
    bulk,
  };
}
