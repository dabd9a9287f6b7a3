export { SAMPLE_STORIES, GUIDED_FIRST_STORY, GUIDED_PROMPTS, type SampleStory } from './sample-stories';
