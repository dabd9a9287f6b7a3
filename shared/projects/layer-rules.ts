// Which depth-map layers one sentence is about (tests/fixtures/follow-ups/LAYER-RUBRIC.md). A sentence
// belongs to a layer by its main clause, not because one word of the layer appears somewhere in it: the
// words of "because …", "which …", "so that …" clauses explain the main one and place nothing. Each layer
// reuses what the analyzer already knows where it can: the signals (trade-off, after-launch, own-decision,
// influence), the claim analyzer's number roles (load figures size a system; a measured change in a
// Result is how the work was judged) and the follow-up cues (a failure that happened, a launch).
import type { SignalId } from '../analysis';
import { failureCue, launchCue, shippedDefect } from '../analysis/signals/follow-up-cues';
import { sentenceNumbers, sentenceOutcome } from '../analysis/signals/sentence-numbers';
import type { StorySection } from '../domain/schemas';
import type { LayerId } from './depth-layers';

/** What the placement knows about a sentence besides its words. */
export interface SentenceClues {
  section: StorySection;
  text: string;
  /** Senior signals the sentence shows. */
  signals: ReadonlySet<SignalId>;
  /** The story's setup names a live failure and this sentence describes, diagnoses or fixes it. */
  incident: boolean;
}

// A clause that explains or qualifies the main one: from the word to the next clause mark. "which" and
// "who" only after a comma: "measured which models needed GPUs" asks a question, it qualifies nothing.
const SUBORDINATE =
  /(?:,\s*(?:which|who|whom)\b|\b(?:whose|because|since|although|though|whereas|unless|if|so\s+that|so\s+(?:it|they|we|he|she)\s+(?:could|would|can|will)|when|whenever|while|until|in\s+case)\b)[^,;:—–()]*/gi;

/** The sentence with its subordinate clauses blanked (same length, so offsets still hold). */
export function mainClause(text: string): string {
  return text.replace(SUBORDINATE, (m) => ' '.repeat(m.length));
}

// Undoing a change or writing up what went wrong is the failure's part of the story.
const UNDONE = /\b(?:roll(?:ed)?\s?back(?:\s+to)?|rolled\s+back|reverted|post[-\s]?mortems?|regressed)\b/i;

// ---------- problem ----------
// What was wrong or wanted, told where the story sets itself up.
const PAIN =
  /\b(?:slow\w*|took\s+(?:about\s+|over\s+|nearly\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?)|crept|complain\w*|churn\w*|los(?:t|ing|es)\s+(?:\S+\s+){0,4}?(?:users?|customers?|revenue|money|deals?|subscribers?)|cost(?:s|ing)?\s+(?:us\s+)?(?:about\s+)?[$€£~≈\d]|bills?\b|spend\b|too\s+(?:many|much|slow|long)|noise|noisy|by\s+hand|manual(?:ly)?|hours\s+a\s+(?:day|week)|piled\s+up|disagree\w*|inconsistent|threaten\w*|blocked|false\s+(?:declines?|positives?|blocks?|alarms?)|empty|stale|drift\w*|shifted|left\s+(?:the\s+\w+\s+)?without|unclear|nobody\s+knew|charg(?:ed|es|ing)\s+us|penalt\w*)\b/i;
const GOAL =
  /\b(?:(?:was|were)\s+(?:asked|assigned|hired|tasked|brought\s+in)\s+to|asked\s+(?:me|us)\s+to|wanted|needed|need\s+to|had\s+to(?!\s+(?:decide|choose|pick))|goal|objective|target|success|so\s+that\s+users|in\s+order\s+to|build|make|cut|reduce|halve|improve|replace|get\b|bring|owned\s+(?:bringing|getting|cutting|reducing|making|moving|building))\b/i;
// The setup sentence is about something narrower than the problem: a team's size, time alone.
const NOT_PROBLEM =
  /^\s*(?:the\s+\w+\s+team\s+was\s+\w+\s+people|I\s+had\s+(?:\w+\s+){0,2}(?:weeks?|days?|months?)\b|I\s+joined\b|I\s+was\s+(?:not|the\s+on-?call))/i;

function isProblem(c: SentenceClues, main: string): boolean {
  if (c.section !== 'situation' && c.section !== 'task') return false;
  if (NOT_PROBLEM.test(c.text) || c.incident) return false;
  return (
    PAIN.test(main) || GOAL.test(main) || /\b(?:for|to)\s+(?:lawyers|customers|users|analysts|merchants)\b/i.test(main)
  );
}

