// Short forms of classified and small-ad postings, read as the words they stand for: "seeks exp. manager to run
// day-to-day ops & lead dept. heads", "Resp. for the maint. sched.", "Lead & dev. shift supvrs (4)". A newspaper
// classified writes its whole body on one line this way; read word by word, every stop after a short form ends a
// sentence ("lead dept." | "heads") and every short form is a word no lexicon phrase knows, so the ad read nothing.
// Two kinds, kept apart for precision: a clipped word counts only with its stop ("dev." is develop, "dev" alone is the
// developers' word in a tech posting: "the dev team"), and a consonant skeleton ("mgr", "supvrs", "drvrs") is no word
// of its own, so it is read with or without a stop.

/** Clipped words, read as their full word only when a stop follows them. */
const CLIPPED: ReadonlyMap<string, string> = new Map([
  ['exp', 'experience'],
  ['dept', 'department'],
  ['depts', 'departments'],
  ['resp', 'responsible'],
  ['dev', 'develop'],
  ['maint', 'maintenance'],
  ['sched', 'schedule'],
  ['distrib', 'distribution'],
  ['supv', 'supervise'],
  ['admin', 'administration'],
  ['cust', 'customer'],
  ['ops', 'operations'],
  ['mgmt', 'management'],
]);
/** Consonant skeletons, no words of their own: read as their full word wherever they stand. */
const SKELETONS: ReadonlyMap<string, string> = new Map([
  ['mgmt', 'management'],
  ['mgr', 'manager'],
  ['mgrs', 'managers'],
  ['supvr', 'supervisor'],
  ['supvrs', 'supervisors'],
  ['drvr', 'driver'],
  ['drvrs', 'drivers'],
  ['yrs', 'years'],
  ['hrs', 'hours'],
  ['reqd', 'required'],
  ['asst', 'assistant'],
  ['dept', 'department'],
  ['depts', 'departments'],
  ['regs', 'regulations'],
]);

/**
 * The full word a short form stands for (`lower` is the word in lower case, `stopAfter` whether a full stop follows
 * it), or undefined when it is no short form.
 */
export function shortFormReading(lower: string, stopAfter: boolean): string | undefined {
  return SKELETONS.get(lower) ?? (stopAfter ? CLIPPED.get(lower) : undefined);
}

/**
 * Whether the stop after the short form `lower` ends no sentence: the ad goes on in lower case or with an ampersand
 * ("exp. manager", "Resp. for", "maint. sched. & DVSA audits"). `gap` is the text between the short form and the next
 * word, `next` that word.
 */
export function shortFormGoesOn(lower: string, gap: string, next: string): boolean {
  if (!CLIPPED.has(lower) && !SKELETONS.has(lower)) return false;
  return /^\.[ \t]*&?[ \t]*$/.test(gap) && (gap.includes('&') || /^[a-z]/.test(next));
}
