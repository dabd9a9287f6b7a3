// A colleague's or manager's request is context, not the writer's claim (RUBRIC.md: "what other
// people did (a colleague proposed …, the client asked …) is not"; RUBRIC-NOTES "A colleague's or
// manager's request"): "My manager asked me to run the same review next quarter", "The client
// suggested we start with the smallest site", "The VP wanted a weekly export". Its content is what
// someone wanted done, so, like a goal, it carries no claim, measure or outcome. The writer acting on
// a request ("At her request I rewrote it", "When the client asked, I set up a job", "… asked me to
// lead it, and I rebuilt the pipeline") is the writer's claim, judged by that act. What others asked
// for without naming the writer ("Legal asked for the same", "Customer success kept asking for a bulk
// export", "Our biggest client had been requesting SSO") is the same context.
import type { Token } from '../language/tokenize';
import { OTHER_PEOPLE, PEOPLE_GROUPS, SUPERIORS } from '../language/lexicon';
import { isPastForm } from '../language/verbs';
import { reportedBenefitAt } from '../outcomes/verdict-outcomes';

/** Does a "told" in the sentence report that the work did good ("patients told me the leaflet helped")? */
function reportsBenefit(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind !== 'symbol');
  return words.some((w, i) => w.lower === 'told' && reportedBenefitAt([...tokens], words, i) >= 0);
}

/** Verbs that make another person's words a request to the writer. */
const REQUEST_VERBS = new Set([
  'asked',
  'told',
  'requested',
  'invited',
  'suggested',
  'proposed',
  'urged',
  'wanted',
  'expected',
]);

/** What follows a request verb when the writer is its addressee: "asked me to", "suggested we", "wanted us to". */
const ADDRESSEES = new Set(['me', 'us', 'we', 'i', 'that']);

/**
 * Subject words that name another person or group, beside the other-people lexicon: whom a writer reports to
 * (SUPERIORS), a team, a PM, an owner.
 */
const OTHERS = new Set([...SUPERIORS, 'team', 'teams', 'pm', 'owner']);

/** Gerunds (each ends in "g") that make "kept …ing" a standing request: "Customer success kept asking for a bulk export". */
const KEPT_REQUESTS = new Set(['asking', 'requesting', 'pushing', 'pressing', 'demanding', 'begging', 'chasing']);

/** Words before such a gerund that keep the request going ("kept asking", "had been requesting"); "stopped asking" is a result. */
const ONGOING_LEADS = new Set(['kept', 'keeps', 'been', 'was', 'were', 'is', 'are']);

/** Openers that may come before the subject: "Afterwards the CFO asked me …", "Then my lead told me …". */
const OPENERS = new Set(['afterwards', 'afterward', 'later', 'then', 'soon', 'next', 'eventually', 'finally']);

/** Words after which a first-person subject starts the writer's own clause: "…, and I rebuilt it". */
const CLAUSE_LINKS = new Set([',', ';', '—', 'and', 'so', 'but', 'then']);

/**
 * Is the request verb at `v` addressed to another party with what it wanted after "to": "the board asked the team
 * to reduce spend", "the matron told the nurses to use it"? A party within three words and "to" right after it.
 * What one party asked of another is the same context as a request to the writer.
 */
function partyAddressee(words: readonly string[], v: number): boolean {
  for (let k = v + 1; k < words.length && k <= v + 3; k++) {
    const w = words[k];
    if (w === ',' || w === ';' || w === '—') return false;
    if ((OTHER_PEOPLE.has(w) || OTHERS.has(w) || PEOPLE_GROUPS.has(w)) && words[k + 1] === 'to') return true;
  }
  return false;
}

/** Whether the sentence is another person's request to the writer (or to another party) and nothing the writer did. */
export function isOthersRequest(tokens: readonly Token[]): boolean {
  // Most sentences have no request verb near their start: settle that before building anything.
  // (Every request verb ends in "d" and every kept request in "g": a char test spares the set lookups for most words.)
  let near = false;
  for (let i = 1; i < tokens.length && i < 12 && !near; i++) {
    const w = tokens[i].lower;
    const last = w.charCodeAt(w.length - 1);
    near = (last === 100 && REQUEST_VERBS.has(w)) || (last === 103 && KEPT_REQUESTS.has(w));
  }
  if (!near) return false;
  const words: string[] = [];
  for (const t of tokens)
    if (t.kind === 'word' || t.text === ',' || t.text === ';' || t.text === '—') words.push(t.lower);
  let s = 0;
  while (s < words.length && (OPENERS.has(words[s]) || words[s] === ',')) s++;
  // The request verb within the first six words, after a subject that names someone else.
  let v = -1;
  for (let i = s + 1; i < words.length && i <= s + 6; i++) {
    if (words[i] === ',') return false;
    if (REQUEST_VERBS.has(words[i]) || (KEPT_REQUESTS.has(words[i]) && ONGOING_LEADS.has(words[i - 1]))) {
      v = i;
      break;
    }
  }
  if (v < 0) return false;
  const subject = words.slice(s, v);
  if (subject.some((w) => w === 'i' || w === 'we')) return false;
  // "wanted a weekly export" names what they wanted; "asked for the same", "requested SSO", "kept asking"
  // name what they asked for; the other verbs need the writer as addressee.
  const asksForThing = words[v + 1] === 'for' || words[v].startsWith('request') || KEPT_REQUESTS.has(words[v]);
  // A one-word subject before "asked for" or "kept asking" is a team or a person ("Procurement asked
  // for …", "Dispatch kept asking …"): the writer's own line would open with the verb.
  const oneWordSubject = asksForThing && subject.length === 1 && !isPastForm(subject[0]);
  if (!oneWordSubject && !subject.some((w) => OTHER_PEOPLE.has(w) || OTHERS.has(w) || PEOPLE_GROUPS.has(w)))
    return false;
  if (words[v] !== 'wanted' && !asksForThing && !ADDRESSEES.has(words[v + 1] ?? '') && !partyAddressee(words, v))
    return false;
  // "told me to run it" is a request; "told me the leaflet helped" reports that the work did good, praise of the
  // result (verdict-outcomes.ts), while any other report of theirs stays context like a request.
  if (words[v] === 'told' && words[v + 2] !== 'to' && reportsBenefit(tokens)) return false;
  // "…, and I rebuilt the pipeline": the writer acts in a clause of their own.
  for (let i = v + 2; i < words.length - 1; i++)
    if (CLAUSE_LINKS.has(words[i]) && (words[i + 1] === 'i' || words[i + 1] === 'we')) return false;
  return true;
}
