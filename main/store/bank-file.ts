// The bank file as a lowdb adapter: reads go through loadBankBytes (migrate + validate), writes
// through writeFileAtomic (temp file + fsync + rename). lowdb's own JSONFile is not used because
// its writer (steno) uses a fixed temp name and never fsyncs.
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { ApiError } from '../../shared/api/errors';
import type { Bank } from '../../shared/domain/schemas';
import { writeFileAtomic, type WriteFs } from './atomic-write';
import { DAMAGE_WORDS, loadBankBytes } from './load-bank';
import { errnoCode } from './store-errors';

/** How banks are written: indented so a person (or a diff in a synced folder) can read them. */
export function serializeBank(bank: Bank): string {
  return `${JSON.stringify(bank, null, 2)}\n`;
}

export class DurableBankFile implements Adapter<Bank> {
  constructor(
    readonly path: string,
    private readonly fs?: WriteFs,
  ) {}

  async read(): Promise<Bank | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
    const outcome = loadBankBytes(bytes);
    if (outcome.kind === 'ok') return outcome.bank;
    if (outcome.kind === 'newer')
      throw new ApiError('unsupported', `${this.path} is from a newer Storybank (format ${outcome.version}).`);
    throw new ApiError('io-error', `${this.path} could not be read: ${DAMAGE_WORDS[outcome.damage]}.`);
  }

  async write(bank: Bank): Promise<void> {
    await this.writeText(serializeBank(bank));
  }

  async writeText(text: string): Promise<void> {
    await writeFileAtomic(this.path, text, { fs: this.fs });
  }
}
