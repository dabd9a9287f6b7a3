// Ambiguity (RUBRIC.md: data, requirements or context incomplete or unclear, and how the writer moved anyway) read as
// a frame of roles rather than a phrase: an INPUT the work stood on (records, figures, notes, drawings, guidance, an
// answer), what was WRONG with it (missing, old, unreliable, not matching, silent on the point), and the WRITER's act
// that settled it or went ahead without it. Four shapes of that frame:
//  - the gap, then the writer finding out or going ahead in the same sentence: "The soil results were three years old,
//    so I sampled every field myself", "The drawings did not show where the cables go, so we opened two walls first",
//    "We only had the old addresses, but we planned the routes anyway";
//  - the writer putting the open question to the party who can settle it: "I asked the pharmacy to confirm which doses
//    are still valid", "met the team leaders to agree which deals count", "called every shop to ask when they can take
//    the pallets" (not a request for approval, nor a question about what broke);
//  - the writer's act told before the answer was known: "I set the filing date before we knew how many would join";
//  - the writer guessing the open point: "I guessed which practicals mattered most".
// A gap worked around by picking another option ("no labels, so I added a feature instead") is the reason for a
// trade-off, not ambiguity, and stays unread; so does a gap with no act of the writer's ("about a third were other").
import type { Finder, SentenceView } from './sentence-view';

// What the work stood on: records and figures, notes and plans, the guidance given.
const INPUT = String.raw`(?:data|dataset|records?|results|numbers|figures|counts|totals|volumes|estimates?|forecasts?|labels|history|logs?|notes|sheets?|files?|folders?|documents?|docs|documentation|drawings|plans?|maps?|addresses|times|dates|lists?|spreadsheets?|reports?|readings|scores|guidance|instructions|rules|brief|spec|specs|requirements|evidence|details|information|info|versions?|inventory|stock\s+counts)`;

// What was wrong with it, said of the input as its predicate.
const WRONG = String.raw`(?:(?:was|were)\s+(?:(?:often|mostly|still|all|partly|badly|clearly|either)\s+)?(?:unreliable|wrong|missing|incomplete|empty|blank|out\s+of\s+date|outdated|stale|inconsistent|contradictory|patchy|unclear|conflicting|not\s+(?:matching|reliable|complete|accurate|up\s+to\s+date|clear)|(?:\w+\s+){1,2}old|only\s+(?:estimates|guesses|partial))|(?:did\s+not|didn't|do\s+not|don't|never)\s+(?:match|agree|show|say|cover|include|add\s+up|tell)|only\s+(?:covered|showed|included|went\s+back)|(?:had|has)\s+(?:gaps|holes)|(?:was|were)\s+missing\s+\w+)`;

// The gap told by who withheld or held the input: "the customer did not give us the unloading times", "we had only the
// old addresses", "we had labels only for the investigated claims", "half the evidence was missing".
const HELD = String.raw`(?:(?:did\s+not|didn't|never|could\s+not|couldn't)\s+(?:give|send|share|provide)\s+(?:us|me)\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}${INPUT}|(?:I|we)\s+(?:only\s+had|had\s+only)\s+(?:the\s+|a\s+few\s+|some\s+)?(?:[\w-]+\s+){0,2}${INPUT}|(?:I|we)\s+had\s+${INPUT}\s+only\s+for|(?:half|most|some|a\s+third|part)\s+(?:of\s+)?the\s+${INPUT}\s+(?:was|were)\s+missing|^\W*(?:with\s+no|without\s+(?:any\s+)?)\s*(?:[\w-]+\s+){0,2}${INPUT}(?:\s+to\s+go\s+on)?(?=\s*,))`;

const GAP = new RegExp(
  String.raw`\b(?:(?:the|our|their|its|his|her|my|a|an|any|all|these|those)\s+)?(?:(?!(?:because|since|as|so|and|but|I|we|then)\b)[\w'-]+\s+){0,5}?${INPUT}\b(?:\s+(?:from|for|of|in|on|at|we|I|they)\s+(?:[\w'-]+\s+){0,5}?)?\s*${WRONG}\b|\b${HELD}\b`,
  'i',
);

