// The interview log: what was told to whom, how it went, and what that means for the next round.
export { draftEntryFromRound, type InterviewEntryFields } from './draft-entry';
export { snapshotNumbers, compareNumbers, type NumberChange, type NumberComparison } from './said-numbers';
export { toldBefore, type PastTelling, type ToldBeforeWarning } from './told-before';
export { storyTellings, lastToldDates, byTelling, type Telling } from './story-tellings';
export { askedQuestionsForPractice, type AskedForPractice } from './asked-questions';
export { saidNumberConflicts } from './said-conflicts';
export { companyKey, sameCompany, companyTimelines, type CompanyTimeline, type ProcessState } from './companies';
