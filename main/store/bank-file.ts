// The bank file as lowdb's adapter, so the store's engine is lowdb: `db.read()` opens the file
// through `readBank` (guards, migrate, validate, recover; see open-bank-file.ts) and `db.write()`
// commits through writeFileAtomic (unique temp file + fsync + rename + folder fsync). lowdb's own
// JSONFile is not used because its writer (steno) uses a fixed temp name and never fsyncs.
//
// The adapter also carries what the schema does not know (the unknown remainder, see
// unknown-fields.ts) from read to write, and writes through a symlink to its target, so a bank
// linked into a synced folder stays a link.
import { realpath } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { Bank } from '#shared/domain/schemas';
import { writeFileAtomic, type WriteFs, type WriteReport } from './atomic-write';
import { errnoCode } from './store-errors';
import { withUnknown, type Remainder } from './unknown-fields';

/** How banks are written: indented so a person (or a diff in a synced folder) can read them. */
export function serializeBank(bank: Bank, remainder?: Remainder): string {
  return `${JSON.stringify(withUnknown(bank, remainder), null, 2)}\n`;
}

/** What reading a bank file found: the bank, and what the schema did not know. */
export interface BankRead {
  bank: Bank;
  remainder?: Remainder;
}

/** The file a write to `path` must replace: the target of a symlink (followed to the end), else `path`. */
export async function writeTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return path;
    throw error;
  }
}

export class DurableBankFile<R extends BankRead = BankRead> implements Adapter<Bank> {
  /** Unknown fields read from the file (or restored with a backup), written back on every save. */
  remainder: Remainder | undefined;
  /** The last read in full (for the opener's notices), and the last write's report. */
  lastRead: R | undefined;
  lastWrite: WriteReport | undefined;
  /** The text of the last successful write, until taken (a due backup reuses it instead of serializing again). */
  private writtenText: string | undefined;

  constructor(
    readonly path: string,
    private readonly load: () => Promise<R | null>,
    private readonly fs?: WriteFs,
  ) {}

  async read(): Promise<Bank | null> {
    const read = await this.load();
    this.lastRead = read ?? undefined;
    if (!read) return null;
    this.remainder = read.remainder;
    return read.bank;
  }

  async write(bank: Bank): Promise<void> {
    await this.writeText(serializeBank(bank, this.remainder));
  }

  async writeText(text: string): Promise<void> {
    this.lastWrite = undefined;
    this.writtenText = undefined;
    this.lastWrite = await writeFileAtomic(await writeTarget(this.path), text, { fs: this.fs });
    this.writtenText = text;
  }

  /** The text the last write put on disk (once; it is dropped so a 27 MB string is not kept alive). */
  takeWrittenText(): string | undefined {
    const text = this.writtenText;
    this.writtenText = undefined;
    return text;
  }
}
