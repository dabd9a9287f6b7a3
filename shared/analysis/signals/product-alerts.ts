// A story whose alerts are its product or the thing being fixed: a ward's early-warning alert that fires
// on nearly every patient, drug-interaction alerts that doctors override, drift emails that model owners
// filter out (RUBRIC.md: alerts that are the product are not after-launch). Sentence by sentence, "alerts
// per shift fell" or "I reviewed sixty alerts" reads like running a live system; in such a story the alert
// is what the writer builds or tunes for the people it serves. Story context, like incident-context.ts.
import type { StorySentence } from './story-sentences';
import { readableText } from './sentence-view';

const ALERT_WORD = /\b(?:alert|alarm)\w*/gi;

// The people or records a product's alert screens: "fired on almost every patient over 80".
const FIRES_ON_THEM =
  /\b(?:fir(?:ed|es|ing)|trigger(?:ed|s|ing)?|went\s+off|goes\s+off|pop(?:s|ped)?\s+up)\s+(?:on|for)\s+(?:almost\s+|nearly\s+|about\s+)?(?:every|each|all|most|half|any|the|a|an|\d+\s*%\s+of|(?:half|most|all)\s+of)?\s*(?:[\w-]+\s+){0,2}?(?:patients?|customers?|users?|accounts?|sign-?ups|signups|transactions?|orders?|claims?|students?|pupils?|residents?|members?|shoppers?|payments?|applicants?|employees?|children|visitors?|callers?|prescriptions?|admissions?)\b/i;

// The people it serves overriding, ignoring or muting it: "doctors overrode 95% of them", "most owners had filtered them out".
const OVERRIDDEN_BY_THEM =
  /\b(?:doctors?|clinicians?|nurses?|staff|physicians?|pharmacists?|prescribers?|owners?|agents?|reps?|reviewers?|analysts?|users?|customers?|teachers?|managers?|traders?|investigators?|dispatchers?|drivers?|carers?|cashiers?)\s+(?:had\s+|have\s+|would\s+|now\s+|just\s+)?(?:\w+\s+)?(?:overr(?:ode|ide|ides|iding|idden)|ignor(?:ed|e|es|ing)|mut(?:ed|e|es|ing)|dismiss(?:ed|es)?|filter(?:ed)?\s+(?:them|it|the\s+\w+)\s+out|click(?:ed)?\s+(?:past|through)|stopped\s+(?:reading|opening|checking|looking\s+at))\b|\boverridden\s+(?:alert|alarm)/i;

/** The story's alerts are its product: one sentence has an alert firing on the people it screens, or overridden by those it serves. */
export function alertsAreTheProduct(sentences: readonly StorySentence[]): boolean {
  return sentences.some((s) => {
    if (!/alert|alarm/i.test(s.text)) return false;
    const text = readableText(s.text);
    return /\b(?:alert|alarm)/i.test(text) && (FIRES_ON_THEM.test(text) || OVERRIDDEN_BY_THEM.test(text));
  });
}

/** The sentence with its alert words blanked out (same length, so offsets hold): what it shows without them. */
export function withoutAlertWords(text: string): string {
  return text.replace(ALERT_WORD, (w) => 'x'.repeat(w.length));
}
