// analyzeStory: one analysis per STAR field plus what only the whole story shows — speaking time,
// section balance, missing sections — and the readiness score.
import type { FieldAnalysis, FieldAnalyzer, StoryFinding, StoryReport, TextAnalysis } from './types';
import type { Story, StorySection } from './domain-types';
import { SECTION_LABELS, STORY_SECTIONS } from '../domain/sections';
import { speakingTime, lengthVerdict, formatMinutes } from './rules/marks/speaking-time';
import { sectionBalance, SPOKEN_SECTIONS } from './rules/marks/section-balance';
import { readinessScore } from './readiness-score';
import { weWithoutIFinding } from './rules/marks/we-without-i';
import { resultMeasure, resultWithoutMeasure } from './rules/marks/result-measure';
import { setsUpControlledExperiment } from './rules/figures/comparison-arms';

/**
 * Sections whose "we" asks for an "I": what was done and what came of it. The setup and the lesson
 * may say "we" freely, and the Task's "I was asked to …" is an assignment, not the writer's part.
 */
const OWNED_SECTIONS = ['action', 'result'] as const;

/** "We" without "I", once per story, anchored at the first "we" of the Action or Result. */
function weWithoutIInStory(owners: Record<StorySection, FieldAnalysis>): StoryFinding | undefined {
  let singular = 0;
  let plural = 0;
  for (const s of OWNED_SECTIONS) {
    singular += owners[s].singular;
    plural += owners[s].plural;
  }
  if (plural === 0 || singular > 0) return undefined;
  const section = OWNED_SECTIONS.find((s) => owners[s].firstPlural)!;
  return { ...weWithoutIFinding(owners[section].firstPlural!), section };
}

/** Sections that set up what the Result reports: a test run there is the Result's comparison. */
const SETUP_SECTIONS = ['situation', 'task', 'action'] as const;

/**
 * How long a story takes to say, as its message words it. Worked out only for the message that says it
 * (toFixed on every story cost more than the message); module functions rather than closures, since under
 * tsx a named closure costs a defineProperty on every story.
 */
function saidTime(time: { minSeconds: number; maxSeconds: number }): string {
  return `${formatMinutes(time.minSeconds)}–${formatMinutes(time.maxSeconds)} min`;
}

/** A share as a whole percentage: "45%". */
function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/**
 * The Result's marks, less "relative without base" when the story sets up a controlled experiment (an A/B
 * test, a holdout, a control group): the control arm is the base of the lift the Result reports
 * (comparison-arms.ts). Read per story, since the test is told in one field and the lift in another.
 */
function resultAgainstControl(result: TextAnalysis, story: Pick<Story, StorySection>): TextAnalysis {
  if (!result.findings.some((f) => f.rule === 'relative-without-base')) return result;
  if (!SETUP_SECTIONS.some((s) => setsUpControlledExperiment(story[s] ?? ''))) return result;
  return { ...result, findings: result.findings.filter((f) => f.rule !== 'relative-without-base') };
}

export function storyReport(analyzeField: FieldAnalyzer, story: Pick<Story, StorySection>): StoryReport {
  const fields = {} as Record<StorySection, TextAnalysis>;
  const owners = {} as Record<StorySection, FieldAnalysis>;
  for (const s of STORY_SECTIONS) {
    owners[s] = analyzeField(story[s] ?? '', { section: s });
    fields[s] = owners[s].analysis;
  }
  fields.result = resultAgainstControl(fields.result, story);
  const spokenWords = SPOKEN_SECTIONS.reduce((n, s) => n + fields[s].words, 0);
  const time = speakingTime(spokenWords);
  const findings: StoryFinding[] = [];

  const verdict = lengthVerdict(time);
  if (verdict === 'too-long') {
    findings.push({
      rule: 'too-long',
      severity: 'warning',
      start: 0,
      end: 0,
      message: `Takes about ${saidTime(time)} to say; past 3 minutes interviewers stop listening.`,
      suggestion: 'Cut the Situation to two sentences and keep one or two key actions; aim for 1.5–2 minutes.',
    });
  } else if (verdict === 'long') {
    findings.push({
      rule: 'too-long',
      severity: 'info',
      start: 0,
      end: 0,
      message: `Takes about ${saidTime(time)} to say, over the 1.5–2 minute target.`,
      suggestion: 'Trim the setup and any action that does not lead to the result.',
    });
  }

  const words = {
    situation: fields.situation.words,
    task: fields.task.words,
    action: fields.action.words,
    result: fields.result.words,
    reflection: fields.reflection.words,
  };
  const balance = sectionBalance(words);
  for (const issue of balance.issues) {
    if (issue === 'too-much-setup')
      findings.push({
        rule: 'section-balance',
        section: 'situation',
        severity: 'warning',
        start: 0,
        end: 0,
        message: `Situation and Task take ${percent(balance.shares.situation + balance.shares.task)} of the answer: too much setup.`,
        suggestion: 'Keep the setup to a few sentences so the Action gets about half the time.',
      });
    if (issue === 'thin-action')
      findings.push({
        rule: 'section-balance',
        section: 'action',
        severity: 'warning',
        start: 0,
        end: 0,
        message: `The Action is only ${percent(balance.shares.action)} of the answer; aim for about half.`,
        suggestion: 'Say what you did, step by step: the decisions, the trade-offs, who you convinced.',
      });
    if (issue === 'heavy-action')
      findings.push({
        rule: 'section-balance',
        section: 'action',
        severity: 'info',
        start: 0,
        end: 0,
        message: `The Action is ${percent(balance.shares.action)} of the answer, leaving little for context and result.`,
        suggestion: 'Make sure the Situation sets the stakes and the Result says what changed.',
      });
    if (issue === 'thin-result')
      findings.push({
        rule: 'section-balance',
        section: 'result',
        severity: 'info',
        start: 0,
        end: 0,
        message: `The Result is only ${percent(balance.shares.result)} of the answer.`,
        suggestion: 'Give the result its own sentences: the numbers, who benefited, what happened next.',
      });
  }

  for (const s of SPOKEN_SECTIONS) {
    if (fields[s].words === 0)
      findings.push({
        rule: 'missing-section',
        section: s,
        severity: s === 'action' || s === 'result' ? 'warning' : 'info',
        start: 0,
        end: 0,
        message: `The ${SECTION_LABELS[s]} is empty.`,
        suggestion:
          s === 'result'
            ? 'End with what changed and by how much.'
            : `Add the ${SECTION_LABELS[s]} in a few sentences.`,
      });
  }

  const we = weWithoutIInStory(owners);
  if (we) findings.push(we);
  const resultText = story.result ?? '';
  const measure = resultWithoutMeasure(fields.result, resultText);
  if (measure) findings.push(measure);

  return {
    fields,
    findings,
    words: spokenWords,
    speakingTime: time,
    balance: balance.shares,
    score: readinessScore({
      fields,
      speakingTime: time,
      storyFindings: findings,
      resultMeasure: resultMeasure(fields.result, resultText),
    }),
  };
}
