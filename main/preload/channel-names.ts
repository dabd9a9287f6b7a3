// The channel names the preload exposes. The preload imports types only (it runs sandboxed and
// must not pull zod into the page), so the names are listed here; the checks below make tsc fail
// if this list and the contract ever disagree.
import type { Channel } from '../../shared/api/contract';

export const CHANNEL_NAMES = [
  'appInfo',
  'listFrameworks',
  'copyFramework',
  'setActiveFramework',
  'coverageMatrix',
  'exportCoverageCsv',
  'suggestLoopPlan',
  'applyLoopPlan',
  'loopWarnings',
  'listQuestions',
  'addQuestion',
  'deleteQuestion',
  'rankStoriesForQuestion',
  // stories
  'listStories',
  'getStory',
  'createStory',
  'updateStory',
  'deleteStory',
  'restoreStory',
  'listTrash',
  'purgeStories',
  'duplicateStory',
  'addRehearsal',
  // bank documents, backups, notices
  'getBank',
  'currentBank',
  'newBank',
  'openBank',
  'listRecentBanks',
  'backupNow',
  'listBackups',
  'restoreBackup',
  'getNotices',
  'dismissNotice',
  // frameworks, stages, loops, profile, settings
  'createFramework',
  'updateFramework',
  'deleteFramework',
  'listStages',
  'createStage',
  'renameStage',
  'reorderStages',
  'deleteStage',
  'listLoops',
  'createLoop',
  'updateLoop',
  'deleteLoop',
  'getProfile',
  'updateProfile',
  'getSettings',
  'updateSettings',
  // import and export
  'previewImport',
  'commitImport',
  // documents and files to save (story sheet, story book, Markdown, CSV, JSON backup)
  'planStorySheet',
  'exportStorySheet',
  'saveStorySheetPdf',
  'exportStoryBook',
  'exportMarkdown',
  'exportCsv',
  'exportJsonBackup',
  // interview log
  'listInterviews',
  'draftInterview',
  'createInterview',
  'updateInterview',
  'deleteInterview',
  'toldBefore',
  'exportInterviewLog',
] as const satisfies readonly Channel[];

type Listed = (typeof CHANNEL_NAMES)[number];
type Unlisted = Exclude<Channel, Listed>;
// If this line fails to compile, a channel in shared/api/contract.ts is missing from CHANNEL_NAMES.
export const everyChannelListed: [Unlisted] extends [never] ? true : Unlisted = true;
