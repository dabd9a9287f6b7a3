// A number whose work is named by a noun, not a verb: "Organisation of about 35 weddings a year", "I did
// the tuning of more than 200 rules", "Took care of the onboarding of 14 new nurses", "- Airflow → Dagster
// migration (60 DAGs)". The noun (act-nouns.ts) stands where the verb would, and the number is read as the
// verb's object would be (quantity-record.ts): a volume processed, people hired, people led, a context kept.
// Only where the writer is the one doing the work: the noun opens the line or a segment of it with no
// article, or it is the object of the writer's own light or work verb ("did the", "carried out the", "in
// charge of the", "responsible for the"). "an organisation of 300 members", "a training of 5 days" and "the
// migration of 40 services had stalled" are things or someone else's work, and stay as they were.
import type { Token } from '../language/tokenize';
import { actNounVerbs } from '../language/act-nouns';
import { governorOf } from './quantity-governor';
import { APPROXIMATORS } from './quantity-lexicon';
import { isPastForm } from '../language/verbs';
import { isWorkVerb } from '../language/work-verbs';

/** The noun that names the work a number belongs to, and the base forms of its verb. */
export interface NominalAct {
  /** Token index of the act noun. */
  readonly at: number;
  /** Base forms the noun may be made from ("migration" → migrate, migr, migre); the readers keep the known one. */
  readonly verbs: readonly string[];
}

/** Determiners that may stand between the writer's verb and the act noun: "did the tuning", "led our migration". */
const DEFINITES = new Set(['the', 'our', 'my', 'their', 'this', 'that']);

/** Verbs that only carry a noun of work: "did the tuning of", "made the assessment of", "carried out the audit of". */
const LIGHT_VERBS = new Set([
  'do',
  'does',
  'did',
  'doing',
  'make',
  'makes',
  'made',
  'making',
  'perform',
  'performed',
  'conduct',
  'conducted',
  'undertook',
  'undertake',
]);

/** Symbols that belong to a number's phrase: "~40", "$2M". */
const PHRASE_SYMBOLS = new Set(['~', '≈', '+', '$', '€', '£']);

/** Words that end a frame noun before "of" and give the work to the writer: "in charge of", "took care of". */
const OF_FRAMES = new Set(['charge', 'care']);

/** The act noun a number belongs to, when the writer does that work; undefined otherwise. */
export function nominalActAt(tokens: readonly Token[], index: number): NominalAct | undefined {
  let k = index - 1;
  while (
    k >= 0 &&
    (PHRASE_SYMBOLS.has(tokens[k].text) || (tokens[k].kind === 'word' && APPROXIMATORS.has(tokens[k].lower)))
  )
    k--;
  // "- Oracle → Postgres migration (45 schemas)": the bracket after the noun that heads a verbless line.
  if (tokens[k]?.text === '(') return bracketedAct(tokens, k - 1);
  const g = governorOf(tokens as Token[], index);
  if (g < 1 || tokens[g].lower !== 'of') return undefined;
  return framedAct(tokens, g - 1, 0);
}

/** "<noun phrase> <act noun> (N …)" on a line with no verb before the noun. */
function bracketedAct(tokens: readonly Token[], a: number): NominalAct | undefined {
  const noun = tokens[a];
  if (noun?.kind !== 'word' || a > 8) return undefined;
  const verbs = actNounVerbs(noun.lower);
  if (verbs.length === 0) return undefined;
  for (let k = 0; k < a; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && (isWorkVerb(t.lower) || isPastForm(t.lower) || LIGHT_VERBS.has(t.lower))) return undefined;
  }
  return { at: a, verbs };
}

/** The act noun at `a` (before "of"), when the line opens with it or the writer's verb takes it. */
function framedAct(tokens: readonly Token[], at: number, depth: number): NominalAct | undefined {
  const noun = tokens[at];
  if (noun?.kind !== 'word') return undefined;
  // "the roll-out of", "the clean-up of": the tokenizer splits a hyphened phrasal noun; it is read whole.
  const hyphened = tokens[at - 1]?.text === '-' && tokens[at - 2]?.kind === 'word';
  const a = hyphened ? at - 2 : at;
  const verbs = actNounVerbs(hyphened ? `${tokens[a].lower}-${noun.lower}` : noun.lower);
  if (verbs.length === 0) return undefined;
  let b = a - 1;
  const determined = b >= 0 && DEFINITES.has(tokens[b].lower);
  if (determined) b--;
  const before = tokens[b];
  // "Organisation of …", "2019–2023: Digitisation of …": the noun opens the line or a segment of it. With an
  // article there ("The migration of 40 services had stalled") it is a subject, not the writer's work; after
  // a comma or a bracket it may describe the thing before it ("a platform, consisting of …").
  // A line-opening "-ing" is as often the participle of a clause ("Consisting of 4 services", "Speaking of
  // …") as a noun: a gerund is read as the work only after the writer's verb ("did the tuning of",
  // "in charge of the scanning of").
  if (before === undefined || before.kind === 'symbol')
    return determined || before?.text === ',' || before?.text === '(' || noun.lower.endsWith('ing')
      ? undefined
      : { at: a, verbs };
  if (before.kind !== 'word') return undefined;
  const w = before.lower;
  const frame = tokens[b - 1]?.lower ?? '';
  const framed =
    LIGHT_VERBS.has(w) ||
    (w === 'of' && OF_FRAMES.has(frame)) ||
    (w === 'for' && frame === 'responsible') ||
    (w === 'out' && /^carr(y|ies|ied|ying)$/.test(frame)) ||
    isWorkVerb(w);
  if (framed) return { at: a, verbs };
  // "Coordination of the delivery of 3,000 parcels": the inner act belongs to the outer one's doer.
  if (w === 'of' && depth < 2 && framedAct(tokens, b - 1, depth + 1) !== undefined) return { at: a, verbs };
  return undefined;
}
