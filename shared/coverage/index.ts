export {
  coverageMatrix,
  stageCoverageMatrix,
  MIN_READY_STORIES,
  type CoverageMatrix,
  type CoverageColumn,
  type CoverageRow,
  type CoverageOptions,
  type CompetencyCoverageOptions,
} from './coverage-matrix';
export { coverageCsv } from './coverage-csv';
export { csvCell, csvLine } from './csv-cell';
export { isTellable, isReady, isTrashed, statusReadiness, clampReadiness, type ReadinessFn } from './story-state';
export { analyzerReadiness } from './readiness';
export {
  signalCoverage,
  type SignalCoverage,
  type SignalCoverageRow,
  type SignalCoverageStory,
} from './signal-coverage';