// ---------- data ----------
// "features" as a model's inputs ("feature pipelines", "kept the features"), not a product's ("a full-feature
// product", "the new feature"): a singular "feature" counts only before a word that makes it an input, or after
// one that says what was wrong with it as data ("a stale feature").
const DATA =
  /\b(?:data(?:sets?)?(?!\s+(?:platform|team|engineers?|scientists?|centers?|warehouse))|labels?|labell?(?:ed|ing)|annotat\w*|ground[-\s]truth|training\s+(?:data|sets?|examples)|(?:trained|train|retrained)\s+(?:\w+\s+){0,3}on\b|(?<!(?:new|product|UI|key)\s)features\b|feature\s+(?:stores?|pipelines?|engineering|vectors?|importance|sets?|values?|columns?|drift|definitions?)\b|(?:stale|missing|null|leak(?:y|ing)|noisy|corrupt\w*|wrong)\s+feature\b|schemas?|taxonom\w*|tags?|samples?\b|columns?|fields|records|(?:user|raw|click)\s+events|event\s+(?:data|logs?|table)|logged\s+every|knowledge\s+base|corpus|documents\b|(?:copy|snapshot|replica|dump|extract)\s+of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:database|tables?|warehouse)|(?:own|different|conflicting|inconsistent)\s+definitions|confidential|PII|personal\s+data|anonymi[sz]\w*|de-?identif\w*)\b/i;
// Reading logs or a query history to find a bug is diagnosis, not the data layer.
const DATA_AS_DIAGNOSIS = /\b(?:job\s+logs|query\s+history|crash\s+reports|dashboards?|guide)\b/i;
// Words that hide a data word from the layer, to the end of their clause: the option turned down ("instead of
// the raw events", "against retraining with their data"), what an alert or panel watches ("an alert on
// feature null rates"), the writer's own unfamiliarity ("never worked with payments data"), and a move onto a
// schema or store ("moved to the shared schema"), which is the cutover.
const DATA_ASIDE =
  /\b(?:instead\s+of|rather\s+than|against|(?:alerts?|panels?|dashboards?|monitors?)\s+(?:on|for|of)|(?:never|not)\s+(?:\w+\s+)?(?:worked|used)\s+with|new\s+to|no\s+experience\s+(?:with|in)|(?:moved|migrated|switched)\s+(?:\w+\s+){0,3}?to\s+the)\b[^,;:—–()]*/gi;

function isData(c: SentenceClues, main: string): boolean {
  if (c.section === 'reflection') return false;
  const own = main.replace(DATA_ASIDE, (m) => ' '.repeat(m.length));
  return DATA.test(own) && !DATA_AS_DIAGNOSIS.test(own);
}

// ---------- approach ----------
const CHOICE =
  /\b(?:cho(?:se|sen|ose)|picked|selected|went\s+with|settled\s+on|opted|weighed|compared|considered|options?|alternatives?|instead(?:\s+of)?|rather\s+than|over\s+(?:a|an|the)\s+\w+|approach|decide\s+whether|recommended|proposed)\b/i;
const METHOD =
  /\b(?:heuristic\w*|classifiers?|transformers?|gradient[-\s]boost\w*|regression|embeddings?|fine[-\s]tun\w*|recalibrat(?:ed|ing|e)\b|distill(?:ed|ing)?\s+(?:it|the|them|a)\b|thresholds?|rules?[-\s]based|learning[-\s]to[-\s]rank|rewr(?:ote|ite)\s+(?:it|the\s+\w+)\s+to|rebuilt|started\s+with|batched?\b)\b/i;
// "20 minutes instead of 9 hours": a measured change, not a choice.
const NUMBER_THEN_INSTEAD = /\d[^,;]{0,20}\binstead\s+of\s+[~≈$]?\d/i;

function isApproach(c: SentenceClues, main: string): boolean {
  if (c.section === 'reflection' || c.section === 'result') return false;
  if (c.signals.has('trade-off')) return true;
  if (NUMBER_THEN_INSTEAD.test(main)) return false;
  if (c.section === 'situation') return false;
  return CHOICE.test(main) || (c.section === 'action' && METHOD.test(main));
}

// ---------- system ----------
const TRAINED_ON = /\b(?:trained|train|retrained)\s+(?:\w+\s+){0,3}on\b/i;
const SYSTEM =
  /\b(?:architect\w*|(?<!(?:self-|customer\s|client\s|guest\s|social\s|public\s|field\s|food\s|delivery\s))services?(?!\s+(?:desk|team|agents?|reps?|levels?|standards?|staff|centre|center|users?))|microservices?|latency|throughput|p9\d|QPS|RPS|requests?\s+(?:per|a)\s+second|cach(?:e|es|ed|ing)|message\s+queues?|stream(?:ing)?|shard\w*|GPUs?|CPUs?|TPUs?|[AHV]100s?|servers?|clusters?|kubernetes|k8s|instances|DAG|endpoints?|API|rate\s+limit\w*|token\s+buckets?|sliding\s+windows?|(?:full\s+)?table\s+scans?|scann(?:ed|ing)\s+(?:the\s+)?(?:full\s+|whole\s+|entire\s+)?[\w-]+\s+table|int8|quantis\w*|quantiz\w*|prun(?:ed|ing)|self-hosted|MB|GB|ms\b|databases?|postgres\w*|queries)\b/i;
