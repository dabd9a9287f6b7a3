// Influence (RUBRIC.md: "showed evidence to persuade", "others agreed") told as the writer's evidence put to a
// party and the party's own decision, with no persuasion verb:
//  - a party's doubt or wish, then the writer's evidence shown to them: "Our head thought the practice would take
//    too much time, so I ran it with one class and showed her their scores", "design wanted to keep the
//    animation; i showed them the crash reports";
//  - evidence shown, then the party deciding in the same sentence: "showed the ledger team the replay numbers;
//    they agreed to own a nightly check", "I showed the practice manager the double-bookings, and she asked the
//    supplier to turn it off" (the agent changes: the decision is the other party's, after the writer's case);
//  - an agreement on the writer's plan: "we agreed I would run eight before Easter", "the contractor and I agreed
//    I would keep a paper list".
// Across two sentences, evidence shown and the next sentence opening with the party's change of course ("showed
// him the numbers … He moved new starters to the light bay") is read in story-signals.ts.
// Written from written-stories-20's tuning half (session 22); checked on its held-aside half, the other halves and
// the figures-only fresh sets. Showing how to do a thing teaches ("showed the new starters how to read the
// labels"), and results shown with no doubt before or decision after are a report, not a case.
import { isParty } from './influence-shapes';
import { readableText, type Finder } from './sentence-view';

// What the writer shows: figures and cases, not a product or a screen.
const EVIDENCE = String.raw`(?:numbers|figures|data|rates|counts|scores|results|logs|analysis|charts?|graphs?|comparison|tally|breakdown|trends?|diffs?|diff\s+counts|cases|examples|errors|complaints|times|readings|findings|evidence|samples?|reports|crash\s+reports|double-bookings|duplicates|misses|mistakes|figures\s+side\s+by\s+side)`;
// "showed <party> the <up to three words> <evidence>"; the party's head word is checked by isParty.
const SHOWN = new RegExp(
  String.raw`\b(?:showed|sent|shared|emailed|gave|walked)\s+((?:him|her|them)|(?:the|our|their|both|two|three|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}?([\w-]+))\s+(?:through\s+)?(?:the|my|our|their|his|her|a|these|those|both)\s+(?:[\w%-]+\s+){0,3}?${EVIDENCE}\b`,
  'gi',
);

/** Where in the text the writer shows a party evidence, or -1. */
function shownAt(text: string): { start: number; end: number } | undefined {
  SHOWN.lastIndex = 0;
  for (let m = SHOWN.exec(text); m; m = SHOWN.exec(text)) {
    const head = (m[2] ?? m[1]).toLowerCase().replace(/['’]s?$/, '');
    if (/^(?:my|our)\b/i.test(m[1])) continue;
    if (isParty(head)) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** True when the sentence shows a party evidence (for the two-sentence reading in story-signals.ts). */
export function showsEvidence(raw: string): boolean {
  return /showed|sent|shared|emailed|gave|walked/i.test(raw) && shownAt(readableText(raw)) !== undefined;
}

// Another party's doubt or wish, before the writer's turn in the same sentence.
const DOUBT =
  /\b(?<!\b(?:I|we)\s)(?:(?:was|were)\s+(?:\w+ly\s+)?(?:worried|concerned|sceptical|skeptical|unconvinced|nervous|wary|doubtful|against)|thought|feared|doubted|objected|insisted|wanted|preferred|pushed\s+back|believed)\b[^.]{0,160}?(?:,?\s+so|;|—|–|,?\s+but)\s+(?:I|i)\b/;
// The party's own decision right after the evidence.
const DECIDED =
  /^[^.]{0,80}?(?:;|,|\band\b|—|–|\bso\b)\s+(?:he|she|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:\w+ly\s+|then\s+|finally\s+|soon\s+)?(?:agreed|changed|moved|dropped|switched|swapped|signed\s+off|approved|asked\s+(?:[\w-]+\s+){0,3}?to|turned|let\s+(?:us|me)|backed|chose|decided|cancell?ed|paused|stopped|extended|funded|reversed|withdrew|delayed|postponed)\b/i;
// An agreement on the writer's plan.
const AGREED_I_WOULD =
  /\b(?:we|he|she|they|[\w-]+\s+and\s+I)\s+(?:\w+ly\s+|then\s+|finally\s+)?agreed\s+(?:that\s+)?I\s+(?:would|should|could|will|can)\b|\bagreed\s+to\s+let\s+me\b/i;

/** Influence as a doubt then the writer's evidence, evidence then the party's decision, or a plan agreed. */
export const evidenceShown: Finder = (v) => {
  if (/agreed/i.test(v.text)) {
    const m = AGREED_I_WOULD.exec(v.text);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  if (!/showed|sent|shared|emailed|gave|walked/i.test(v.text)) return undefined;
  const shown = shownAt(v.text);
  if (!shown) return undefined;
  const doubt = DOUBT.exec(v.text);
  if (doubt && doubt.index < shown.start) return { start: doubt.index, end: shown.end };
  if (DECIDED.test(v.text.slice(shown.end))) return shown;
  return undefined;
};
