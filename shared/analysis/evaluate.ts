// Measuring the analyzer against labeled sentences (the format of corpus/dev-claims.jsonl):
// precision, recall and F1 for each flag and for "vague claim", with the rows it got wrong.
// Pure, so the evaluation command and the tests share it.
import { z } from 'zod';
import type { AnalyzeOptions, TextAnalysis } from './types';
import { STORY_SECTIONS } from '../domain/sections';

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
  /** The STAR section a story sentence sits in (null: a resume line, or a story without headings). */
  section: z.enum(STORY_SECTIONS).nullable().optional(),
  /** Where the sentence came from ("github:owner/repo path"); rows from one source stay in one half. */
  source: z.string().optional(),
  /** Which half the row belongs to, where its file fixes it; otherwise derived from its key (rowHalf). */
  half: z.enum(['tuning', 'aside']).optional(),
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

/** Analyzes one labeled row; it receives the row so a caller can pass the row's section. */
export type RowAnalyzer = (text: string, row: LabeledRow) => TextAnalysis;

export function scoreFlags(rows: LabeledRow[], analyze: RowAnalyzer): FlagScore[] {
  const predictions = rows.map((r) => predictedFlags(analyze(r.text, r)));
  return scorePredictions(
    rows,
    predictions,
    rows.map((r) => goldFlags(r)),
  );
}

/** Precision, recall and F1 per flag from predicted and gold flags, one pair per row. */
export function scorePredictions(rows: LabeledRow[], predictions: Flags[], gold: Flags[]): FlagScore[] {
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
      const expected = gold[i][flag];
      const predicted = predictions[i][flag];
      if (expected && predicted) score.tp++;
      else if (predicted) {
        score.fp++;
        score.falsePositives.push(row.id);
      } else if (expected) {
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

/** Single-flag precision/recall/F1 from counts (used for in-story marks). */
export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The rows' section passed to the analyzer, the way a user writes a story field; none for a resume line. */
export const analyzeWithSection =
  (analyzeText: (text: string, options?: AnalyzeOptions) => TextAnalysis): RowAnalyzer =>
  (text, row) =>
    analyzeText(text, row.section ? { section: row.section } : undefined);

/**
 * Which half a row falls in, decided by its story, else its source (the repository a resume came
 * from), else its id: every sentence of one story or resume lands in the same half, so rules written
 * from the tuning half are measured on text they were not written from. FNV-1a, so it is stable.
 */
export function rowHalf(row: Pick<LabeledRow, 'id' | 'story_id' | 'source' | 'half'>): 'tuning' | 'aside' {
  if (row.half) return row.half;
  const key = row.story_id || row.source?.split(' ')[0] || row.id;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'tuning' : 'aside';
}

/** A correction to a corpus row's labels where they disagree with RUBRIC.md's clarifications. */
export const Relabel = z.object({
  id: z.string(),
  is_claim: z.boolean().optional(),
  has_metric: z.boolean().optional(),
  has_scale: z.boolean().optional(),
  has_outcome: z.boolean().optional(),
  note: z.string().min(1),
});
export type Relabel = z.infer<typeof Relabel>;

/** The overlay (file name → corrections) for one labeled file; throws if the overlay is malformed. */
export function relabelsFor(fileName: string, overlay: unknown): Relabel[] {
  return z.record(z.string(), Relabel.array()).parse(overlay)[fileName] ?? [];
}

/** Rows with the overlay's corrections applied (the corpus file itself stays as published). */
export function applyRelabels(rows: LabeledRow[], relabels: Relabel[]): LabeledRow[] {
  const byId = new Map(relabels.map((r) => [r.id, r]));
  return rows.map((row) => {
    const fix = byId.get(row.id);
    if (!fix) return row;
    const { id: _id, note, ...flags } = fix;
    return { ...row, ...flags, note: `${row.note ? `${row.note}; ` : ''}relabelled: ${note}` };
  });
}
