// Opens a story in the Stories view: remember it as the open story, then switch view.
import { navigate } from '../../app/navigation';
import type { BankStore } from '../../data/bank-store';

export function openStoryInWorkspace(store: BankStore, storyId: string): void {
  // The Stories view opens settings.lastOpenStoryId when it mounts; the store applies the setting
  // at once (optimistically), so the view can switch before the save completes.
  void store.updateSettings({ lastOpenStoryId: storyId }).catch(() => undefined);
  navigate({ view: 'stories', storyId });
}
