// The domain types the analyzer needs, re-exported type-only so rule modules stay free of zod at run time.
export type { Story, StorySection } from '../domain/schemas';
