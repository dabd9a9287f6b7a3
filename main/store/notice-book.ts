// Notices outlive the process: a bank restored from a backup, with the newer stories left in a
// moved-aside file, must still be on screen after a restart, until the user dismisses it. They are
// kept in `notices.json` in the data folder. Like the recent list it is a convenience file: if it
// is damaged it starts over (the moved-aside files themselves are never touched).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { Notice } from '#shared/api/channels/bank';
import { writeFileAtomic } from './atomic-write';
import type { StoreNotice } from './notices';
import { WriteQueue } from './write-queue';

export const NOTICES_FILE = 'notices.json';
const MAX_KEPT = 100;

const NoticesFile = z.object({ version: z.literal(1), notices: z.array(Notice).max(1_000) });

export class NoticeBook {
  private notices: StoreNotice[] = [];
  private readonly queue = new WriteQueue();

  constructor(private readonly dataDir: string) {}

  private get file(): string {
    return join(this.dataDir, NOTICES_FILE);
  }

  /** Reads the kept notices (none if the file is missing or damaged). */
  async load(): Promise<void> {
    try {
      const parsed = NoticesFile.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      this.notices = parsed.success ? parsed.data.notices : [];
    } catch {
      this.notices = [];
    }
  }

  list(): StoreNotice[] {
    return this.notices;
  }

  add(notice: StoreNotice): Promise<void> {
    this.notices = [...this.notices.filter((n) => n.id !== notice.id), notice].slice(-MAX_KEPT);
    return this.save();
  }

  dismiss(id: string): Promise<void> {
    this.notices = this.notices.filter((n) => n.id !== id);
    return this.save();
  }

  /** Resolves once every change so far is on disk (or failed: notices are not worth failing a save for). */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  private save(): Promise<void> {
    return this.queue
      .run(async () => {
        await writeFileAtomic(this.file, `${JSON.stringify({ version: 1, notices: this.notices }, null, 2)}\n`);
      })
      .catch(() => {});
  }
}
