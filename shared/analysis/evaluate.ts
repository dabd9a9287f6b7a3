// Measuring the analyzer against labeled sentences (the format of corpus/dev-claims.jsonl):
// precision, recall and F1 for each flag and for "vague claim", with the rows it got wrong.
// Pure, so the evaluation command and the tests share it.
import { z } from 'zod';
import type { TextAnalysis } from './types';

export const LabeledRow = z.object({
  id: z.string(),
  kind: z.string().optional(),
  story_id: z.string().nullable().optional(),
  text: z.string(),
  is_claim: z.boolean(),
  has_metric: z.boolean(),
  has_scale: z.boolean(),
  has_outcome: z.boolean(),
  note: z.string().optional(),
});
export type LabeledRow = z.infer<typeof LabeledRow>;

export const FLAGS = ['is_claim', 'has_metric', 'has_scale', 'has_outcome', 'vague_claim'] as const;
export type Flag = (typeof FLAGS)[number];
export type Flags = Record<Flag, boolean>;

/** The F1 each flag must reach on real sentences (issue 4). */
export const F1_TARGETS: Readonly<Record<Flag, number>> = {
  is_claim: 0.95,
  has_metric: 0.95,
  has_scale: 0.9,
  has_outcome: 0.85,
  vague_claim: 0.9,
};

export interface FlagScore {
  flag: Flag;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  falsePositives: string[];
  falseNegatives: string[];
}

/** Parses JSONL; throws an Error naming the first bad line. Blank lines are skipped. */
export function parseLabeledRows(jsonl: string): LabeledRow[] {
  const rows: LabeledRow[] = [];
  const lines = jsonl.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`Line ${i + 1} is not valid JSON.`);
    }
    const parsed = LabeledRow.safeParse(value);
    if (!parsed.success)
      throw new Error(
        `Line ${i + 1} is not a labeled row: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'row'}: ${x.message}`).join('; ')}`,
      );
    rows.push(parsed.data);
  }
  return rows;
}

export function goldFlags(row: LabeledRow): Flags {
  return {
    is_claim: row.is_claim,
    has_metric: row.has_metric,
    has_scale: row.has_scale,
    has_outcome: row.has_outcome,
    vague_claim: row.is_claim && !row.has_metric && !row.has_scale && !row.has_outcome,
  };
}

/**
 * A labeled row is one unit; if the splitter finds several sentences in it, each flag is the OR over
 * them (the row claims something if any of its sentences does), and a vague claim is then derived
 * from those ORed flags, exactly as the rubric derives it from the row's labels.
 */
export function predictedFlags(analysis: TextAnalysis): Flags {
  const any = (k: 'isClaim' | 'hasMetric' | 'hasScale' | 'hasOutcome') => analysis.sentences.some((s) => s[k]);
  const flags = {
    is_claim: any('isClaim'),
    has_metric: any('hasMetric'),
    has_scale: any('hasScale'),
    has_outcome: any('hasOutcome'),
  };
  return { ...flags, vague_claim: flags.is_claim && !flags.has_metric && !flags.has_scale && !flags.has_outcome };
}

export function scoreFlags(rows: LabeledRow[], analyze: (text: string) => TextAnalysis): FlagScore[] {
  const predictions = rows.map((r) => predictedFlags(analyze(r.text)));
  return FLAGS.map((flag) => {
    const score: FlagScore = {
      flag,
      tp: 0,
      fp: 0,
      fn: 0,
      precision: 0,
      recall: 0,
      f1: 0,
      falsePositives: [],
      falseNegatives: [],
    };
    rows.forEach((row, i) => {
      const gold = goldFlags(row)[flag];
      const predicted = predictions[i][flag];
      if (gold && predicted) score.tp++;
      else if (predicted) {
        score.fp++;
        score.falsePositives.push(row.id);
      } else if (gold) {
        score.fn++;
        score.falseNegatives.push(row.id);
      }
    });
    score.precision = score.tp + score.fp === 0 ? 0 : score.tp / (score.tp + score.fp);
    score.recall = score.tp + score.fn === 0 ? 0 : score.tp / (score.tp + score.fn);
    score.f1 =
      score.precision + score.recall === 0
        ? 0
        : (2 * score.precision * score.recall) / (score.precision + score.recall);
    return score;
  });
}