// The options weighed or turned down ("compared a hosted model with two we could run on our own GPUs", "instead of
// buying GPUs", "I could parallelise the calls or cache them"): the approach's words, not the system built.
const OPTIONS_ASIDE = /\b(?:instead\s+of|rather\s+than|against|compared|weighed|considered|I\s+could)\b[^;:—–()]*/gi;
// A latency figure in a Result measures the change; the system layer is what was built and what it carried.
const CHANGE_VERB = /\b(?:fell|dropped|rose|grew|went\s+(?:from|down|up)|cut|halved|improved|reduced)\b/i;

function isSystem(c: SentenceClues, main: string): boolean {
  if (c.section === 'reflection') return false;
  if (c.section === 'result' && CHANGE_VERB.test(main)) return false;
  // "trained on 1.2 million sessions" sizes the data, not the system.
  const load = sentenceNumbers(c.text, false).scale.length > 0 && !TRAINED_ON.test(main);
  if (load && c.section !== 'result') return true;
  // What a dashboard shows after launch (p99, cache hit rate) is watched, not designed.
  if (isMonitoring(c, main)) return false;
  // A choice made for the system's sake says so in its reason: "chose X because the budget was 20 ms at p99".
  const said = isApproach(c, main) ? c.text : main;
  return SYSTEM.test(said.replace(OPTIONS_ASIDE, (m) => ' '.repeat(m.length)));
}

// ---------- evaluation ----------
// "Evaluated Python frameworks", "validated the approach": choosing or checking inputs is not evaluating the
// work; the nouns and "evaluated/validated on|against" are.
const EVALUATION =
  /\b(?:evaluations?|evals?(?=\s+(?:framework|suite|sets?|harness|scores|results|pipeline|metrics))|(?:offline|ran|run|built|wrote)\s+evals?|(?:evaluated|validated|tested)\s+(?:it\s+|them\s+|the\s+\w+\s+)?(?:on|against|offline)|benchmark\w*|back[-\s]?test\w*|load[-\s]test\w*|A\/B|experiments?|trial|shadow(?:ed|ing)?|offline|hold[-\s]?outs?|held[-\s]out|test\s+set|validation\s+(?:gate|set)|grade[ds]?|rated|precision|recall|NDCG|AUC|F1|accuracy|compar(?:e|ed)\s+(?:decisions|\w+\s+on))\b/i;

const TOOK_TIME =
  /\b(?:in|within)\s+(?:about\s+|under\s+|less\s+than\s+|roughly\s+)?(?:an?|one|two|three|\d+)\s+(?:minutes?|hours?|days?|weeks?)\b/i;

function isEvaluation(c: SentenceClues, main: string): boolean {
  if (c.section !== 'action' && c.section !== 'result') return false;
  // Watching a metric after launch is monitoring.
  if (isMonitoring(c, main)) return false;
  if (EVALUATION.test(main)) return true;
  // A Result that reports a measured outcome: how the work was shown to work.
  if (c.section !== 'result' || !sentenceOutcome(c.text).measuredOutcome) return false;
  // "Restored the server in about an hour": how long the work took measures no result.
  return sentenceNumbers(c.text, true).metrics.length > 0 || !TOOK_TIME.test(main);
}

// ---------- deployment ----------
const DEPLOYMENT =
  /\b(?:launched|launch(?:ed)?\s+it|shipped|deployed|released|rolled\s+(?:\w+\s+){0,2}out|roll[-\s]?out|went\s+live|behind\s+a\s+(?:feature\s+)?flag|canary|cut[-\s]?over|migrat(?:e|ed|ing|ion)|mov(?:ed|ing)\s+(?:\w+\s+){0,3}to\s+(?:the|our)\s+(?:shared|new)|approved|approve|sign(?:ed)?[-\s]off)\b/i;
const NOT_DEPLOYMENT =
  /\b(?:before|after|since)\s+(?:the\s+)?(?:launch|release|go-?live|rollout|cutover)\b|without\s+a\s+deploy/i;

function isDeployment(c: SentenceClues, main: string): boolean {
  if (c.section === 'reflection') return false;
  if (/\bafter\s+(?:launch|go-?live|release|cutover)|since\s+release/i.test(main)) return false;
  if (c.incident || shippedDefect(main)) return false;
  return DEPLOYMENT.test(main.replace(NOT_DEPLOYMENT, '')) || launchCue(main) >= 0;
}

