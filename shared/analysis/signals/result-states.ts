// A Result told without a number as the state the problem is in after the work: rare or gone ("late starts became
// rare", "complaints about phone use stopped", "no renewal has been missed since", "we had no flour shortages over
// Christmas", "his lessons ran without the disruptions"). Read from the clause's shape (a change to rare, an end with
// nothing after it, a negated existence), not from a list of outcome words; a coach asks what shows it. Not a
// standing way others work now ("the billing lead now reviews new API designs with us"): that is adoption.

// "became rare", "became the exception", "became less common".
const BECAME =
  /\bbec(?:ame|omes?)\s+(?:much\s+|far\s+|very\s+)?(?:rare|uncommon|unusual|the\s+exception|a\s+rarity|less\s+(?:common|frequent))\b/i;
// "<something> stopped" with nothing after it in its clause, or "stopped the <chore>".
const STOPPED =
  /\b(?:stopped|ceased|ended|disappeared|went\s+away|dried\s+up)(?=\s*(?:[,;.—–]|$|\s+(?:and|but|within|after|once|entirely|completely|altogether)\b))|\bstopped\s+(?:the|their|our|its|all)\s+\w+/i;
// "no renewal has been missed since", "had no flour shortages", "ran without the disruptions", "none of them …".
const NONE_SINCE =
  /\b(?:no|none\s+of\s+(?:the|them|our))\s+(?:[\w-]+\s+){0,3}?(?:has|have|had)\s+(?:been\s+)?\w+(?:ed|en|aid|one|own|lt|pt|ught)\b|\b(?:had|have\s+had|has\s+had|saw|have\s+seen|got)\s+no\s+[\w-]+|\b(?:ran|went|runs|goes)\s+without\s+(?:the\s+|any\s+)?[\w-]+/i;
// A restore, a delivery or a lesson is no state to show evidence for: "back online", "shipped in one quarter".
const NOT_A_STATE =
  /\b(?:back\s+(?:online|up|within)|restored|shipped|launched|released|delivered|went\s+live|would\s+do\s+differently|next\s+time|I\s+learned)\b/i;

/** The Result sentence tells, without a number, the state things are in after the work. */
export function stateAfterWork(text: string): boolean {
  // A figure in the sentence is a measure, asked as one: "now lands at 5:40 pm, down from 9 pm".
  if (NOT_A_STATE.test(text) || /\d/.test(text)) return false;
  return BECAME.test(text) || STOPPED.test(text) || NONE_SINCE.test(text);
}
