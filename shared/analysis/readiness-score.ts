// The readiness score: 0–100 from four parts the UI can explain — STAR completeness, specificity
// (claims backed by a metric, scale or outcome, and a Result with a number), ownership (the speaker's
// own actions, not "we" or "helped"), and length (close to the 1.5–2 minute target).
import type { ReadinessScore, ScorePart, SpeakingTime, TextAnalysis } from './types';
import type { StorySection } from './domain-types';
import { formatMinutes, lengthVerdict, TARGET_SECONDS } from './rules/speaking-time';

export const SCORE_MAX = { star: 25, specificity: 35, ownership: 20, length: 20 } as const;
const STAR_WEIGHTS = { situation: 5, task: 5, action: 8, result: 7 } as const;
const MIN_SECTION_WORDS = 5;

export interface ScoreInput {
  fields: Record<StorySection, TextAnalysis>;
  speakingTime: SpeakingTime;
}

function starPart(fields: Record<StorySection, TextAnalysis>): ScorePart {
  let points = 0;
  const missing: string[] = [];
  for (const [section, weight] of Object.entries(STAR_WEIGHTS) as [keyof typeof STAR_WEIGHTS, number][]) {
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

function specificityPart(fields: Record<StorySection, TextAnalysis>): ScorePart {
  const claims = [...fields.action.sentences, ...fields.result.sentences].filter((s) => s.isClaim);
  const specific = claims.filter((s) => s.hasMetric || s.hasScale || s.hasOutcome).length;
  const resultHasNumber = fields.result.sentences.some((s) => s.hasMetric);
  const share = claims.length === 0 ? 0 : specific / claims.length;
  const points = Math.round(25 * share) + (resultHasNumber ? 10 : 0);
  const claimText =
    claims.length === 0
      ? 'No claims in Action or Result yet'
      : `${specific} of ${claims.length} claims in Action and Result have a metric, scale or outcome`;
  return {
    id: 'specificity',
    label: 'Specificity',
    points,
    max: SCORE_MAX.specificity,
    reason: `${claimText}; ${resultHasNumber ? 'the Result has a number.' : 'the Result has no number.'}`,
  };
}

function ownershipPart(fields: Record<StorySection, TextAnalysis>): ScorePart {
  const all = [fields.task, fields.action, fields.result].flatMap((f) => f.findings);
  const weIssues = all.filter((f) => f.rule === 'we-without-i').length;
  const weak = all.filter((f) => f.rule === 'weak-ownership').length;
  const passive = all.filter((f) => f.rule === 'passive-voice').length;
  const hasAction = fields.action.words > 0;
  const points = hasAction ? Math.max(0, SCORE_MAX.ownership - 8 * weIssues - 3 * weak - 2 * passive) : 0;
  const problems = [
    weIssues > 0 ? `"we" without "I" in ${weIssues} section${weIssues > 1 ? 's' : ''}` : '',
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

function lengthPart(time: SpeakingTime): ScorePart {
  const verdict = lengthVerdict(time);
  const said = `About ${formatMinutes(time.minSeconds)}–${formatMinutes(time.maxSeconds)} min spoken`;
  const target = `target ${formatMinutes(TARGET_SECONDS.min)}–${formatMinutes(TARGET_SECONDS.max)}`;
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
    specificityPart(input.fields),
    ownershipPart(input.fields),
    lengthPart(input.speakingTime),
  ];
  return { total: parts.reduce((n, p) => n + p.points, 0), parts };
}
