// Technical keywords of a job description: the tools, languages and methods it lists. These are what a
// requirements list of tools is made of; they never become competencies.
import { emphasisAt, type EmphasisSpan } from './emphasis';

export interface JobKeyword {
  /** The keyword as first written in the text. */
  text: string;
  start: number;
  end: number;
}

// Common technology words that are written in lower case or as ordinary words, so shape alone misses them.
const KNOWN = [
  'python',
  'java',
  'scala',
  'kotlin',
  'golang',
  'rust',
  'c\\+\\+',
  'c#',
  'typescript',
  'javascript',
  'sql',
  'swift',
  'bash',
  'react',
  'spark',
  'pyspark',
  'kafka',
  'flink',
  'beam',
  'airflow',
  'dbt',
  'snowflake',
  'databricks',
  'bigquery',
  'redshift',
  'postgres(?:ql)?',
  'mysql',
  'redis',
  'elasticsearch',
  'opensearch',
  'kubernetes',
  'docker',
  'terraform',
  'helm',
  'istio',
  'bazel',
  'jenkins',
  'git',
  'linux',
  'aws',
  'gcp',
  'azure',
  'pytorch',
  'tensorflow',
  'jax',
  'keras',
  'scikit-learn',
  'sklearn',
  'xgboost',
  'lightgbm',
  'pandas',
  'numpy',
  'mlflow',
  'kubeflow',
  'sagemaker',
  'vertex ai',
  'ray',
  'onnx',
  'tensorrt',
  'cuda',
  'opencv',
  'hugging face',
  'langchain',
  'vllm',
  'faiss',
  'scann',
  'pinecone',
  'weaviate',
  'fastapi',
  'graphql',
  'grpc',
  'rest apis?',
  'next\\.js',
  'playwright',
  'cypress',
  'prometheus',
  'grafana',
  'tableau',
  'iceberg',
  'trino',
  'delta lake',
  'core ml',
  'tflite',
  'ros ?2?',
  'learning[ -]to[ -]rank',
  'gradient boost(?:ed|ing)(?: trees)?',
  'transformers?',
  'retrieval[ -]augmented generation',
  'rag',
  'lora',
  'fine[ -]tuning',
  'embeddings?',
  'llms?',
  'nlp',
  'computer vision',
  'deep learning',
  'time series',
  'causal inference',
  'a/b tests?',
  'recommender systems?',
  'anomaly detection',
  'distributed systems',
  'microservices',
  'event[ -]driven',
  'ci/cd',
  'mlops',
  'etl',
  'feature store',
  'vector (?:dbs?|databases?)',
  'nearest neighbou?r',
  'quantization|quantisation',
  'distillation',
  'wcag',
  'html',
  'css',
  's3',
  'emr',
  'lambda',
  'ec2',
  'great expectations',
  'evidently',
];
const KNOWN_RE = new RegExp(`(?<![A-Za-z0-9])(?:${KNOWN.join('|')})(?![A-Za-z0-9+#])`, 'gi');
// Go and R are words too ("Go deep", "R&D"): a language only where a list or a skill puts them.
const LANGUAGE_WORDS =
  /(?<=(?:[,/(]\s*|\b(?:or|and|in|with|of|Strong|strong|Solid|solid)\s))(?:Go|R)(?![A-Za-z0-9+#&])|\b(?:Go|R)(?=\s*(?:[,/+]|and\b|or\b))/g;
// Shapes of product names: inner capitals (PyTorch, BigQuery), letters with digits (S3, EC2), acronyms (AWS, SQL).
const SHAPED =
  /(?<![A-Za-z0-9])(?:[A-Za-z]+[a-z][A-Z][A-Za-z]*|[A-Z][A-Za-z]*\d+[A-Za-z\d]*|[A-Z]{2,6}s?)(?![A-Za-z0-9])/g;
// Acronyms that are not technology.
const NOT_KEYWORDS = new Set([
  'ai',
  'ml',
  'us',
  'usa',
  'uk',
  'eu',
  'phd',
  'msc',
  'bsc',
  'ceo',
  'cto',
  'vp',
  'hr',
  'pto',
  'ok',
  'w2',
  'c2c',
  'rsus',
  'b2b',
  'b2c',
  'it',
  'iso',
  'hipaa',
  'gdpr',
  'kdd',
  'recsys',
  'icassp',
  'gw',
  'mvp',
  'okr',
  'okrs',
  'kpi',
  'kpis',
  'slo',
  'slos',
  'sla',
  'slas',
  'rfc',
  'rfcs',
  'dm',
  'eod',
  'faq',
  'nyc',
  'sf',
  'doe',
  'usc',
  'gc',
  'ic',
  'yc',
  'ii',
  'iii',
  'iv',
  'mle',
  'bs',
  'ms',
  'ba',
  'ma',
  'mba',
  'sr',
  'jr',
  'eng',
  'eoe',
  'eeo',
  'ote',
  'wfh',
  'dei',
]);

// A line in capitals is a heading ("ABOUT THE ROLE"), not a list of acronyms.
const CAPITALS_LINE = /^[^a-z\n]*[A-Z]{3}[^a-z\n]*$/gm;

/**
 * Technical keywords in order of first appearance, one entry per keyword (case-insensitive). With `spans`,
 * a shape alone (an acronym, a capitalised code) does not make a keyword in the company blurb, perks or
 * boilerplate, where "EEO", "DOE" and "401k" stand; a known technology still does.
 */
export function extractKeywords(text: string, spans?: readonly EmphasisSpan[]): JobKeyword[] {
  const found: JobKeyword[] = [];
  const capitalLines = [...text.matchAll(CAPITALS_LINE)].map((m) => [m.index, m.index + m[0].length]);
  const shapeCounts = (at: number) =>
    !capitalLines.some(([from, to]) => at >= from && at < to) && (!spans || emphasisAt(spans, at) !== 'about');
  for (const re of [KNOWN_RE, LANGUAGE_WORDS, SHAPED])
    for (const m of text.matchAll(re))
      if (re !== SHAPED || shapeCounts(m.index)) found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Set<string>();
  const out: JobKeyword[] = [];
  let coveredTo = -1;
  for (const k of found) {
    const key = k.text.toLowerCase().replace(/[\s-]+/g, ' ');
    if (k.start < coveredTo || NOT_KEYWORDS.has(key)) continue;
    coveredTo = k.end;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(k);
  }
  return out;
}
