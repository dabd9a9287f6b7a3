// A live system failing without a failure word: it gave wrong output for a told while ("For 95 minutes the
// recommendation service returned the same ten items to every user", "the pipeline produced revenue 30% too low for
// one day"), or a model's quality fell while it ran ("the model's precision fell from 0.62 to 0.48 in two weeks").
// RUBRIC.md, after-launch: an incident story's sentences that tell the incident or its symptom are after-launch, like
// its diagnosis and fix. Read by incident-context.ts as one more way a story's setup names a live failure.

/** A running system as the subject of what it gave out. */
const SYSTEM = String.raw`(?:service|pipeline|API|app|site|website|job|system|feed|endpoint|page|engine|ranker|recommender|model|checkout|integration|sync)`;
const GAVE_OUT = String.raw`(?:returned|produced|served|showed|sent|displayed|computed|reported|charged|billed|posted|published)`;
/** What makes the output wrong: the same items to all, a figure too low or high, nothing, stale or duplicate. */
const WRONG = String.raw`(?:the\s+same\s+|too\s+(?:low|high|small|large)\b|wrong\b|incorrect\b|stale\b|duplicate\w*|empty\b|blank\b|nothing\b|zero(?:es|s)?\b|garbage\b|twice\b|two\s+times\b)`;
/** A while told in minutes, hours or days. */
const WHILE = String.raw`(?:about\s+|around\s+|nearly\s+|over\s+|almost\s+)?(?:\d+|an?|one|two|three|four|five|six|ten|twenty|forty)\s+(?:minutes|hours?|days?)`;
/** Any text within a clause; a decimal point ("0.62") does not end it. */
const WITHIN = String.raw`(?:[^.;]|\.(?=\d))`;
/** A model's quality measure. */
const QUALITY = String.raw`(?:precision|recall|accuracy|AUC|F1|hit\s+rate|quality|performance|calibration)`;

/**
 * The regex source of a wrong output for a while, either order ("returned … for 40 minutes", "For 95 minutes, the
 * service returned …"), or a model's quality falling over days, weeks or months. A wrong output with no while (a
 * prototype "returned the same answer for every query") and a quality drop with no span (an ablation) stay out.
 */
export const WRONG_LIVE_OUTPUT = String.raw`(?:${SYSTEM}\s+(?:\w+\s+)?${GAVE_OUT}\b${WITHIN}{0,60}?${WRONG}${WITHIN}{0,60}?\bfor\s+${WHILE}|\bfor\s+${WHILE}\b${WITHIN}{0,40}?\b${SYSTEM}\s+(?:\w+\s+)?${GAVE_OUT}\b${WITHIN}{0,60}?${WRONG}|(?:model's|models'|classifier's|ranker's|detector's)\s+(?:[\w-]+\s+)?${QUALITY}\s+(?:\w+\s+)?(?:fell|dropped|slipped|sank|declined|degraded|collapsed|drifted)\b${WITHIN}{0,40}?\b(?:in|within|over)\s+(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?))`;
