// A layer's notes as typed: kept here until saved (on blur, or when a question is added), so nothing
// typed is lost when a save is refused (too long, or the bank cannot be written): the text stays in
// the box with the reason beside it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '#shared/api/errors';
import { LIMITS } from '#shared/domain/limits';
import type { LayerId, ProjectEntry } from '#shared/projects/index';
import { useBankStore } from '../../data/bank-context';

export type NotesState = 'saved' | 'unsaved' | 'saving' | 'error';

export function useLayerNotes(project: ProjectEntry, layer: LayerId) {
  const store = useBankStore();
  const stored = project.stored?.layerNotes[layer] ?? '';
  const [draft, setDraft] = useState(stored);
  const [state, setState] = useState<NotesState>('saved');
  const [error, setError] = useState<string | null>(null);
  const dirty = useRef(false);

  // Follow the bank while nothing is being typed here (a save from this card, or a rename).
  useEffect(() => {
    if (!dirty.current) setDraft(stored);
  }, [stored]);

  const change = useCallback((text: string) => {
    dirty.current = true;
    setDraft(text);
    setState('unsaved');
  }, []);

  const save = useCallback(
    async (text: string) => {
      if (text === stored && !dirty.current) return;
      if (text.length > LIMITS.notes) {
        setState('error');
        setError(
          `These notes are ${text.length.toLocaleString('en-US')} characters; a layer holds at most ${LIMITS.notes.toLocaleString('en-US')}. ` +
            'Shorten them to save: your text stays here until then.',
        );
        return;
      }
      setState('saving');
      try {
        await store.updateProject({ name: project.name, changes: { layerNotes: { [layer]: text } } });
        dirty.current = false;
        setState('saved');
        setError(null);
      } catch (e) {
        setState('error');
        setError(`Not saved: ${errorMessage(e)} Your text stays here; try again.`);
      }
    },
    [store, project.name, layer, stored],
  );

  return { draft, change, save, state, error };
}
