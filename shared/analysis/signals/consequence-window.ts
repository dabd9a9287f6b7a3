// Reasoning told across two sentences: a limit, a want or a cost in one sentence, and the choice it forced opening
// the next with a consequence ("The cards team could not test with us. So I moved debit first.", "The hall was
// booked until December. That meant we ran the mocks in classrooms."). Writers break ", so I …" at the full stop as
// often as not, so every rule that reads a reason and its consequence inside one sentence (limitThenChoice,
// reasonSoI, wantedButSo, accepted costs …) is given the pair as one: the first sentence, then the second with its
// opener read as ", so" (or ", which meant"). A signal the pair shows and the sentence does not show alone goes to
// the sentence that shows it: a constraint to the first sentence (the limit), a trade-off and an own-decision to the
// second (the option taken, the writer's call), the own-decision only when the first states a limit. Only these three
// are read this way: the others are told by one party's act in one sentence, and a window would only blur them.
// Session 25 measured the wider forms: a trade-off given to the first sentence too, or an own-decision after any
// weighed option, each cost a false mark on a held-aside half.
import { sentenceSignals } from './sentence-signals';
import type { SentenceSignal, SignalId } from './signal-ids';

/** A consequence opening a sentence, and how it reads once joined to the sentence before ("So far" is no consequence). */
const OPENERS: readonly (readonly [RegExp, string])[] = [
  [
    /^\W*(?:so(?!\s+(?:far|much|many|that|long|-?called)\b)|hence|therefore|thus(?!\s+far\b)|as\s+a\s+result|because\s+of\s+(?:that|this)|that's\s+why|that\s+is\s+why)\b[\s,]*/i,
    ', so ',
  ],
  [/^\W*(?:that|this|which|it)\s+meant\b[\s,]*(?:that\s+)?/i, ', which meant '],
  [/^\W*instead\b[\s,]*/i, ', so instead '],
];

// A heading or a very long sentence is no reasoning step; joins longer than this are not read.
const MAX_JOINED = 600;

/**
 * The signals shown by a sentence and the one after it, when the second opens with a consequence ("So", "That
 * meant", "Instead"), that the sentence does not show alone, each given to the sentence that shows it (see above).
 * `shown[i]` is what sentence i shows alone.
 */
export function consequenceWindow(texts: readonly string[], shown: readonly ReadonlySet<SignalId>[]): SentenceSignal[] {
  const out: SentenceSignal[] = [];
  for (let i = 1; i < texts.length; i++) {
    const next = texts[i];
    const opener = OPENERS.find(([re]) => re.test(next));
    if (!opener) continue;
    const [re, joiner] = opener;
    const rest = next.replace(re, '');
    const head = texts[i - 1].replace(/[\s.!?;:,]+$/, '');
    if (head === '' || rest === '' || head.length + rest.length > MAX_JOINED) continue;
    const boundary = head.length;
    const joined = `${head}${joiner}${rest}`;
    const found = sentenceSignals(joined);
    const rest0 = boundary + joiner.length;
    // A limit: to the sentence that states it.
    const limit = found.get('constraint');
    const limitInHead = limit !== undefined && limit.start < boundary;
    if (limitInHead && !shown[i - 1].has('constraint')) out.push({ index: i - 1, id: 'constraint' });
    // The option taken: to the consequence sentence. The option ruled out, in the first sentence, is read there alone.
    const trade = found.get('trade-off');
    if (trade && trade.end > rest0 && !shown[i].has('trade-off')) out.push({ index: i, id: 'trade-off' });
    // The writer's call, only after a limit: "So I …" after a sentence that states none is narrative, not a choice
    // the limit forced.
    const decision = found.get('own-decision');
    const afterLimit = limitInHead || shown[i - 1].has('constraint');
    if (afterLimit && decision && decision.end > rest0 && !shown[i].has('own-decision'))
      out.push({ index: i, id: 'own-decision' });
  }
  return out;
}
