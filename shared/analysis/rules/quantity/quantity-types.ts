// The shapes quantity detection returns: what a found quantity records, and why a number was set
// aside. In their own module so the detection's parts can share them; re-exported from quantities.ts,
// the public entry.

/** Which clause evidence made a bare count a measure (quantity-evidence.ts). */
export type ClauseEvidence = 'act' | 'event' | 'now' | 'dated' | 'claim' | 'score' | 'compared' | 'none' | 'made';

/**
 * What holds a count that no evidence made a measure, when it sizes the context (quantity-evidence.ts): a
 * preposition, a present "has"/"is", a hyphen, an apposition, the writer's verb in the present (duty: "I
 * manage 14 pickers", "Keep 60 vans on the road") or another party's (standing: "the helpline takes 2,000 calls").
 */
export type ContextHold = 'preposition' | 'state' | 'modifier' | 'apposition' | 'duty' | 'standing';

/** The dimension of physical measure a unit gives a number (quantity-dimensions.ts). */
export type Dimension =
  | 'mass'
  | 'length'
  | 'area'
  | 'volume'
  | 'temperature'
  | 'speed'
  | 'power'
  | 'energy'
  | 'pressure'
  | 'electrical'
  | 'frequency';

export type QuantityKind =
  'percent' | 'money' | 'multiplier' | 'duration' | 'data-size' | 'rank' | 'count' | 'magnitude' | 'ratio';

export interface Quantity {
  /** Offsets relative to the sentence. */
  start: number;
  end: number;
  text: string;
  kind: QuantityKind;
  /** The noun the number counts, lower-case ("users" in "2M active users"), if one was found. */
  head?: string;
  /** A group noun before the number: "team" in "a team of 6". */
  group?: string;
  /** Part of a measured change: from→to, "by 40%", a multiplier word. */
  change: boolean;
  /** One end of a before→after pair ("from 51 queries to 2", "X → Y"). */
  fromTo?: boolean;
  /** Governed by a verb that makes the count a result ("processed 20,000 pictures", "hired 12"). */
  result: boolean;
  /** Followed by "a day", "per month", "daily": a throughput or volume. */
  perTime: boolean;
  /** Governed by a verb that describes the context ("supporting 3 product lines", "used by 4 apps"). */
  context?: boolean;
  /** The direct object of another action verb: a count of things delivered ("gave 8 talks", "built a dozen tools"). */
  delivered?: boolean;
  /** Opens the sentence, a verbless result ("116 commits — …"). */
  lead?: boolean;
  /** Hangs on a preposition that sizes the context ("for hundreds of phones", "with 40 attendees") or sizes one thing ("a 50K SLOC codebase"). */
  sizing?: boolean;
  /** A range of values ("40–120 attendees", "anywhere from 10,000 to 1,000,000 requests"): a size, not a result. */
  range?: boolean;
  /** The whole of a set: "all 12 classrooms", "all our four shops" (a volume of the whole estate sizes it). */
  whole?: boolean;
  /** Governed by a verb that works through a volume ("processed 20,000 pictures", "migrated 220 services"): metric and scale. */
  volume?: boolean;
  /** Governed by a verb of winning or developing people ("hired 4 engineers", "won 14 accounts"): a metric, not the context's size. */
  gained?: boolean;
  /** "the 14 supervisors": a definite count names what is already there; it measures no result. */
  known?: boolean;
  /** "1,200 more orders": an increment, not the size of anything. */
  increment?: boolean;
  /** Hangs on a preposition that spreads the work over a context ("across 4 regions", "among 30 stores"). */
  spread?: boolean;
  /** Opens the sentence as a part of a group ("Two of the engineers I mentored were promoted"): a counted result. */
  partitive?: boolean;
  /** Opens a clause as the subject of what others did with the work ("Three other teams adopted the checklist"): a counted result. */
  adopters?: boolean;
  /** The agent of a passive take-up verb, the base the work reached ("adopted by all five teachers", "now used by 7 offices"): metric and scale. */
  reached?: boolean;
  /** Names who or what took part ("paired with two engineers", "four of us", "a pilot with one pod"): neither metric nor scale. */
  participants?: boolean;
  /** A duration the writer was allowed ("had two weeks to build", "a six-week deadline"): a constraint, not a metric. */
  allowance?: boolean;
  /** Time spent in a job, an employer or a field ("10 years of experience", "4 years as a cook"): a period, not a metric. */
  tenure?: boolean;
  /** A window of past time that frames the data or the result ("over the last 12 months", "on the past two years of claims"): a period, not a metric. */
  window?: boolean;
  /** The planned span of a plan, a roadmap or a project ("a six-week plan", "a 3-month migration"): a timeline, not a metric. */
  planned?: boolean;
  /**
   * A span whose governor makes it no measure (quantity-spans.ts): when the writer's next act came ("After two
   * weeks I showed the draft …") or how long a duty, trial or plan lasted ("ran it on two wards for a month").
   */
  when?: boolean;
  /** A share of a population the work sits in ("the 30% of customers on the legacy plan"): scale, not a metric. */
  populationShare?: boolean;
  /** Money modifying a program, project or contract the writer ran ("the $2.5M ERP rollout"): scale, not a metric. */
  programMoney?: boolean;
  /** The length of a work shift ("12-hour night shifts"): a schedule, not a metric. */
  shift?: boolean;
  /** The number of skills in a skill line ("fluent in 3 languages"): neither metric nor scale. */
  skill?: boolean;
  /** A figure after a title line's separator: the workplace's or team's size ("— 6 surgeries") or the post's limit ("up to £10k"): never a metric. */
  titleFigure?: 'size' | 'limit';
  /** The writer's own handled load per period ("Handled about 45 chats a day"): a metric, not scale. */
  handled?: boolean;
  /**
   * A count of troubles over a period ("four outages in a quarter", "losing 30 deliveries a week"): a before or
   * an after value, a metric in any section, never scale (quantity-trouble-counts.ts).
   */
  trouble?: boolean;
  /** People the writer leads told by their relation to the writer ("35 pickers under me"): scale, not a metric. */
  led?: boolean;
  /** A limit or an area's reach ("travel up to 40 miles", "authority up to $75,000", "within 20 miles"): no metric; a scale noun keeps its scale. */
  limit?: boolean;
  /**
   * The clause evidence that lets a count no other role reached be a measure: the writer's past act, a past
   * event it is the subject of, "now", a past period (quantity-evidence.ts). Without it such a count is
   * never a metric by default (metrics.ts).
   */
  evidence?: ClauseEvidence;
  /** The dimension of physical measure a unit gives the number ("1.5 t": mass; quantity-dimensions.ts). */
  dimension?: Dimension;
  /**
   * A physical measure that sizes a thing ("a 40 kW boiler", "a hoist rated to 1.5 t", "the shed is 3 m wide"):
   * neither a metric nor the context's scale (quantity-dimensions.ts).
   */
  thingSize?: boolean;
  /** What holds a count no evidence made a measure, where that sizes the context ("on about 60 farms"): quantity-evidence.ts. */
  held?: ContextHold;
}

export type ExclusionReason =
  | 'year'
  | 'version'
  | 'name'
  | 'ordinal'
  | 'identifier'
  | 'date'
  | 'config'
  | 'offset'
  | 'selection'
  | 'code'
  | 'compound'
  | 'scenario'
  | 'age'
  | 'denominator';

export interface ExcludedNumber {
  start: number;
  end: number;
  text: string;
  reason: ExclusionReason;
}

export interface QuantityScan {
  quantities: Quantity[];
  excluded: ExcludedNumber[];
}
