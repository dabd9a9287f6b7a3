// What to ask the writer when a signal is missing: one question per signal that quotes their own
// story, so the prompt points at a place to add the missing part instead of giving generic advice.
import type { StorySection } from '../domain-types';
import { quoteSpan, type Quote } from './quote';
import { sentenceSignals } from './sentence-signals';
import type { SignalId } from './signal-ids';
import type { StorySentence, StoryText } from './story-sentences';

// Where each prompt looks for a sentence to quote, in order, and what kind of sentence it prefers. A hook with
// `decisionOnly` quotes only a sentence that holds a decision (its preferred words, or a choice the detector
// reads as the writer's call or a trade-off): "whose decision did … need" of a diagnosis step reads as nonsense,
// so without one the prompt names the story by its title instead.
const HOOKS: Record<SignalId, { sections: StorySection[]; prefer?: RegExp; decisionOnly?: boolean }> = {
  'trade-off': {
    sections: ['action', 'task', 'result'],
    prefer:
      /\b(?:I|we)\s+(?:\w+ly\s+)?(?:built|designed|chose|used|implemented|rewrote|migrated|switched|introduced|created|added|moved|replaced|picked|set\s+up)\b/i,
  },
  constraint: { sections: ['task', 'situation', 'action'] },
  'cross-functional': { sections: ['action', 'task', 'situation'] },
  influence: {
    sections: ['action', 'task', 'result'],
    prefer: /\b(?:I|we)\s+(?:\w+ly\s+)?(?:proposed|suggested|wanted|planned)\b/i,
    decisionOnly: true,
  },
  'after-launch': {
    sections: ['result', 'action'],
    prefer: /\b(?:launch|launched|shipped|deployed|released|rolled\s+out|went\s+live|delivered|live)\b/i,
  },
  ambiguity: { sections: ['situation', 'task', 'action'] },
  'own-decision': { sections: ['action', 'result', 'task'], prefer: /\bwe\b/i },
};

// A step of finding out ("I compared the feature distributions…", "Audited forty notes…"): nothing anyone had to
// agree to, so no sentence for "whose decision did … need".
const LOOKING_STEP =
  /^\W*(?:(?:first|then|next|also|initially)\s*,?\s+)?(?:(?:I|we)\s+)?(?:first\s+|then\s+|also\s+|\w+ly\s+)?(?:compared|analy[sz]ed|looked|profiled|audited|traced|reviewed|measured|checked|investigated|examined|inspected|read|studied|dug|explored|debugged|pulled|queried|plotted|interviewed|surveyed|found|noticed|saw|discovered|learned|sampled|reproduced|diagnosed|mapped|listed|counted|asked)\b/i;

// A sentence that holds a decision: the writer's call or a choice between options.
const holdsDecision = (text: string): boolean => {
  const found = sentenceSignals(text);
  return found.has('own-decision') || found.has('trade-off');
};

function hook(story: StoryText, sentences: StorySentence[], id: SignalId): Quote | undefined {
  const { sections, prefer, decisionOnly } = HOOKS[id];
  const candidates = sections.flatMap((s) => sentences.filter((x) => x.section === s));
  if (decisionOnly) {
    const decision =
      (prefer && candidates.find((x) => prefer.test(x.text))) ??
      candidates.find((x) => holdsDecision(x.text)) ??
      candidates.find((x) => !LOOKING_STEP.test(x.text));
    return decision && quoteSpan(story[decision.section], decision.section, decision.start, decision.end);
  }
  // Any sentence of the story reads better than its title when the preferred sections are empty.
  const chosen = (prefer && candidates.find((x) => prefer.test(x.text))) ?? candidates[0] ?? sentences[0];
  if (!chosen) return undefined;
  return quoteSpan(story[chosen.section], chosen.section, chosen.start, chosen.end);
}

const about = (story: StoryText, q: Quote | undefined): string =>
  q ? `“${q.text}”` : story.title?.trim() ? `“${story.title.trim()}”` : 'this story';

/** The question shown when a story lacks the signal, quoting the story where it can. */
export function missingSignalPrompt(id: SignalId, story: StoryText, sentences: StorySentence[]): string {
  const q = about(story, hook(story, sentences, id));
  switch (id) {
    case 'trade-off':
      return `You say ${q}: what did you rule out, and why this over it? Name the alternative and what it would have cost.`;
    case 'constraint':
      return `What limit did ${q} have to respect: a deadline, a budget, latency, hardware, data or privacy? Name it and how it shaped the work.`;
    case 'cross-functional':
      return `Who outside your team did ${q} depend on: product, infra, data, legal? Say what you needed from them and how you got it.`;
    case 'influence':
      return `Whose decision did ${q} need, and how did you bring them along? Name one person or team you convinced.`;
    case 'after-launch':
      return `After ${q}, what did you watch, what went wrong, and what did you change? Say what happened once it was live.`;
    case 'ambiguity':
      return `What was unknown or unclear when ${q} started, and how did you decide without it?`;
    case 'own-decision':
      return `In ${q}, which call was yours? Say it in the first person ("I decided …") with the reason.`;
  }
}
