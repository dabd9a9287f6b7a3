// Everything the analyzer keeps about one sentence in one section: the four flags, its word count,
// its one mark (offsets relative to the sentence) and its pronoun counts. This is what the cache
// stores, so it holds no tokens.
import type { Finding } from './types';
import type { StorySection } from './domain-types';
import { sentenceFacts, type SentenceContext, type SentenceFacts } from './sentence-facts';
import { claimAdvice } from './rules/marks/claim-advice';
import { findWeaselWords } from './rules/marks/weasel-words';
import { findHedges } from './rules/marks/hedges';
import { findWeakOwnership } from './rules/marks/weak-ownership';
import { findHiddenActorPassives } from './rules/marks/passive-voice';
import { countPronouns, startsWithOwnVerb, type PronounCount } from './rules/marks/we-without-i';
import { coachingMarks } from './rules/marks/coaching-marks';
import { assertedHits, unassertedSpansOnDemand, type UnassertedSpansOnDemand } from './rules/language/unasserted-spans';
import { pickMark } from './rules/marks/prioritize';
import { readableText } from './rules/language/readable-text';

export interface SentenceRecord {
  isClaim: boolean;
  hasMetric: boolean;
  hasScale: boolean;
  hasOutcome: boolean;
  words: number;
  /** At most one finding, offsets relative to the sentence. */
  mark?: Finding;
  pronouns: PronounCount;
  /** A subjectless sentence that opens with a past-tense verb ("Rewrote the scheduler"): the writer's own act. */
  impliedI: boolean;
}

function wordingFindings(
  facts: SentenceFacts,
  section: StorySection | undefined,
  unasserted: UnassertedSpansOnDemand,
): Finding[] {
  const found: Finding[] = [];
  // Wording advice is about the writer's own account of what they did: the Action, the Result, or a
  // free-standing line. The setup, the goal and the lesson may describe others in any words.
  if (section === 'situation' || section === 'task' || section === 'reflection') return found;
  const resultLike = section === undefined || section === 'result';
  if (facts.isClaim) {
    for (const h of assertedHits(findWeakOwnership(facts.tokens), unasserted)) {
      found.push({
        rule: 'weak-ownership',
        severity: 'warning',
        start: h.start,
        end: h.end,
        message: `"${facts.text.slice(h.start, h.end)}" hides what you did yourself.`,
        suggestion: 'Name your own action: "I designed …", "I led …", "I wrote …".',
      });
    }
  }
  for (const h of assertedHits(findHiddenActorPassives(facts.tokens), unasserted)) {
    found.push({
      rule: 'passive-voice',
      severity: 'info',
      start: h.start,
      end: h.end,
      message: 'Passive voice hides who did the work.',
      suggestion: 'Say who did it: "I rebuilt the pipeline" rather than "the pipeline was rebuilt".',
    });
  }
  // In the Action a hedge matters only on a claim; elsewhere it may be the story of a hypothesis.
  if (resultLike || facts.isClaim) {
    for (const h of assertedHits(findHedges(facts.tokens), unasserted)) {
      found.push({
        rule: 'hedge',
        severity: 'info',
        start: h.start,
        end: h.end,
        message: `"${facts.text.slice(h.start, h.end)}" makes the claim sound unsure.`,
        suggestion: 'State what happened plainly; if you are unsure of a figure, give a range.',
      });
    }
  }
  // A sentence that gives its number has the evidence the weasel word pretends to.
  if (!facts.hasMetric) {
    for (const h of assertedHits(findWeaselWords(facts.tokens), unasserted)) {
      // "several teams" is plain description in the Action; it stands in for a measure only in a result.
      if (h.kind === 'vague-amount' && !resultLike) continue;
      found.push({
        rule: 'weasel-word',
        severity: 'info',
        start: h.start,
        end: h.end,
        message: `"${facts.text.slice(h.start, h.end)}" sounds like evidence but gives none.`,
        suggestion: 'Replace it with the number behind it: how much, how many?',
      });
    }
  }
  return found;
}

export function analyzeSentence(
  text: string,
  section: StorySection | undefined,
  context: SentenceContext = {},
): SentenceRecord {
  // Read as typed text means it: "couldn’t" as "couldn't", "**cut**" as "cut", a lower-case "i" as "I".
  const read = readableText(text);
  const facts = sentenceFacts(read, section, context);
  // A line that frames the page (a greeting, a heading, "I work as …"; page-furniture.ts) tells no work:
  // no wording advice, and its "I" or "we" neither continues the writer's thread nor counts as the
  // writer's voice in the story.
  if (facts.furniture !== undefined) return sentenceRecord(facts, undefined, { singular: 0, plural: 0 }, false);
  // Found only if a wording or coaching rule has a hit to check against them.
  const unasserted = unassertedSpansOnDemand(read);
  const mark = pickMark([
    ...claimAdvice(facts, section),
    ...coachingMarks(facts, section, unasserted),
    ...wordingFindings(facts, section, unasserted),
  ]);
  return sentenceRecord(facts, mark, countPronouns(facts.tokens), startsWithOwnVerb(facts.tokens));
}

/**
 * A sentence's record, built as one literal with every field in one order: records then share one object
 * shape (a spread of the flags plus later fields made the analyzer ~20% slower on the story benchmark).
 */
function sentenceRecord(
  facts: SentenceFacts,
  mark: SentenceRecord['mark'],
  pronouns: SentenceRecord['pronouns'],
  impliedI: boolean,
): SentenceRecord {
  return {
    isClaim: facts.isClaim,
    hasMetric: facts.hasMetric,
    hasScale: facts.hasScale,
    hasOutcome: facts.hasOutcome,
    words: facts.words,
    mark,
    pronouns,
    impliedI,
  };
}
