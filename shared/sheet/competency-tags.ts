// Short labels for competency tags, so several fit on one line of a card.
import { shortenToChars } from './text-fit';

/** At most this many characters per tag on the sheet. */
export const TAG_MAX_CHARS = 22;

/** "Ownership" stays; "Influence without authority" becomes "Influence without…": cut at a word, never mid-word. */
export function abbreviateCompetency(name: string): string {
  return shortenToChars(name, TAG_MAX_CHARS);
}
