// Words that name colleagues whatever their trade ("electricians", "midwives", "the two SREs on the team", "our two
// young commis"), told by the noun's shape or by what stands around it rather than by a list of trades: the objects a
// role leads, trains or grows (`@role` in a phrase). A list of trades never ends, and the next ad names another.
// The same shapes, with the roles no shape tells (lexicons/party-nouns.ts), name the parties of an ask (`@party`): the
// colleagues, professions and bodies a hire works with, reports to, persuades or leads ("the vet and the
// nutritionist", "the trustees", "the four greenkeepers").
import { NUMBER_WORDS } from '../../analysis/rules/quantity/number-words';
import { isWorkVerb } from '../../analysis/rules/language/work-verbs';

/** What the marking reads of a token: its lower-case form, its stem and its clause; it sets `role` and `party`. */
export interface RoleToken {
  lower: string;
  stem: string;
  clause: number;
  role?: true;
  party?: true;
  /** How the word is joined to the one before it when that is no space (a comma, "&", a hyphen). */
  joined?: string;
}

// Plurals of agent nouns that name people by their trade: "-ians" (electricians, dietitians), "-ists" (therapists,
// receptionists), "-wives" (midwives), "-men" of trades (foremen, tradesmen, fishermen, workmen).
const ROLE_SHAPE = /(?:ians|ists|wives|smen|remen|ermen|kmen)$/;
// Words of those shapes that name no people: lists of things, verbs ("it exists", "she insists"), a statistic.
const NOT_ROLES =
  /^(?:.*[^a]lists|lists|exists|assists|insists|resists|persists|consists|twists|wrists|mists|gists|fists|heists|medians|radians|meridians|gaussians|hessians|jacobians|laplacians)$/;
// Adjectives said only of people: "the junior chefs", "trainee nurses".
const PEOPLE_ADJECTIVES = new Set(['junior', 'trainee', 'apprentice', 'student', 'inexperienced']);
// "young" is said of people once they are counted ("our two young commis"), not of a firm ("our young company").
const COUNTED_ADJECTIVES = new Set(['young']);
const counted = (lower: string) =>
  NUMBER_WORDS.has(lower) || lower === 'both' || lower === 'several' || /^\d+$/.test(lower);
// "newly qualified nurses", "less experienced colleagues": two words said only of people.
const PEOPLE_ADJECTIVE_PAIRS = new Set(['newly qualified', 'newly registered', 'less experienced']);
// Words after such an adjective that are no people: "junior to mid level", "a junior role".
const NOT_PEOPLE_AFTER_ADJECTIVE = new Set([
  'to',
  'and',
  'or',
  'of',
  'in',
  'level',
  'levels',
  'role',
  'roles',
  'position',
  'positions',
  'post',
  'posts',
  'grade',
  'grades',
  'rate',
  'rates',
]);
// The group a colleague is named as a member of: "the two SREs on the team", "the nurses on the ward". (Only "on": things
// stand "in" a unit or come "from" a team as often as people do.)
const TEAM_PREPOSITIONS = new Set(['on']);
const TEAM_DETERMINERS = new Set(['the', 'your', 'our', 'my', 'this', 'their']);
const TEAM_WORDS = new Set(['team', 'crew', 'shift', 'ward', 'squad', 'rota', 'brigade']);
// What may follow the team named: the clause ends or goes on ("on the team through pairing"), not a noun the team word
// qualifies ("users on the team plan", "staff in the unit budget").
const AFTER_TEAM = new Set([
  'through',
  'and',
  'or',
  'by',
  'with',
  'to',
  'for',
  'as',
  'into',
  'so',
  'who',
  'at',
  'this',
]);
// A plural noun: "SREs", "chefs" (not "process", "status", "analysis").
const PLURAL = /[^su]s$/;

/**
 * Whether the word at `i` is a plural named as colleagues by the team it is on: "the two SREs on the team", "the
 * nurses on the ward". (Not "who …": customers and merchants are people too, and no one's colleagues.)
 */