// ---------- monitoring ----------
const AFTER_LAUNCH_TIME =
  /\b(?:after\s+(?:launch|go-?live|release|cutover|shipping|rollout)|since\s+(?:release|launch)|once\s+it\s+was\s+live|post[-\s]launch)\b/i;
const WATCHING =
  /\b(?:monitor\w*|alert\w*|pager|pages\b|on[-\s]?call|dashboard\s+alert|(?:kept\s+)?watch(?:ed|ing)|track(?:ed|s)?\b|track\s+regressions?|review\s+(?:its|their|the)\s+\w+\s+(?:weekly|daily|monthly)|(?:re)?trains?\s+(?:every|weekly|monthly|quarterly|each)|retrain\s+(?:every|weekly|monthly|quarterly)|we\s+retrain|(?:every|each)\s+(?:sprint|sunday|week|month|quarter)|logs?\b|noticed)\b/i;

// A model that drifted (not "would drift"), a retrain put on a schedule.
const DRIFT_OR_SCHEDULE =
  /\b(?:(?:had|has|have)\s+drifted|drift\s+(?:alerts?|detection|monitoring)|scheduled\s+(?:a\s+|the\s+)?(?:\w+\s+)?retrain\w*)\b/i;
// In the setup, only the watching itself (alerts, pages, drift) is about after launch, not a schedule.
const WATCHING_IN_SETUP = /\b(?:monitor\w*|alert\w*|pager|pages\b|on[-\s]?call|drift\w*)\b/i;

function isMonitoring(c: SentenceClues, main: string): boolean {
  if (c.section === 'reflection') return false;
  // Only what is live can be rolled back or written up in a post-mortem.
  if (AFTER_LAUNCH_TIME.test(main) || DRIFT_OR_SCHEDULE.test(main) || UNDONE.test(main)) return true;
  const setup = c.section === 'situation' || c.section === 'task';
  return c.signals.has('after-launch') && (setup ? WATCHING_IN_SETUP : WATCHING).test(main);
}

// ---------- failures ----------
const LESSON =
  /\b(?:next\s+time|differently|should\s+have|in\s+hindsight|would\s+(?:\w+\s+)?(?:involve|start|ask|do)\b)/i;
const FIXED_SO = /\b(?:so\s+the\s+same|could\s+not\s+slip|would\s+not\s+(?:happen|recur))/i;

function isFailure(c: SentenceClues, main: string): boolean {
  if (c.section === 'reflection') return LESSON.test(c.text);
  return c.incident || failureCue(main) >= 0 || FIXED_SO.test(c.text) || UNDONE.test(main) || shippedDefect(main);
}

// ---------- role ----------
const OWN =
  /\bI\s+(?:\w+ly\s+)?(?:led|owned|decided|chose|proposed|recommended|drove|convinced|mentored|pushed\s+back|negotiated|argued|hired|coordinated|designed|offered|explained|persuaded|walked\s+\w+|presented|showed|(?:asked|talked\s+to|worked\s+with|met)\s+(?:the\s+|their\s+|our\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:team|leads?|partners?|engineers?|analysts?|managers?|owners?)|sat\s+with|was\s+(?:not\s+)?the\s+owner)\b/i;
const DID =
  /\bI\s+(?:\w+ly\s+|then\s+|also\s+|first\s+)?(?:built|wrote|implemented|set\s+up|created|rewrote|prototyped|added|moved|designed|ran|took|started|initiated|diagnosed|fixed|patched|rolled|deployed|migrated|automated|introduced|refactored)\b/i;
const OWN_BULLET = /^\W*(?:Designed|Led|Owned|Chose|Proposed|Recommended|Negotiated)\b/;

function isRole(c: SentenceClues, main: string): boolean {
  if (c.section === 'reflection') return false;
  if (c.signals.has('own-decision') || c.signals.has('influence')) return true;
  if (OWN.test(main) || OWN_BULLET.test(c.text)) return true;
  // "What you did yourself": the writer building, fixing or running a part in the Action, told in the first person.
  return c.section === 'action' && DID.test(main);
}

const RULES: Record<LayerId, (c: SentenceClues, main: string) => boolean> = {
  problem: isProblem,
  data: isData,
  approach: isApproach,
  system: isSystem,
  evaluation: isEvaluation,
  deployment: isDeployment,
  monitoring: isMonitoring,
  failures: isFailure,
  role: isRole,
};

/** The layers one sentence is about, in layer order; empty when none fits confidently. */
export function layersOf(clues: SentenceClues, order: readonly LayerId[]): LayerId[] {
  const main = mainClause(clues.text);
  return order.filter((id) => RULES[id](clues, main));
}
