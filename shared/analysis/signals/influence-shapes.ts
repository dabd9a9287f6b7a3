// Influence (RUBRIC.md) in the clause shapes of persuasion, with the noun phrases opened up where the
// older patterns allow one word or a closed set:
//  - evidence shown to a party named by a longer phrase: "I showed the medical director and the
//    registrars' lead that most delays came from the pager", "- Showed the risk operations managers that …";
//  - opposition that lasted until the writer acted: "The governors were against the extra cost until I
//    showed them the log", "were sceptical until I ran a pilot";
//  - a joint agreement with another party: "Finance and I agreed on one rule", "agreed with the
//    warehouse lead on a single cut-off" (not the writer's own manager);
//  - others taking up the writer's work, with words between "other" and the group: "the other two wards
//    started using the same line", "three other support teams adopted it";
//  - evidence put before a party: "I put the outage list in front of the security director", "Put a sample of
//    200 duplicates in front of the VP of sales" (not the writer's own manager).
// Written from the session-18 recall kinds (ERROR-KINDS-S18-RECALL.md) and written-stories-12's tuning half; the
// last shape from the session-19 kinds (ERROR-KINDS-S19.md) and written-stories-13's tuning half.
import { FUNCTION_NOUNS, OTHER_SUBJECTS, PARTNER_ROLES, PARTY_NOUNS } from './signal-lexicon';
import { match, word, writerActs, type Finder } from './sentence-view';
import { firstTokenFrom } from '../rules/language/tokenize';

// Words that end the noun phrase a show verb takes as its person: the clause it shows.
const SHOWN_CLAUSE = /^(?:that|why|how|what)$/;
const SHOW_VERB = /^(?:showed|shown|show|shows|demonstrated|proved|walked)$/;
const PRONOUN_PARTY = /^(?:them|him|her|everyone|everybody)$/;
// The writer's own chain: "showed my manager that …" is reporting up, not moving another's decision.
const OWN = /^(?:my|our)$/;

/** A person or group word: the head of the phrase a persuasion works on. */
export function isParty(w: string): boolean {
  return (
    PRONOUN_PARTY.test(w) ||
    OTHER_SUBJECTS.has(w) ||
    PARTY_NOUNS.has(w) ||
    PARTNER_ROLES.has(w) ||
    FUNCTION_NOUNS.has(w)
  );
}

/** "I showed <a party, up to eight words> that/why/how …" with the writer as the subject of the show verb. */
const evidenceShownTo: Finder = (v) => {
  for (let k = 0; k < v.tokens.length; k++) {
    if (!SHOW_VERB.test(word(v, k)) || !writerActs(v, k)) continue;
    let party = false;
    let own = false;
    for (let j = k + 1; j < v.tokens.length && j <= k + 9; j++) {
      const t = v.tokens[j];
      const w = t.lower;
      if (t.kind === 'symbol' && !/^['’,]$/.test(t.text)) break;
      if (SHOWN_CLAUSE.test(w) || (w === 'through' && word(v, k) === 'walked')) {
        // "showed the nurses how to use it" teaches; "how the old rule failed" argues.
        if (w === 'how' && word(v, j + 1) === 'to') break;
        if (party && !own && j > k + 1) return { start: v.tokens[k].start, end: t.end };
        break;
      }
      if (OWN.test(w) && j === k + 1) own = true;
      if (isParty(w.replace(/['’]s?$/, ''))) party = true;
    }
  }
  return undefined;
};

const OPPOSED_UNTIL =
  /\b(?:was|were)\s+(?:\w+ly\s+)?(?:against|opposed\s+to|sceptical\s+of|skeptical\s+of|wary\s+of|unconvinced\s+by|reluctant|hesitant|resistant|sceptical|skeptical|unconvinced|opposed)\b[^.;]{0,60}?\buntil\s+I\b/i;

// A joint agreement with another party: "<party> and I agreed", "agreed with the <party> on …".
const JOINT = /\band\s+I\s+(?:\w+ly\s+)?(?:agreed|settled|signed\s+off)\s+(?:on|to|that)\b/i;
const AGREED_WITH =
  /\bagreed\s+with\s+(?:the|their|each|both|every|[\w-]+'s)\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s+(?:on|to|that)\b/i;
const jointAgreement: Finder = (v) => {
  const j = JOINT.exec(v.text);
  if (j) {
    const k = firstTokenFrom(v.tokens, j.index);
    // The party: the word before "and", named by role, and not the writer's own ("my manager and I").
    const head = word(v, k - 1).replace(/['’]s?$/, '');
    const before = v.tokens.slice(Math.max(0, k - 5), k).map((t) => t.lower);
    if (isParty(head) && !before.some((w) => OWN.test(w)))
      return { start: v.tokens[Math.max(0, k - 1)].start, end: j.index + j[0].length };
  }
  const a = AGREED_WITH.exec(v.text);
  if (a && isParty(a[1].toLowerCase()) && !/^teams?$/i.test(a[1]))
    return { start: a.index, end: a.index + a[0].length };
  return undefined;
};

const ADOPTED_BY_OTHERS =
  /\b(?:the\s+)?other\s+(?:[\w-]+\s+){0,3}?[\w-]+s\s+(?:(?:now|soon|then|also|quickly)\s+)?(?:(?:started|began)\s+(?:using|following|adopting|copying|running)|adopted|copied|picked\s+up|took\s+up|reused|asked\s+for)\s+(?:my|our|the\s+same|it|this|that|them)\b/i;

/** The influence shapes above, tried in order. */
const PUT_VERB = /^(?:put|puts|putting|laid|lay|placed|place|set|brought|bring|got)$/;

/** "I put <up to eight words> in front of <a party>": evidence laid before someone who decides, by the writer. */
const evidenceBeforeParty: Finder = (v) => {
  if (!/\bin\s+front\s+of\b/i.test(v.text)) return undefined;
  for (let k = 0; k < v.tokens.length; k++) {
    if (!PUT_VERB.test(word(v, k)) || !writerActs(v, k)) continue;
    for (let j = k + 2; j < v.tokens.length && j <= k + 10; j++) {
      if (v.tokens[j].kind === 'symbol' && !/^['’,-]$/.test(v.tokens[j].text)) break;
      if (word(v, j) !== 'in' || word(v, j + 1) !== 'front' || word(v, j + 2) !== 'of') continue;
      if (OWN.test(word(v, j + 3))) break;
      for (let p = j + 3; p < v.tokens.length && p <= j + 8; p++) {
        if (v.tokens[p].kind === 'symbol' && !/^['’-]$/.test(v.tokens[p].text)) break;
        if (isParty(word(v, p).replace(/['’]s?$/, ''))) return { start: v.tokens[k].start, end: v.tokens[p].end };
      }
      break;
    }
  }
  return undefined;
};

export const INFLUENCE_SHAPES: readonly Finder[] = [
  evidenceShownTo,
  (v) => match(v, OPPOSED_UNTIL),
  jointAgreement,
  (v) => match(v, ADOPTED_BY_OTHERS),
  evidenceBeforeParty,
];