function namedAsColleagues(tokens: readonly RoleToken[], i: number): boolean {
  const at = (k: number) => (k < tokens.length && tokens[k].clause === tokens[i].clause ? tokens[k] : undefined);
  if (!PLURAL.test(tokens[i].lower) || !TEAM_PREPOSITIONS.has(at(i + 1)?.lower ?? '')) return false;
  const g = at(i + 2) && TEAM_DETERMINERS.has(at(i + 2)!.lower) ? i + 3 : i + 2;
  const group = at(g);
  if (group === undefined || !TEAM_WORDS.has(group.lower)) return false;
  const after = at(g + 1);
  return after === undefined || AFTER_TEAM.has(after.lower);
}

/** Whether the word at `i` follows an adjective said only of people ("young commis", "newly qualified nurses"). */
function afterPeopleAdjective(tokens: readonly RoleToken[], i: number): boolean {
  const token = tokens[i];
  if (NOT_PEOPLE_AFTER_ADJECTIVE.has(token.lower) || PEOPLE_ADJECTIVES.has(token.lower)) return false;
  const before = i > 0 && tokens[i - 1].clause === token.clause ? tokens[i - 1] : undefined;
  if (before === undefined) return false;
  if (PEOPLE_ADJECTIVES.has(before.lower)) return true;
  const twoBack = i > 1 && tokens[i - 2].clause === token.clause ? tokens[i - 2] : undefined;
  if (twoBack === undefined) return false;
  if (COUNTED_ADJECTIVES.has(before.lower)) return counted(twoBack.lower);
  return PEOPLE_ADJECTIVE_PAIRS.has(`${twoBack.lower} ${before.lower}`);
}

// One of a trade named with a determiner: "the nutritionist", "an educational psychologist", "the midwife", "our
// foreman". (The singular of ROLE_SHAPE; "-ist" and "-ian" also end adjectives and things, so a word after must show
// the noun phrase ended: "the Bayesian model" is no person.)
const ROLE_SHAPE_ONE = /(?:ian|ist|wife|sman|rman|kman)$/;
const NOT_ROLES_ONE =
  /^(?:.*[^a]list|list|exist|assist|insist|resist|persist|consist|twist|wrist|mist|gist|fist|heist|median|radian|meridian|gaussian|hessian|jacobian|laplacian)$/;
// Compounds of a trade's agent noun: "greenkeepers", "the housekeeper", "estate workers", "caseworker".
const KEEPER_SHAPE = /.(?:keepers?|workers?)$/;
// The people a role serves or the public, though they have a trade's shape: "motorists", "tourists", "guardians".
const SERVED_SHAPES =
  /^(?:motorists?|cyclists?|tourists?|pedestrians?|guardians?|civilians?|vegetarians?|vegans?|shopkeepers?|christians?)$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'their', 'his', 'her', 'my', 'each', 'every', 'one']);
// What may follow a one-word role's noun phrase: the clause ends or goes on without a noun the word qualifies.
const AFTER_ONE = new Set([
  'and',
  'or',
  'on',
  'in',
  'at',
  'to',
  'from',
  'for',
  'with',
  'who',
  'when',
  'if',
  'about',
  'every',
  'each',
  'most',
  'comes',
  'come',
  'will',
  'would',
  'can',
  'is',
  'are',
]);

/** Whether the word at `i` is one of a trade, named with a determiner a word or two before and ending its phrase. */
function oneOfATrade(tokens: readonly RoleToken[], i: number): boolean {
  const { lower, clause } = tokens[i];
  if (!ROLE_SHAPE_ONE.test(lower) || NOT_ROLES_ONE.test(lower) || lower.length < 5) return false;
  const at = (k: number) => (k >= 0 && k < tokens.length && tokens[k].clause === clause ? tokens[k] : undefined);
  const after = at(i + 1);
  if (after !== undefined && !AFTER_ONE.has(after.lower) && !tokens[i + 1].joined) return false;
  return [1, 2].some((back) => DETERMINERS.has(at(i - back)?.lower ?? ''));
}

