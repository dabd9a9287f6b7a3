// A count of none told as a label and its value: "Regretted attrition: 0 in 18 months", "phishing
// account takeovers since: zero", "Missed doses: none since March". The label names a trouble (the
// same troubles a bare "no" counts, outcome-scan.ts isTroubleWord) and the value right after its colon
// is none, so the line counts the trouble as none — a metric and an outcome (RUBRIC.md zero counts),
// as "Zero account takeovers since the rollout" already was. A label with no trouble ("Budget: 0",
// "Open roles: 0") is a field left empty, not a result.
import type { Token } from '../language/tokenize';
import type { OutcomeCue } from '../outcomes/outcome-types';
import { isTroubleWord } from '../outcomes/outcome-scan';

/** Values that say none: "0", "zero", "none", "nil". */
const ZERO_VALUES = new Set(['0', 'zero', 'none', 'nil']);
/** The most words a label runs back from its colon. */
const MAX_LABEL_WORDS = 6;

/** The count of none told after a trouble's label, as the cue, or undefined. */
export function zeroAfterLabel(tokens: readonly Token[]): OutcomeCue | undefined {
  for (let k = 1; k < tokens.length - 1; k++) {
    if (tokens[k].text !== ':' || !ZERO_VALUES.has(tokens[k + 1].lower)) continue;
    // The label runs back to the clause start; a hyphen stays inside it ("phishing-related").
    let words = 0;
    let first = -1;
    let troubled = false;
    for (let j = k - 1; j >= 0 && words < MAX_LABEL_WORDS; j--) {
      const t = tokens[j];
      if (t.kind === 'symbol') {
        if (t.text === '-') continue;
        break;
      }
      words++;
      first = j;
      if (isTroubleWord(t.lower)) troubled = true;
    }
    if (!troubled) continue;
    return {
      start: tokens[first].start,
      end: tokens[k + 1].end,
      kind: 'state',
      cue: tokens[k + 1].lower,
      zeroCount: true,
    };
  }
  return undefined;
}
