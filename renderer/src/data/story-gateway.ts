// What the bank state layer needs from the API, in one narrow interface. The views never call the
// API for stories directly, so tests can hand the store a fake gateway, and channel renames touch one file.
import type { Settings, Stage, Story, StoryFields, Framework } from '../../../shared/domain/schemas';

export interface BankData {
  stories: Story[];
  stages: Stage[];
  frameworks: Framework[];
  settings: Settings;
}

export type StoryPatch = Partial<StoryFields>;

export interface StoryGateway {
  loadBank(): Promise<BankData>;
  listStories(): Promise<Story[]>;
  createStory(fields: Partial<StoryFields> & { sample?: boolean }): Promise<Story>;
  /** Saves changed fields; fails with code 'conflict' when the story changed since `expectedUpdatedAt`. */
  updateStory(id: string, patch: StoryPatch, expectedUpdatedAt: string): Promise<Story>;
  getStory(id: string): Promise<Story>;
  deleteStory(id: string): Promise<void>;
  restoreStory(id: string): Promise<Story>;
  listTrash(): Promise<Story[]>;
  /** Empties the trash for good (one story, or all of it). */
  purgeStory?(id: string): Promise<void>;
  duplicateStory(id: string): Promise<Story>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
}
