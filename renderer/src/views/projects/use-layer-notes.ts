// A layer's notes as typed. Each keystroke goes to the bank store, which shows it at once, journals it
// in this browser and saves it after a quiet spell, like a story edit: a closed tab, a reload or a
// stopped server loses nothing. Notes longer than a layer holds are kept here, with the reason beside
// them, and go to the store once they are short enough.
import { useCallback, useEffect, useRef, useState } from 'react';
import { LIMITS } from '#shared/domain/limits';
import type { LayerId, ProjectEntry } from '#shared/projects/index';
import { useBank, useBankStore } from '../../data/bank-context';

export type NotesState = 'saved' | 'unsaved' | 'saving' | 'error';

function tooLong(text: string): string | null {
  if (text.length <= LIMITS.notes) return null;
  return (
    `These notes are ${text.length.toLocaleString('en-US')} characters; a layer holds at most ${LIMITS.notes.toLocaleString('en-US')}. ` +
    'Shorten them to save: your text stays here until then.'
  );
}

export function useLayerNotes(project: ProjectEntry, layer: LayerId) {
  const store = useBankStore();
  const stored = project.stored?.layerNotes[layer] ?? '';
  const [draft, setDraft] = useState(stored);
  const [lengthError, setLengthError] = useState<string | null>(null);
  // Re-render when a save starts, ends or fails.
  const save = useBank((bank) => bank.save);
  const held = useRef(false);

  // Follow the bank while nothing is held here (a save from this card, a restore, a rename).
  useEffect(() => {
    if (!held.current) setDraft(stored);
  }, [stored]);

  const change = useCallback(
    (text: string) => {
      setDraft(text);
      const error = tooLong(text);
      setLengthError(error);
      held.current = error !== null;
      if (!error) store.updateLayerNotes(project.name, layer, text);
    },
    [store, project.name, layer],
  );

  /** Saves now (blur, "Answer in notes"): what was typed no longer waits for the quiet spell. */
  // A failed save is not dropped: the notes stay queued and retried, and the save banner says so.
  const flush = useCallback(() => void store.flush().catch(() => undefined), [store]);

  const queue = store.notesAutosave;
  const dirty = queue.isDirty(project.name);
  const state: NotesState = lengthError
    ? 'error'
    : dirty && save.state === 'error'
      ? 'error'
      : dirty
        ? queue.pendingPatch(project.name)
          ? 'unsaved'
          : 'saving'
        : 'saved';
  const error =
    lengthError ??
    (dirty && save.state === 'error'
      ? `Not saved yet: ${save.error ?? 'the bank could not be written.'} Your text is kept in this browser and saved when Storybank can be reached.`
      : null);

  return { draft, change, flush, state, error };
}
