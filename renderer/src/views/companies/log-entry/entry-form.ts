// The log-entry form as plain data: what the dialog edits, and the checks that turn it back into the
// fields the store saves. Pure, so the messages are tested without a DOM.
import { InterviewEntryFields as EntryFieldsSchema } from '#shared/api/channels/interviews';
import { LIMITS } from '#shared/domain/limits';
import type { InterviewOutcome, Story } from '#shared/domain/schemas';
import { snapshotNumbers, type InterviewEntryFields } from '#shared/interview-log/index';

export interface QuestionRow {
  /** A key for React that survives reordering and removal. */
  key: string;
  text: string;
  questionId?: string;
  rating?: number;
}

export interface EntryDraft {
  company: string;
  role: string;
  roundName: string;
  date: string;
  interviewer: string;
  questions: QuestionRow[];
  storyIds: string[];
  rating?: number;
  outcome: InterviewOutcome;
  notes: string;
}

export type DraftField =
  'company' | 'roundName' | 'date' | 'role' | 'interviewer' | 'questions' | 'stories' | 'notes' | 'form';
export type DraftErrors = Partial<Record<DraftField, string>>;

export const OUTCOME_LABEL: Record<InterviewOutcome, string> = {
  waiting: 'Waiting to hear',
  passed: 'Passed',
  rejected: 'Rejected',
  offer: 'Offer',
};

export const RATING_LABEL: Record<number, string> = {
  1: 'Badly',
  2: 'Not well',
  3: 'OK',
  4: 'Well',
  5: 'Very well',
};

let keys = 0;
export const newRowKey = () => `q${++keys}`;

export function draftFromFields(fields: InterviewEntryFields): EntryDraft {
  return {
    company: fields.company,
    role: fields.role,
    roundName: fields.roundName,
    date: fields.date,
    interviewer: fields.interviewer ?? '',
    questions: fields.questions.map((q) => ({ key: newRowKey(), ...q })),
    storyIds: fields.stories.map((s) => s.storyId),
    ...(fields.rating !== undefined ? { rating: fields.rating } : {}),
    outcome: fields.outcome,
    notes: fields.notes,
  };
}

/** A blank entry for a round that was not planned in a loop. */
export function blankFields(company: string, today: string): InterviewEntryFields {
  return {
    company,
    role: '',
    roundName: '',
    date: today,
    questions: [],
    stories: [],
    outcome: 'waiting',
    notes: '',
  };
}

const tooLong = (label: string, text: string, max: number = LIMITS.shortText) =>
  text.length > max ? `${label} is too long: ${text.length.toLocaleString('en-US')} characters, at most ${max}.` : '';

/** A real calendar day written YYYY-MM-DD (what a date input gives). */
function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const at = new Date(`${date}T12:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === date;
}

export interface CheckInput {
  draft: EntryDraft;
  /** The entry as it was before (plan or saved entry): its loop, round, stage and number snapshots are kept. */
  base: InterviewEntryFields;
  /** Looks a story up (live or in the trash) to snapshot the numbers of a story added here. */
  story: (id: string) => Story | undefined;
  today: string;
}

/**
 * The fields to save, or what to fix, field by field. Stories already in the entry keep the numbers
 * said then; a story added here gets the numbers it says now.
 */
export function checkDraft({
  draft,
  base,
  story,
  today,
}: CheckInput): { ok: true; fields: InterviewEntryFields } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const company = draft.company.trim();
  const roundName = draft.roundName.trim();
  const interviewer = draft.interviewer.trim();
  if (!company) errors.company = 'Say which company the round was with.';
  else if (tooLong('The company', company)) errors.company = tooLong('The company', company);
  if (!roundName) errors.roundName = 'Name the round, e.g. “Hiring manager” or “Onsite 2”.';
  else if (tooLong('The round name', roundName)) errors.roundName = tooLong('The round name', roundName);
  if (tooLong('The role', draft.role.trim())) errors.role = tooLong('The role', draft.role.trim());
  if (tooLong('The interviewer', interviewer)) errors.interviewer = tooLong('The interviewer', interviewer);
  if (!draft.date) errors.date = 'Enter the date of the round.';
  else if (!isRealDate(draft.date)) errors.date = `“${draft.date}” is not a date. Use the date picker, or YYYY-MM-DD.`;
  else if (draft.date > today) errors.date = 'This date is in the future: log a round once it has happened.';
  const questions = draft.questions.map((q) => ({ ...q, text: q.text.trim() }));
  if (questions.some((q) => !q.text)) errors.questions = 'A question has no text: write it, or remove it.';
  else if (questions.some((q) => q.text.length > 1_000))
    errors.questions = 'A question is too long (at most 1,000 characters).';
  else if (questions.length > 100) errors.questions = 'An entry can hold at most 100 questions.';
  if (draft.storyIds.length > LIMITS.storiesPerRound)
    errors.stories = `An entry can hold at most ${LIMITS.storiesPerRound} stories.`;
  if (draft.notes.length > LIMITS.notes)
    errors.notes = `The notes are too long (at most ${LIMITS.notes.toLocaleString('en-US')} characters).`;
  const told = new Map(base.stories.map((s) => [s.storyId, s]));
  const stories = [];
  for (const id of draft.storyIds) {
    const kept = told.get(id);
    if (kept) {
      stories.push(kept);
      continue;
    }
    const s = story(id);
    if (!s) {
      errors.stories = 'A story in this entry no longer exists. Remove it and save again.';
      continue;
    }
    stories.push({ storyId: id, ...snapshotNumbers(s) });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const fields: InterviewEntryFields = {
    company,
    role: draft.role.trim(),
    ...(base.loopId ? { loopId: base.loopId } : {}),
    ...(base.roundId ? { roundId: base.roundId } : {}),
    roundName,
    ...(base.stageId ? { stageId: base.stageId } : {}),
    date: draft.date,
    ...(interviewer ? { interviewer } : {}),
    questions: questions.map(({ key: _key, ...q }) => q),
    stories,
    ...(draft.rating !== undefined ? { rating: draft.rating } : {}),
    outcome: draft.outcome,
    notes: draft.notes,
  };
  // The schema is the last word (the server checks it again): anything it refuses is said here.
  const parsed = EntryFieldsSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, errors: { form: parsed.error.issues[0]?.message ?? 'Check the entry.' } };
  return { ok: true, fields };
}