// The writer's act after the gap, joined to it as its consequence or in spite of it (or after a comma, when the gap
// opened the sentence: "With no usage data to go on, I sized …").
const ACT_AFTER =
  /^(?:\s*,\s*(?:(?:so|and\s+so|but|yet|and)\s+)?|(?:,\s*|\s)(?:so|and\s+so|but|yet|and)\s+|[^.;:]*?(?:,\s*|\s)(?:so|and\s+so|but|yet)\s+)(?:then\s+)?(?:I|we)\s+(?:\w+ly\s+|first\s+|also\s+|then\s+|just\s+|still\s+)?([a-z]+)\b([^.;:]*)/i;

// Or the act first, the gap as its reason: "I met the SENCo to check …, because half the evidence was missing".
const ACT_BECAUSE =
  /\b(?:I|we)\s+(?:\w+ly\s+|first\s+|also\s+|then\s+|just\s+)?([a-z]+)\b[^.;:]*?(?:,\s*|\s)(?:because|since|as)\s+$/i;

// Acts of finding out or settling: looking at the source, counting, asking, meeting, rebuilding the input.
const FINDS_OUT =
  /^(?:sampled|checked|re-?checked|counted|re-?counted|measured|surveyed|read|went|asked|rang|called|phoned|emailed|wrote|met|sat|visited|walked|interviewed|opened|tested|compared|collected|gathered|rebuilt|reconstructed|recreated|re-?derived|pulled|scraped|did|built|made|listed|mapped|traced|filled|agreed|confirmed|verified|validated|guessed|estimated)$/;

// Going ahead without it: the act taken anyway, or done by the writer's own hand.
const WENT_AHEAD =
  /\b(?:anyway|regardless|all\s+the\s+same|ourselves|myself|by\s+hand|from\s+scratch|from\s+the\s+(?:raw|source|original)\b|for\s+now|to\s+see\b|to\s+find\s+out\b)/i;

// A gap worked around by another option is a trade-off's reason, not ambiguity; one mended by a fix is a fault
// being debugged ("the numbers were wrong, so I checked the join and fixed it").
const PICKED_INSTEAD = /\b(?:instead|rather\s+than|over\s+the|in\s+place\s+of|dropped|switched\s+to)\b/i;
const FAULT_FIXED = /\b(?:fix(?:ed|es)?|patched|repaired|debugged|bugs?|root\s+cause)\b/i;

/** The gap in an input, then the writer finding out or going ahead in the same sentence (see above). */
export const gapThenAct: Finder = (v: SentenceView) => {
  const gap = GAP.exec(v.text);
  if (!gap) return undefined;
  const before = ACT_BECAUSE.exec(v.text.slice(0, gap.index));
  if (before && FINDS_OUT.test(before[1].toLowerCase()) && !PICKED_INSTEAD.test(v.text))
    return { start: gap.index, end: gap.index + gap[0].length };
  const rest = v.text.slice(gap.index + gap[0].length);
  const act = ACT_AFTER.exec(rest);
  if (!act || PICKED_INSTEAD.test(rest) || FAULT_FIXED.test(rest)) return undefined;
  const [, verb, tail] = act;
  if (!FINDS_OUT.test(verb.toLowerCase()) && !WENT_AHEAD.test(tail)) return undefined;
  return { start: gap.index, end: gap.index + gap[0].length };
};

