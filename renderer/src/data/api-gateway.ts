// The StoryGateway over the typed API (window.storybank or the web bridge).
import type { StorybankApi } from '../../../shared/api/contract';
import type { Settings, Story, StoryFields } from '../../../shared/domain/schemas';
import type { BankData, StoryGateway, StoryPatch } from './story-gateway';

// TODO(store channels): until shared/api/channels/stories.ts lands, name the channels we expect.
interface StoryChannels {
  getBank(request: object): Promise<BankData & Record<string, unknown>>;
  listStories(request: object): Promise<{ stories: Story[] } | Story[]>;
  getStory(request: { id: string }): Promise<Story | { story: Story }>;
  createStory(request: { fields: Partial<StoryFields>; sample?: boolean }): Promise<Story | { story: Story }>;
  updateStory(request: { id: string; fields: StoryPatch; expectedUpdatedAt: string }): Promise<Story | { story: Story }>;
  deleteStory(request: { id: string }): Promise<unknown>;
  restoreStory(request: { id: string }): Promise<Story | { story: Story }>;
  listTrash(request: object): Promise<{ stories: Story[] } | Story[]>;
  duplicateStory(request: { id: string }): Promise<Story | { story: Story }>;
  updateSettings(request: { settings: Partial<Settings> } | Partial<Settings>): Promise<Settings | { settings: Settings }>;
}

const storyOf = (v: Story | { story: Story }): Story => ('story' in v ? v.story : v);
const storiesOf = (v: { stories: Story[] } | Story[]): Story[] => (Array.isArray(v) ? v : v.stories);

export function createApiGateway(api: StorybankApi): StoryGateway {
  const channels = api as unknown as StoryChannels;
  return {
    loadBank: async () => {
      const bank = await channels.getBank({});
      return { stories: bank.stories, stages: bank.stages, frameworks: bank.frameworks, settings: bank.settings };
    },
    listStories: async () => storiesOf(await channels.listStories({})),
    getStory: async (id) => storyOf(await channels.getStory({ id })),
    createStory: async ({ sample, ...fields }) => storyOf(await channels.createStory({ fields, ...(sample ? { sample } : {}) })),
    updateStory: async (id, fields, expectedUpdatedAt) => storyOf(await channels.updateStory({ id, fields, expectedUpdatedAt })),
    deleteStory: async (id) => {
      await channels.deleteStory({ id });
    },
    restoreStory: async (id) => storyOf(await channels.restoreStory({ id })),
    listTrash: async () => storiesOf(await channels.listTrash({})),
    duplicateStory: async (id) => storyOf(await channels.duplicateStory({ id })),
    updateSettings: async (patch) => {
      const v = await channels.updateSettings({ settings: patch });
      return 'settings' in v && typeof v.settings === 'object' ? (v.settings as Settings) : (v as Settings);
    },
  };
}
