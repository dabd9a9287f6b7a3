// A party named by the relation it stands in, not by its noun: one that tells the writer's side something about the
// work ("the council told us every route needed …", "our broker told us the new system starts in six weeks", "our DPO
// told us nothing could go to a US-hosted API", "IT notified us …"). Informing the writer is a working relation
// (RUBRIC.md, cross-functional: another function or organisation the writer deals with), whatever the party's noun
// and whether or not it opens the clause or is "our" broker or insurer: nobody tells "us" from inside "us". Refused:
// the writer's own chain or team ("my manager told me", "our team told us"), things that "tell" ("the dashboard told
// us", the head is no party noun), nobody, and the product's users or the scene's people reporting what they met
// ("a customer told us the app crashed", "patients told us the room was cold"), which are no partners.
import { FUNCTION_NOUNS, ORGANISATION_NOUNS, PARTNER_ROLES, PARTY_NOUNS, PARTY_ROLES } from './signal-lexicon';
import { phraseStart } from './party-phrases';
import { span, word, type Cue, type SentenceView } from './sentence-view';

// Verbs of informing, with the writer's side as their object.
const TELLS = /^(?:told|informed|notified|warned|emailed|e-mailed|rang|called|phoned|wrote)$/;
const WRITERS_SIDE = /^(?:us|me)$/;
// Words between the party and its verb: auxiliaries and adverbs ("had already told us", "then warned us").
const BETWEEN =
  /^(?:had|has|have|also|then|finally|eventually|already|later|first|just|once|again|formally|officially)$/;
// The product's users and the scene's people, and nobody at all: they report, they are no partners.
const NOT_A_PARTY =
  /^(?:customers?|clients?|users?|patients?|students?|pupils?|parents?|guests?|visitors?|residents?|members?|people|public|everyone|everybody|nobody|someone|somebody|anyone|anybody|one)$/;
// Heads that are the writer's own chain or group unless a word says which ("the finance director", "the security
// team"): "the team told us", "our manager told me", "the team lead told me" are the writer's own.
const CHAIN_OR_GROUP =
  /^(?:teams?|staff|leads?|managers?|boss|bosses|heads?|directors?|supervisors?|groups?|departments?|colleagues?|owners?)$/;
const NOT_WHICH =
  /^(?:the|a|an|our|their|this|that|these|those|new|whole|own|line|direct|same|team|tech|engineering|project|delivery|senior|acting|interim)$/;

// A party named by its initials ("our DPO", "HR", "the CFO"); initials that name things tell nothing of a party.
const INITIALS = /^[A-Z]{2,5}s?$/;
const THING_INITIALS =
  /^(?:APIs?|SLAs?|KPIs?|CRM|ERP|SQL|UI|UX|OKRs?|ETAs?|CSV|PDF|LLMs?|AI|ML|AB|QA|BI|SDK|OS|US|UK|EU)$/;

/** The token at k is a party's head noun: an organisation, a function, a people role or a capitalised acronym. */
function partyHead(v: SentenceView, k: number): boolean {
  const t = v.tokens[k];
  if (t?.kind !== 'word' || NOT_A_PARTY.test(t.lower)) return false;
  if (INITIALS.test(t.text) && !THING_INITIALS.test(t.text)) return true;
  const w = t.lower;
  return (
    ORGANISATION_NOUNS.has(w) ||
    FUNCTION_NOUNS.has(w) ||
    PARTY_ROLES.has(w) ||
    PARTNER_ROLES.has(w) ||
    PARTY_NOUNS.has(w)
  );
}

/** The phrase first..head is the writer's own chain or group, or names nobody in particular. */
function ownOrAnyone(v: SentenceView, first: number, head: number): boolean {
  const words = v.tokens.slice(first, head + 1).filter((t) => t.kind === 'word');
  if (words.some((t) => /^(?:my|no|nobody|none)$/.test(t.lower))) return true;
  if (!CHAIN_OR_GROUP.test(word(v, head))) return false;
  return !words.slice(0, -1).some((t) => !NOT_WHICH.test(t.lower));
}

/**
 * The cross-functional finder for a party telling the writer's side: the party's phrase through "told us", or
 * undefined. One pass over the tokens, each informing verb looking back at most a few words for its subject.
 */
export function partyTellingWriter(v: SentenceView): Cue | undefined {
  for (let k = 1; k < v.tokens.length; k++) {
    if (v.tokens[k].kind !== 'word' || !TELLS.test(word(v, k))) continue;
    // "told us", "wrote to us", non-native "told to us".
    let object = k + 1;
    if (word(v, object) === 'to' && word(v, k) !== 'called') object++;
    else if (word(v, k) === 'wrote') continue;
    if (!WRITERS_SIDE.test(word(v, object))) continue;
    let head = k - 1;
    while (head > 0 && k - head <= 2 && BETWEEN.test(word(v, head))) head--;
    if (!partyHead(v, head)) continue;
    const first = phraseStart(v, head);
    if (ownOrAnyone(v, first, head)) continue;
    return span(v, first, object);
  }
  return undefined;
}
