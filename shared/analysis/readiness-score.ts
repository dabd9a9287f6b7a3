// The readiness score: 0–100 from four parts the UI can explain — STAR completeness, specificity
// (claims that carry no claim mark, and a Result with a measure), ownership (the speaker's own
// actions, not "we" or "helped"), and length (close to the 1.5–2 minute target).
// Specificity and ownership are counted from the same marks the editor shows and the issues panel
// lists (claim-tally.ts): the breakdown counts exactly the claims the marks judge, so it can neither
// call a marked claim backed nor take points for a plain action that carries no mark.
import type { ReadinessScore, ScorePart, SpeakingTime, StoryFinding, TextAnalysis } from './types';
import type { StorySection } from './domain-types';
import { formatMinutes, lengthVerdict, TARGET_SECONDS } from './rules/marks/speaking-time';
import { resultHasMeasure, type ResultMeasure } from './rules/marks/result-measure';
import { tallyClaims } from './claim-tally';

/** The marks that say a claim lacks its evidence; defined with the tally all three views share. */
export { CLAIM_MARK_RULES } from './claim-tally';

export const SCORE_MAX = { star: 25, specificity: 35, ownership: 20, length: 20 } as const;
const STAR_WEIGHTS = { situation: 5, task: 5, action: 8, result: 7 } as const;
/** STAR_WEIGHTS as pairs, built once (every story's score reads them). */
const STAR_WEIGHT_ENTRIES = Object.entries(STAR_WEIGHTS) as [keyof typeof STAR_WEIGHTS, number][];
const MIN_SECTION_WORDS = 5;

export interface ScoreInput {
  fields: Record<StorySection, TextAnalysis>;
  speakingTime: SpeakingTime;
  /** Story-level findings (analyzeStory's), for "we" without "I". */
  storyFindings?: readonly StoryFinding[];
  /** The Result's verdict on measures (result-measure.ts); without it, only the sentence flags decide. */
  resultMeasure?: ResultMeasure;
}

function starPart(fields: Record<StorySection, TextAnalysis>): ScorePart {
  let points = 0;
  const missing: string[] = [];
  for (const [section, weight] of STAR_WEIGHT_ENTRIES) {
    if (fields[section].words >= MIN_SECTION_WORDS) points += weight;
    else missing.push(section[0].toUpperCase() + section.slice(1));
  }
  return {
    id: 'star',
    label: 'STAR completeness',
    points,
    max: SCORE_MAX.star,
    reason:
      missing.length === 0
        ? 'Situation, Task, Action and Result are all there.'
        : `Missing or too short: ${missing.join(', ')}.`,
  };
}

function specificityPart(fields: Record<StorySection, TextAnalysis>, verdict?: ResultMeasure): ScorePart {
  // The claims the marks judge, counted by the one tally the issues panel header also reads.
  const { judged: claims, backed, marked } = tallyClaims(fields);
  const measure = verdict ?? (resultHasMeasure(fields.result) ? 'measured' : 'missing');
  // A Result about people or a decision needs no figure, so it loses no points for lacking one.
  const measured = measure === 'measured' || measure === 'qualitative';
  const share = claims === 0 ? 0 : backed / claims;
  const points = Math.round(25 * share) + (measured ? 10 : 0);
  const claimText =
    claims === 0
      ? 'No claim gives a number, scale or effect yet'
      : `${backed} of ${claims} claim${claims > 1 ? 's' : ''} ${claims > 1 ? 'are' : 'is'} backed by a number, scale or effect` +
        (marked > 0 ? `, ${marked} marked as vague or missing a number` : '');
  return {
    id: 'specificity',
    label: 'Specificity',
    points,
    max: SCORE_MAX.specificity,
    reason: `${claimText}; ${
      measure === 'measured'
        ? 'the Result gives a measure.'
        : measure === 'qualitative'
          ? 'the Result tells of people or a decision, where no figure is expected.'
          : 'the Result gives no measure.'
    }`,
  };
}

function ownershipPart(fields: Record<StorySection, TextAnalysis>, story: readonly StoryFinding[]): ScorePart {
  let weIssues = 0;
  for (const f of story) if (f.rule === 'we-without-i') weIssues++;
  // One pass over the findings, no merged copy: this runs for every story of a bank.
  let weak = 0;
  let passive = 0;
  for (const field of [fields.task, fields.action, fields.result])
    for (const f of field.findings) {
      if (f.rule === 'weak-ownership') weak++;
      else if (f.rule === 'passive-voice') passive++;
    }
  const hasAction = fields.action.words > 0;
  const points = hasAction ? Math.max(0, SCORE_MAX.ownership - 8 * weIssues - 3 * weak - 2 * passive) : 0;
  const problems = [
    weIssues > 0 ? '"we" without "I"' : '',
    weak > 0 ? `${weak} weak ownership phrase${weak > 1 ? 's' : ''}` : '',
    passive > 0 ? `${passive} passive sentence${passive > 1 ? 's' : ''}` : '',
  ].filter(Boolean);
  return {
    id: 'ownership',
    label: 'Ownership',
    points,
    max: SCORE_MAX.ownership,
    reason: !hasAction
      ? 'No Action yet: say what you did.'
      : problems.length === 0
        ? 'Clear about what you did yourself.'
        : `Weakened by ${problems.join(', ')}.`,
  };
}

// The same for every story: formatted once (number formatting is a measurable part of a story's report).
const TARGET_TEXT = `target ${formatMinutes(TARGET_SECONDS.min)}–${formatMinutes(TARGET_SECONDS.max)}`;

function lengthPart(time: SpeakingTime): ScorePart {
  const verdict = lengthVerdict(time);
  const said = `About ${formatMinutes(time.minSeconds)}–${formatMinutes(time.maxSeconds)} min spoken`;
  const target = TARGET_TEXT;
  let points: number;
  switch (verdict) {
    case 'empty':
      points = 0;
      break;
    case 'on-target':
      points = SCORE_MAX.length;
      break;
    case 'short':
      points = Math.round(SCORE_MAX.length * Math.min(1, time.maxSeconds / TARGET_SECONDS.min));
      break;
    case 'long':
      points = Math.round(SCORE_MAX.length * 0.6);
      break;
    case 'too-long':
      points = Math.max(0, Math.round(SCORE_MAX.length * 0.3 - (time.minSeconds - TARGET_SECONDS.warnAfter) / 30));
      break;
  }
  return {
    id: 'length',
    label: 'Length',
    points,
    max: SCORE_MAX.length,
    reason: verdict === 'empty' ? 'Nothing to say yet.' : `${said}; ${target}.`,
  };
}

export function readinessScore(input: ScoreInput): ReadinessScore {
  const parts = [
    starPart(input.fields),
    specificityPart(input.fields, input.resultMeasure),
    ownershipPart(input.fields, input.storyFindings ?? []),
    lengthPart(input.speakingTime),
  ];
  return { total: parts.reduce((n, p) => n + p.points, 0), parts };
}
