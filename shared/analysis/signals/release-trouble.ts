// After-launch work (RUBRIC.md) told as a failure that came after the release and was mended, often by hand,
// across sentences that name no launch themselves: "The switch went live on the 14th. On the second morning two
// insulin orders had come through without a time, so I re-entered them by hand … They fixed the template that
// afternoon." The story reads in order: a sentence tells the thing going live; a later one tells it failing in use
// (orders arriving without a field, users stuck, slots double-booked, a report gone flat); from there, the
// sentences that tell the trouble, its cause or its repair are the writer running the live thing.
// Written from written-stories-20's tuning half (session 22); checked on its held-aside half, the other halves and
// the figures-only fresh sets. A pilot or a test before the launch sentence is not after it, and results ("errors
// fell by half") name no trouble happening. The launch sentence is read by the story context's `toldLaunch`, the
// one reading of a launch told as done that the after-launch readers share.
import { LruCache } from '../sentence-cache';
import type { StorySentence } from './story-sentences';
import { notASystem, pastReason } from './classes/after-launch';
import { readableText } from './sentence-view';
import { toldLaunch } from './story-context';

/** Something failing in use: a field missing, users stuck, a record doubled, a print or a send that would not go. */
const TROUBLE_IN_USE =
  /\b(?:got\s+stuck|stuck\s+(?:in|on|at)|(?:came|come|arrived|went\s+out|going\s+out)\s+(?:through\s+)?without|(?:would|could|did)(?:n[’']t|\s+not)\s+(?:print|load|open|send|save|sync|submit|scan|post|go\s+through|connect|log\s+in)|double-(?:booked|charged|counted|sent|paid)|duplicated|went\s+flat|(?:was|were)\s+missing|showed\s+(?:the\s+)?wrong|wrong\s+(?:[\w-]+\s+){0,2}(?:prices?|totals?|amounts?|dates?|names?|addresses|codes?|allowances?|figures?)|for\s+no\s+reason|(?<!\b(?:nothing|never|not|none|n[’']t)\s+(?:\w+\s+)?)(?:crashed|broke(?!\s+(?:even|down\s+the|it\s+down))|(?:was|were|got)\s+(?:rejected|bounced))\b)/i;
/** A result told with a change (fewer duplicates, errors fell) names no trouble happening. */
const RESULT = /\b(?:fell|dropped|reduced|fewer|less|cut|down\s+(?:from|to|by)|halved|no\s+longer)\b/i;
/** The trouble's cause or its repair: by hand, a fix, a patch, a re-run. */
const CAUSE_OR_REPAIR =
  /\b(?:by\s+hand|manually|one\s+by\s+one|fix(?:ed|es|ing)?|patch(?:ed|es|ing)?|hotfix\w*|re-?(?:entered|ran|run|sent|mapped|keyed|issued|booked|typed|imported|loaded)|replay\w*|corrected|de-?duplicated|merged|roll(?:ed)?[- ]?back|revert\w*|turned\s+(?:\w+\s+){0,3}off|traced|root[- ]caus\w*|caused\s+by|because\s+(?:a|the)\s+[\w-]+\s+(?:had\s+)?changed)\b/i;

const cache = new LruCache<string, number>(20_000);
const LIVE_BIT = 1;
const TROUBLE_BIT = 2;
const REPAIR_BIT = 4;

function bits(raw: string): number {
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const text = readableText(raw);
  const b =
    (toldLaunch(raw) ? LIVE_BIT : 0) |
    (TROUBLE_IN_USE.test(text) && !RESULT.test(text) && !pastReason(text) && !notASystem(text) ? TROUBLE_BIT : 0) |
    (CAUSE_OR_REPAIR.test(text) && !notASystem(text) ? REPAIR_BIT : 0);
  if (raw.length <= 2_000) cache.set(raw, b);
  return b;
}

/**
 * The sentences that tell a failure after the release and its mending: from the first sentence, after one that
 * tells the thing going live, that names a failure in use, each later sentence (not a lesson) that names trouble,
 * its cause or its repair. Empty when the story tells no launch, or no failure after it.
 */
export function releaseTroubleWork(sentences: readonly StorySentence[]): StorySentence[] {
  const live = sentences.findIndex((s) => s.section !== 'reflection' && (bits(s.text) & LIVE_BIT) !== 0);
  if (live < 0) return [];
  const from = sentences.findIndex(
    (s, i) => i >= live && s.section !== 'reflection' && (bits(s.text) & TROUBLE_BIT) !== 0,
  );
  if (from < 0) return [];
  return sentences.filter(
    (s, i) => i >= from && s.section !== 'reflection' && (bits(s.text) & (TROUBLE_BIT | REPAIR_BIT)) !== 0,
  );
}