// The doer of a verb of work, as a plural agent noun: "bakers", "packers", "cleaners", "shoppers", "inspectors".
const DOER_SHAPE = /^([a-z]{2,}?)(?:ers|ors)$/;
// Verbs of leading or bringing on people: what makes a doer noun after them colleagues ("Lead the night bakers", "show
// the new porters how"). Not "train", "run" or "manage": models, jobs and servers are trained, run and managed.
const LEAD_VERBS = new Set([
  'lead',
  'leads',
  'leading',
  'led',
  'supervise',
  'supervises',
  'supervising',
  'supervised',
  'show',
  'shows',
  'showing',
  'mentor',
  'mentors',
  'mentoring',
]);
// Words that end the noun phrase a leading verb governs: a doer after them is no object of it ("lead the way for new
// drivers", "lead on the roll-out to packers").
const PHRASE_BREAKS = new Set(['for', 'to', 'with', 'from', 'of', 'on', 'in', 'by', 'at', 'into', 'as', 'who', 'that']);

/** The verbs a doer noun may be made from: "bakers" bake, "shoppers" shop, "inspectors" inspect. */
function doerBases(lower: string): string[] {
  const stem = DOER_SHAPE.exec(lower)?.[1];
  if (stem === undefined) return [];
  const bases = [stem, `${stem}e`];
  if (/([b-df-hj-np-tv-z])\1$/.test(stem)) bases.push(stem.slice(0, -1));
  return bases;
}

/**
 * Whether the word at `i` is the doer of a verb of work led or shown by the hire: "Lead the night bakers", "supervise
 * the packers and the cleaners", "show the new porters how". A list of trades never ends, so the noun is told by its shape (a plural agent noun of a
 * verb of work, work-verbs.ts) and by the leading verb that governs it; the same shape elsewhere names things as often
 * as people ("the data loaders", "train the rankers").
 */
function doerLed(tokens: readonly RoleToken[], i: number): boolean {
  const { lower, clause } = tokens[i];
  if (!doerBases(lower).some((base) => isWorkVerb(base))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 6 && tokens[k].clause === clause; k--) {
    const before = tokens[k].lower;
    if (LEAD_VERBS.has(before)) return k < i - 1;
    if (PHRASE_BREAKS.has(before)) return false;
  }
  return false;
}

let partyWords: { stems: ReadonlySet<string>; forms: ReadonlySet<string> } | undefined;

/**
 * Marks `role` on every token that names colleagues by shape or context (a plural of a trade's agent noun, a noun
 * after an adjective said only of people, a plural followed by the team it is on, or the doers of a verb of work the
 * hire leads), and `party` on every token
 * that names a party of an ask: such a colleague, one of a trade named with a determiner, a trade's compound
 * ("greenkeepers") or a role of `parties` (its words by stem, its forms as written). Never the people served.
 */
export function markRoleNouns(
  tokens: RoleToken[],
  parties?: { stems: readonly string[]; forms: readonly string[]; stemOf: (word: string) => string },
): void {
  if (parties && !partyWords)
    partyWords = { stems: new Set(parties.stems.map(parties.stemOf)), forms: new Set(parties.forms) };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // A plural's possessive names the same people as the plural: "the midwives' huddle", "the drivers' briefing".
    const lower = token.lower.replace(/(?<=s)['’]$/, '');
    if (
      (ROLE_SHAPE.test(lower) && !NOT_ROLES.test(lower)) ||
      afterPeopleAdjective(tokens, i) ||
      namedAsColleagues(tokens, i) ||
      doerLed(tokens, i) ||
      // The doers of a verb of work with a possessive are people with something of theirs: "the drivers' briefing",
      // "the pickers' rota" (things own little in a posting).
      (lower !== token.lower && doerBases(lower).some((base) => isWorkVerb(base)))
    )
      token.role = true;
    if (!parties || SERVED_SHAPES.test(lower)) continue;
    if (
      token.role ||
      KEEPER_SHAPE.test(lower) ||
      partyWords!.forms.has(lower) ||
      (partyWords!.stems.has(token.stem) && !DERIVED_NOUN.test(lower)) ||
      oneOfATrade(tokens, i)
    )
      token.party = true;
  }
}
// "documentation", "community": nouns the stemmer cuts to another word's stem (as phrase-matcher.ts reads them).
const DERIVED_NOUN = /(?:[aiu]tions?|it(?:y|ies))$/;
