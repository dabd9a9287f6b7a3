import type { Question } from '../domain/schemas';

// Questions an ML engineer is asked about models, data and production, written by us.
export const ML_QUESTIONS: readonly Question[] = [
  {
    id: 'q.ml.model-failed-in-production',
    text: 'Tell me about a model that failed in production. How did you find out, and what did you do?',
    competencies: ['ml.production-reliability', 'ml.failure-learning', 'amazon.dive-deep'],
  },
  {
    id: 'q.ml.pushed-back-on-launch',
    text: 'Describe a launch you pushed back on because the model was not ready.',
    competencies: ['ml.conflict', 'ml.tradeoffs', 'amazon.have-backbone', 'amazon.insist-on-highest-standards'],
  },
  {
    id: 'q.ml.data-quality-fight',
    text: 'Tell me about a time you had to fight for data quality against a deadline.',
    competencies: ['ml.conflict', 'ml.technical-depth', 'amazon.insist-on-highest-standards'],
  },
  {
    id: 'q.ml.online-offline-disagree',
    text: 'Describe a time an online metric disagreed with your offline evaluation. How did you resolve it?',
    competencies: ['ml.technical-depth', 'ml.ambiguity', 'amazon.dive-deep', 'amazon.are-right-a-lot'],
  },
  {
    id: 'q.ml.model-drift',
    text: 'Tell me about a model whose performance degraded over time. How did you detect the drift and respond?',
    competencies: ['ml.production-reliability', 'ml.ownership'],
  },
  {
    id: 'q.ml.simpler-model-won',
    text: 'Tell me about a time a simpler model or a heuristic beat a complex one. What did you ship?',
    competencies: ['ml.tradeoffs', 'amazon.invent-and-simplify', 'amazon.frugality'],
  },
  {
    id: 'q.ml.accuracy-vs-latency',
    text: 'Describe a trade-off you made between model quality and latency or cost.',
    competencies: ['ml.tradeoffs', 'amazon.frugality', 'generic.judgment'],
  },
  {
    id: 'q.ml.explain-to-executives',
    text: 'Tell me about explaining a model’s behaviour or uncertainty to executives who had to make a decision.',
    competencies: ['ml.communication', 'meta.communicating-effectively'],
  },
  {
    id: 'q.ml.label-noise',
    text: 'Describe a time noisy or biased labels hurt your model. How did you find and fix it?',
    competencies: ['ml.technical-depth', 'amazon.dive-deep', 'google.doing-the-right-thing'],
  },
  {
    id: 'q.ml.fairness-issue',
    text: 'Tell me about a time you found your model treated a group of users unfairly. What did you do?',
    competencies: ['google.doing-the-right-thing', 'amazon.broad-responsibility', 'ml.ownership'],
  },
  {
    id: 'q.ml.research-to-production',
    text: 'Tell me about taking a research idea or prototype into production.',
    competencies: ['ml.ownership', 'ml.collaboration', 'ml.impact'],
  },
  {
    id: 'q.ml.ab-test-surprise',
    text: 'Describe an A/B test whose result surprised you. What did you conclude?',
    competencies: ['ml.ambiguity', 'amazon.are-right-a-lot', 'amazon.learn-and-be-curious'],
  },
  {
    id: 'q.ml.killed-a-project',
    text: 'Tell me about an ML project you decided to stop. How did you make the call?',
    competencies: ['ml.tradeoffs', 'ml.failure-learning', 'generic.judgment'],
  },
  {
    id: 'q.ml.on-call-incident',
    text: 'Describe an incident involving an ML system you were on call for.',
    competencies: ['ml.production-reliability', 'generic.quality', 'amazon.bias-for-action'],
  },
  {
    id: 'q.ml.monitoring-built',
    text: 'Tell me about monitoring or alerting you built for a model after it launched.',
    competencies: ['ml.production-reliability', 'ml.ownership', 'amazon.insist-on-highest-standards'],
  },
  {
    id: 'q.ml.feature-leakage',
    text: 'Tell me about a time you discovered leakage or a bug in your training data after seeing great results.',
    competencies: ['ml.technical-depth', 'ml.failure-learning', 'amazon.dive-deep'],
  },
  {
    id: 'q.ml.compute-budget',
    text: 'Describe a time you had to deliver with a tight GPU or compute budget.',
    competencies: ['amazon.frugality', 'ml.tradeoffs', 'amazon.invent-and-simplify'],
  },
  {
    id: 'q.ml.product-partner-metric',
    text: 'Tell me about agreeing on a success metric with a product partner who wanted something different.',
    competencies: ['ml.collaboration', 'ml.conflict', 'meta.resolving-conflict'],
  },
  {
    id: 'q.ml.rollback',
    text: 'Describe a time you rolled back a model. How did you decide, and what happened next?',
    competencies: ['ml.production-reliability', 'amazon.bias-for-action', 'ml.tradeoffs'],
  },
  {
    id: 'q.ml.infra-dependency',
    text: 'Tell me about depending on an infrastructure or data team that could not prioritize your work.',
    competencies: ['ml.collaboration', 'generic.influence', 'amazon.earn-trust'],
  },
  {
    id: 'q.ml.unclear-problem',
    text: 'Tell me about a time you were asked to "use ML" on a problem that was not yet defined.',
    competencies: ['ml.ambiguity', 'meta.embracing-ambiguity', 'generic.ambiguity', 'amazon.customer-obsession'],
  },
  {
    id: 'q.ml.evaluation-design',
    text: 'Describe how you designed the evaluation for a model when no good benchmark existed.',
    competencies: ['ml.technical-depth', 'ml.ambiguity'],
  },
  {
    id: 'q.ml.llm-adoption',
    text: 'Tell me about deciding whether to use a large language model or a smaller in-house model.',
    competencies: ['ml.tradeoffs', 'amazon.think-big', 'amazon.frugality'],
  },
  {
    id: 'q.ml.privacy-constraint',
    text: 'Describe a time privacy or policy constraints limited the data you could use. How did you still deliver?',
    competencies: ['google.doing-the-right-thing', 'ml.ambiguity', 'amazon.deliver-results'],
  },
  {
    id: 'q.ml.mentored-on-ml',
    text: 'Tell me about teaching a software engineer or analyst to build and ship their first model.',
    competencies: ['ml.mentoring', 'amazon.hire-and-develop'],
  },
  {
    id: 'q.ml.platform-for-others',
    text: 'Tell me about a tool or platform you built that other ML teams adopted.',
    competencies: ['ml.leadership', 'ml.impact', 'generic.technical-leadership'],
  },
  {
    id: 'q.ml.wrong-hypothesis',
    text: 'Describe a modelling bet you were confident in that turned out wrong.',
    competencies: ['ml.failure-learning', 'amazon.are-right-a-lot', 'meta.growing-continuously'],
  },
  {
    id: 'q.ml.scaling-training',
    text: 'Tell me about scaling a training or serving system by an order of magnitude.',
    competencies: ['ml.technical-depth', 'generic.technical-depth', 'ml.production-reliability', 'meta.scope'],
  },
];