// The party who can answer, asked to settle the open point: an act of asking, the party, then a question on what holds,
// counts, is needed or can be done. Put as a task ("to confirm which", "to ask when"), any modal will do; put plainly
// ("asked the nurse whether the patient could walk") it must ask what would hold, count or be needed, not a fact that
// one could look at. "asked the manager to approve" (no question) and "asked what went wrong" (a diagnosis) stay. A
// note's bullet may drop the writer ("Asked the matron which staff groups the audit would count").
const ASKER = String.raw`(?:\b(?:I|we)\s+|^\W*)(?:\w+ly\s+|also\s+|first\s+|then\s+)?(?:asked|ask|rang|called|phoned|emailed|e-mailed|messaged|wrote\s+to|met|sat\s+(?:down\s+)?with|checked\s+with|went\s+to)\b(?:\s+(?!(?:to|and|but|so)\b)[\w'-]+){0,6}?\s+`;
const QUESTION = String.raw`(?:exactly\s+)?(?:which|what|whether|when|how\s+(?:much|many|long|often)|if|that)\b[^.;:]{1,80}?\b`;
const HOLDS = String.raw`(?:would|will|should|must|count|counts|counted|mattered|matters|needed|needs|need|wanted|wants|expected|meant|means|valid|allowed|final|acceptable|important|required|applied|apply|assessed)\b`;
const ASKED_AS_TASK = new RegExp(
  String.raw`${ASKER}(?:to|and)\s+(?:confirm|agree(?:\s+on)?|decide|settle|tell\s+(?:me|us)|say|check|ask(?:\s+(?:them|him|her))?|find\s+out|pin\s+down|clarify)\s+${QUESTION}(?:could|can|may|might|${HOLDS})`,
  'i',
);
// Put plainly, a modal must carry a verb of what holds or counts: "when the laptops would arrive" is a fact awaited.
const HOLDS_PLAIN = String.raw`(?:(?:would|will|should|must)\s+(?:\w+ly\s+)?(?:count|matter|need|want|accept|apply|qualify|be\s+(?:assessed|counted|weighted|included|required|needed|checked|audited|measured|allowed|valid|final|acceptable|enough|in\s+scope))|counted|mattered|matters|needed|needs|wanted|wants|expected|meant|means|valid|allowed|final|acceptable|important|required|applied|assessed)\b`;
const ASKED_PLAINLY = new RegExp(String.raw`${ASKER}${QUESTION}${HOLDS_PLAIN}`, 'i');

/** The writer putting the open question to the party who can settle it (see above). */
export const askedToSettle: Finder = (v: SentenceView) => {
  const m = ASKED_AS_TASK.exec(v.text) ?? ASKED_PLAINLY.exec(v.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
};

// The writer's act, then "before" the answer was known: "set the date before we knew how many partner banks …".
const BEFORE_KNOWN =
  /\b(?:I|we)\s+(?:\w+ly\s+|also\s+|had\s+)?(?:[a-z]+ed|set|made|put|cut|chose|took|built|wrote|sent|signed|bought|began|ran|gave|sold|booked|hired)\b[^.;:]{0,80}?\bbefore\s+(?:we|I|anyone|anybody|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:even\s+|really\s+|fully\s+)?(?:knew|found\s+out|had\s+(?:any\s+)?(?:idea|answers?))\s+(?:exactly\s+)?(?:how|what|which|whether|if|who|when|where)\b/i;

/** The writer acting before the open point was known (see above). */
export const actedBeforeKnown: Finder = (v: SentenceView) => {
  const m = BEFORE_KNOWN.exec(v.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
};

// The writer guessing the open point, not a guess in a game or a quiz: "guessed which practicals mattered most".
const GUESSED_OPEN =
  /\b(?:I|we)\s+(?:[^.;:]{0,80}?\band\s+)?(?:\w+ly\s+|had\s+to\s+|just\s+)?(?:guessed|guess|made\s+(?:an?\s+)?(?:\w+\s+)?guess\s+(?:at|about|on|of))\s+(?:at\s+)?(?:how\s+(?:much|many|long|often|big)|which|what|whether|when|who)\b/i;

/** The writer guessing the open point and working from the guess (see above). */
export const guessedOpenPoint: Finder = (v: SentenceView) => {
  const m = GUESSED_OPEN.exec(v.text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
};

/**
 * The sentence tells a gap in an input (GAP above), with or without an act: the anchor for "I trained on those anyway"
 * told in the next sentence (context-readings.ts).
 */
export const toldInputGap = (text: string): boolean => GAP.test(text);

// Going ahead in spite of what was just told: "anyway", "regardless", "all the same".
const ANYWAY = /\b(?:anyway|anyhow|regardless|all\s+the\s+same|nonetheless|nevertheless)\b/i;
const WRITER_ACTS =
  /\b(?:I|we)\s+(?:\w+ly\s+|also\s+|still\s+|then\s+|just\s+)?(?:[a-z]+ed|built|ran|made|went|kept|set|put|took|wrote|began|chose|sent)\b/i;

/** The writer going ahead anyway, right after a sentence that told a gap in an input: "I trained on those anyway". */
export const wentAheadAfterGap = (text: string): boolean => ANYWAY.test(text) && WRITER_ACTS.test(text);

/** The input-gap frames, tried in order. */
export const INPUT_GAP_FRAMES: readonly Finder[] = [gapThenAct, askedToSettle, actedBeforeKnown, guessedOpenPoint];
