// Everything the analyzer keeps about one sentence in one section: the four flags, its word count,
// its one mark (offsets relative to the sentence) and its pronoun counts. This is what the cache
// stores, so it holds no tokens.
import type { Finding } from './types';
import type { StorySection } from './domain-types';
import { sentenceFacts, type SentenceFacts } from './sentence-facts';
import { claimAdvice } from './rules/claim-advice';
import { findWeaselWords } from './rules/weasel-words';
import { findHedges } from './rules/hedges';
import { findWeakOwnership } from './rules/weak-ownership';
import { findHiddenActorPassives } from './rules/passive-voice';
import { countPronouns, type PronounCount } from './rules/we-without-i';
import { pickMark } from './rules/prioritize';

export interface SentenceRecord {
  isClaim: boolean;
  hasMetric: boolean;
  hasScale: boolean;
  hasOutcome: boolean;
  words: number;
  /** At most one finding, offsets relative to the sentence. */
  mark?: Finding;
  pronouns: PronounCount;
}

function wordingFindings(facts: SentenceFacts, section: StorySection | undefined): Finding[] {
  const found: Finding[] = [];
  const actionLike = section === undefined || section === 'action' || section === 'result';
  if (actionLike && facts.isClaim) {
    for (const h of findWeakOwnership(facts.tokens)) {
      found.push({
        rule: 'weak-ownership',
        severity: 'warning',
        start: h.start,
        end: h.end,
        message: `"${facts.text.slice(h.start, h.end)}" hides what you did yourself.`,
        suggestion: 'Name your own action: "I designed …", "I led …", "I wrote …".',
      });
    }
    for (const h of findHiddenActorPassives(facts.tokens)) {
      found.push({
        rule: 'passive-voice',
        severity: 'info',
        start: h.start,
        end: h.end,
        message: 'Passive voice hides who acted.',
        suggestion: 'Say who did it: "I migrated …" rather than "was migrated".',
      });
    }
  }
  if (section !== 'reflection') {
    for (const h of findHedges(facts.tokens)) {
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
  for (const h of findWeaselWords(facts.tokens)) {
    found.push({
      rule: 'weasel-word',
      severity: 'info',
      start: h.start,
      end: h.end,
      message: `"${facts.text.slice(h.start, h.end)}" sounds like evidence but gives none.`,
      suggestion: 'Replace it with the number behind it: how much, how many?',
    });
  }
  return found;
}

export function analyzeSentence(text: string, section: StorySection | undefined): SentenceRecord {
  const facts = sentenceFacts(text);
  const mark = pickMark([...claimAdvice(facts, section), ...wordingFindings(facts, section)]);
  return {
    isClaim: facts.isClaim,
    hasMetric: facts.hasMetric,
    hasScale: facts.hasScale,
    hasOutcome: facts.hasOutcome,
    words: facts.words,
    mark,
    pronouns: countPronouns(facts.tokens),
  };
}
