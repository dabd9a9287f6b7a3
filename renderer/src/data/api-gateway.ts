// The StoryGateway over the typed API (window.storybank or the web bridge).
import type { StorybankApi } from '../../../shared/api/contract';
import type { StoryGateway } from './story-gateway';

export function createApiGateway(api: StorybankApi): StoryGateway {
  return {
    loadBank: async () => {
      const bank = await api.getBank({});
      return { stories: bank.stories, stages: bank.stages, frameworks: bank.frameworks, settings: bank.settings };
    },
    listStories: async () => (await api.listStories({})).stories,
    getStory: (id) => api.getStory({ id }),
    // The contract has no `sample` flag on create yet; samples are created as ordinary stories until it does.
    createStory: ({ sample, ...fields }) => api.createStory({ fields, ...(sample ? { sample: true } : {}) }),
    updateStory: (id, fields, expectedUpdatedAt) => api.updateStory({ id, fields, expectedUpdatedAt }),
    deleteStory: async (id) => {
      await api.deleteStory({ id });
    },
    restoreStory: (id) => api.restoreStory({ id }),
    listTrash: async () => (await api.listTrash({})).stories,
    purgeStory: async (id) => {
      await api.purgeStories({ ids: [id] });
    },
    duplicateStory: (id) => api.duplicateStory({ id }),
    updateSettings: (patch) => api.updateSettings(patch),
  };
}
