// The first read of the bank, sent before the app's own code has run (see api/app-api.ts) and taken
// by the first bank store instead of asking again: the server reads and sends the bank while the
// page is still evaluating its scripts and rendering its frame, rather than after.
import type { Bank } from '#shared/domain/schemas';

let offered: Promise<Bank> | undefined;

/** Hands over a bank read already under way, for the first store that loads. */
export function offerFirstBankRead(read: Promise<Bank>): void {
  // Whoever takes it handles its failure; a read nobody takes must not be an unhandled rejection.
  read.catch(() => undefined);
  offered = read;
}

/** The read offered above, once; undefined for every later store (another bank, a reload of it). */
export function takeFirstBankRead(): Promise<Bank> | undefined {
  const read = offered;
  offered = undefined;
  return read;
}
