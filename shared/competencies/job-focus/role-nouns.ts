// Words that name colleagues whatever their trade ("electricians", "midwives", "the two SREs on the team", "our two
// young commis"), told by the noun's shape or by what stands around it rather than by a list of trades: the objects a
// role leads, trains or grows (`@role` in a phrase). A list of trades never ends, and the next ad names another.
import { NUMBER_WORDS } from '../../analysis/rules/number-words';

/** What the marking reads of a token: its lower-case form and its clause; it sets `role`. */
export interface RoleToken {
  lower: string;
  clause: number;
  role?: true;
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

/**
 * Marks `role` on every token that names colleagues by shape or context: a plural of a trade's agent noun, a noun
 * after an adjective said only of people, or a plural followed by the team it is on.
 */
export function markRoleNouns(tokens: RoleToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const { lower } = tokens[i];
    if (
      (ROLE_SHAPE.test(lower) && !NOT_ROLES.test(lower)) ||
      afterPeopleAdjective(tokens, i) ||
      namedAsColleagues(tokens, i)
    )
      tokens[i].role = true;
  }
}
