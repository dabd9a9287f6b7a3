// A verbless line that names the writer's placing among peers: "Top biller, Q2 and Q3 2023", "Top
// fundraiser 2022", "Best newcomer (regional sales awards)", "#1 seller in the region". RUBRIC-NOTES:
// verbless lines that say what the writer did or won are claims, and a placing is an achievement, not a
// title (RUBRIC.md lists the writer's rankings among the measures). The shape: a word of first place
// opens the line, then, within two words, a noun of the person who does the work (an agent noun: "-er",
// "-or", "-ist"). "Top skills", "Best practices" and "First aider" (a credential) name no placing.
/** Words of first place a line may open with ("top", "best", "#1"); "first" also opens credentials ("First aider"). */
const FIRST_PLACE = new Set(['top', 'best', 'highest', '#1', 'no.1', 'top-performing', 'top-rated', 'best-selling']);

/** A noun of the person who does the work: "biller", "fundraiser", "seller", "recruiter", "performer". */
const AGENT_NOUN = /^[a-z]{3,}(?:er|or|ist|ian)$/;

/** Whether the line's words (lower case, punctuation dropped) open with a placing and the writer's agent noun. */
export function isRankedRoleLine(words: readonly string[]): boolean {
  if (!FIRST_PLACE.has(words[0] ?? '')) return false;
  for (let i = 1; i <= 2 && i < words.length; i++) if (AGENT_NOUN.test(words[i])) return true;
  return false;
}
