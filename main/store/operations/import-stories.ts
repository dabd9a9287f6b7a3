// Committing an import: the preview is recomputed from the same input, refused as a whole if any
// row has an error, and otherwise written in one save, so a bank never holds half an import.
import { ApiError } from '#shared/api/errors';
import { activeFramework, allFrameworks } from '#shared/competencies/index';
import { newStory } from '#shared/domain/defaults';
import { newId } from '#shared/domain/ids';
import type { Bank, Story } from '#shared/domain/schemas';
import {
  previewImport,
  refusal,
  type ImportPreview,
  type ImportRequest,
  type TagCatalog,
} from '#shared/interchange/index';
import type { BankStore } from '../bank-store';
import { migrate } from '../migrations';
import { storyCount } from '../notices';

/** Names the importer can map to ids: the active framework first, so its names win a tie. */
export function tagCatalog(bank: Bank): TagCatalog {
  const active = activeFramework(bank);
  const frameworks = [active, ...allFrameworks(bank).filter((f) => f.id !== active.id)];
  return {
    competencies: frameworks.flatMap((f) => f.competencies.map((c) => ({ id: c.id, name: c.name }))),
    stages: bank.stages.map((s) => ({ id: s.id, name: s.name })),
  };
}

export function previewForBank(bank: Bank, request: ImportRequest): ImportPreview {
  return previewImport(request, {
    catalog: tagCatalog(bank),
    upgrade: (raw, from) => migrate(raw, from),
    existing: bank.stories,
  });
}

/** What the file holds and what is wrong with it, without writing anything. */
export function previewImportFile(
  bank: Bank,
  request: ImportRequest,
): Omit<ImportPreview, 'bank'> & { canReplaceBank: boolean } {
  const { bank: replacement, ...preview } = previewForBank(bank, request);
  return { ...preview, canReplaceBank: replacement !== undefined };
}

export interface ImportOutcome {
  imported: number;
  storyIds: string[];
  /** The stories added (empty when the whole bank was replaced: the renderer then reopens it). */
  stories: Story[];
  replacedBank: boolean;
}

export async function commitImport(
  store: BankStore,
  request: ImportRequest,
  mode: 'add' | 'replace',
): Promise<ImportOutcome> {
  const preview = previewForBank(store.bank, request);
  if (!preview.canImport) throw refusal(preview);
  if (mode === 'replace') {
    if (!preview.bank)
      throw new ApiError(
        'invalid-request',
        'Only a JSON backup can replace the whole bank; Markdown and CSV files add their stories.',
      );
    const replaced = await store.replace(
      preview.bank,
      `Your bank was replaced by the imported backup (${storyCount(preview.bank.stories.length)}). The bank as it was before is saved as a backup.`,
    );
    return {
      imported: replaced.stories.length,
      storyIds: replaced.stories.map((s) => s.id),
      stories: [],
      replacedBank: true,
    };
  }
  let ids: string[] = [];
  return store.update(
    (bank, now) => {
      const taken = new Set(bank.stories.map((s) => s.id));
      const added: Story[] = preview.bank
        ? // Backup stories keep their ids, timestamps and rehearsals unless the id is already in use.
          preview.bank.stories.map((story) => {
            const kept = taken.has(story.id) ? { ...story, id: newId('story', now.getTime()) } : story;
            taken.add(kept.id);
            return kept;
          })
        : preview.stories.map((s) => newStory(s.fields, now));
      ids = added.map((s) => s.id);
      return { ...bank, stories: [...bank.stories, ...added] };
    },
    (after) => {
      const added = new Set(ids);
      return {
        imported: ids.length,
        storyIds: ids,
        stories: after.stories.filter((s) => added.has(s.id)),
        replacedBank: false,
      };
    },
  );
}
