// Planning features take readiness as an option; this is the one definition they are given
// (shared/analysis/story-readiness), re-exported under the name the coverage code has used.
export { storyReadiness as analyzerReadiness } from '../analysis/story-readiness';
