// Change words by family: a word the lists do not name, read as the listed word of its family that it
// stands for, by derivation or as a plainer synonym ("diminish" and "lessen" as "reduce", "diminution" as
// "reduction", "quicken" as "speed", "bettered" as "improved"). Writers, non-native ones most, tell a
// change with a word off the lists; every list naming a family's anchor reads its members too
// (lemma-set.ts), so a goal veto that reads "reduction" reads "diminution" as well, and a new member is
// added once, here. Members are listed only where each of their uses is the change: "short", "quick" and
// "better" stay comparisons, and "better" counts only inflected ("bettered", "bettering").

/** Base forms (verbs) and the listed base forms each stands for. */
const VERB_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  diminish: ['reduce', 'decrease'],
  lessen: ['reduce', 'decrease'],
  curtail: ['reduce', 'cut'],
  quicken: ['speed', 'accelerate'],
  hasten: ['speed', 'accelerate', 'expedite'],
  better: ['improve'],
  ameliorate: ['improve'],
};

/** Members whose bare form means something else ("better" is a comparative): read only inflected. */
const INFLECTED_MEMBERS: ReadonlySet<string> = new Set(['better']);

/** Words as written (nouns and inflected forms), for the lists matched as written, and the word each stands for. */
const FORM_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  diminution: ['reduction', 'decrease'],
  diminutions: ['reductions'],
  lessening: ['reduction', 'reducing'],
  shortening: ['reduction'],
  betterment: ['improvement'],
  amelioration: ['improvement'],
  diminish: ['reduce', 'decrease'],
  diminishes: ['reduces', 'decreases'],
  diminished: ['reduced', 'decreased'],
  diminishing: ['reducing', 'decreasing'],
  lessen: ['reduce'],
  lessens: ['reduces'],
  lessened: ['reduced'],
  curtailed: ['reduced', 'cut'],
  quickened: ['sped'],
  hastened: ['sped'],
  bettered: ['improved'],
  bettering: ['improving'],
};

/** The listed base forms a verb's base form stands for ("diminish" → reduce, decrease), or undefined. */
export function familyAnchors(base: string): readonly string[] | undefined {
  return Object.hasOwn(VERB_FAMILIES, base) ? VERB_FAMILIES[base] : undefined;
}

/** Whether a family member is read only when inflected ("bettered", not "better"). */
export function isInflectedOnlyMember(base: string): boolean {
  return INFLECTED_MEMBERS.has(base);
}

/** The members of the families whose anchors are among `entries` (base forms), for a list's first letters. */
export function membersOf(entries: readonly string[]): string[] {
  const listed = new Set(entries);
  return Object.keys(VERB_FAMILIES).filter((m) => VERB_FAMILIES[m].some((a) => listed.has(a)));
}

/**
 * The written forms that stand for a word among `entries` ("diminution" when "reduction" is listed), to add to
 * a list matched as written.
 */
export function formMembersOf(entries: readonly string[]): string[] {
  const listed = new Set(entries);
  return Object.keys(FORM_FAMILIES).filter((m) => !listed.has(m) && FORM_FAMILIES[m].some((a) => listed.has(a)));
}
