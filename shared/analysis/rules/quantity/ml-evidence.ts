// ML and reliability vocabulary that names a measurable quantity: "p99 latency", "QPS", "AUC",
// "precision/recall", "CTR", "MTTR", "GPU hours", dataset and model size. These terms make a number
// next to them a metric (even "AUC 0.91", where "AUC" looks like a product name), and a change to
// them ("reduced MTTR", "recall improved") an outcome.
import type { Token } from '../language/tokenize';

/** Single-token metric names (lower-case). */
export const ML_METRIC_TERMS = new Set([
  'auc',
  'roc',
  'auroc',
  'auprc',
  'precision',
  'recall',
  'f1',
  'f1-score',
  'accuracy',
  'ctr',
  'cvr',
  'mttr',
  'mttd',
  'mtbf',
  'latency',
  'throughput',
  'qps',
  'rps',
  'tps',
  'uptime',
  'availability',
  'perplexity',
  'bleu',
  'rouge',
  'ndcg',
  'mrr',
  'rmse',
  'mae',
  'mape',
  'wer',
  'loss',
  'p50',
  'p90',
  'p95',
  'p99',
  'p999',
  'p99.9',
  'slo',
  'error-rate',
  'recall@k',
  'hit-rate',
  'logloss',
  'calibration',
  'coverage',
]);

/** Two-word metric names ("error rate", "hit rate", "GPU hours"). */
export const ML_METRIC_PAIRS = new Set([
  'error rate',
  'hit rate',
  'false positives',
  'false negatives',
  'false positive',
  'false negative',
  'gpu hours',
  'gpu-hours',
  'training time',
  'inference cost',
  'inference time',
  'serving cost',
  'tail latency',
  'response time',
  'response times',
  'load time',
  'build time',
  'build times',
  'page load',
  'cold start',
  'time to market',
  'time-to-market',
  'conversion rate',
  'click-through rate',
  'churn rate',
  'model size',
  'dataset size',
  'crash rate',
  'cache hit',
]);

/** Nouns that measure the size of data or a model: a number before them is scale ("7B parameters"). */
export const ML_SIZE_NOUNS = new Set([
  'parameters',
  'params',
  'tokens',
  'examples',
  'samples',
  'embeddings',
  'labels',
  'rows',
  'records',
  'images',
  'documents',
  'events',
  'gpus',
  'tpus',
  'vectors',
  'predictions',
  'inferences',
]);

const PAIR_FIRST_WORDS = new Set([...ML_METRIC_PAIRS].map((p) => p.split(' ')[0]));
const PERCENTILE = /^p\d{2,3}(?:\.\d)?$/;

/** Words findMlTerms must look at further: the first word of a pair, or a term on its own. */
const TERM_STARTS = new Set([...PAIR_FIRST_WORDS, ...ML_METRIC_TERMS]);

function mayStartTerm(t: Token): boolean {
  if (t.lower.charCodeAt(0) === 112) return true; // 'p'
  return t.facts ? (t.facts.mlTermStart ??= TERM_STARTS.has(t.lower)) : TERM_STARTS.has(t.lower);
}

export function isMlMetricToken(lower: string): boolean {
  return ML_METRIC_TERMS.has(lower) || (lower.charCodeAt(0) === 112 && PERCENTILE.test(lower)); // 'p'
}

export interface MlTerm {
  start: number;
  end: number;
  term: string;
}

/** ML metric terms in a tokenized sentence, offsets relative to the sentence. */
export function findMlTerms(tokens: Token[]): MlTerm[] {
  const found: MlTerm[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'symbol') continue;
    // A percentile ("p99") is the one term no list names.
    if (!mayStartTerm(t)) continue;
    const next = tokens[i + 1];
    if (
      next &&
      next.kind !== 'symbol' &&
      PAIR_FIRST_WORDS.has(t.lower) &&
      ML_METRIC_PAIRS.has(`${t.lower} ${next.lower}`)
    ) {
      found.push({ start: t.start, end: next.end, term: `${t.lower} ${next.lower}` });
      i++;
      continue;
    }
    if (isMlMetricToken(t.lower)) found.push({ start: t.start, end: t.end, term: t.lower });
  }
  return found;
}
