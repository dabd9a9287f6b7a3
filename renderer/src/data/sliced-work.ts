// Work over many items done a slice at a time, so no single task holds the main thread: in idle time
// while nobody waits for the result, back to back (one short slice per task, input and paint in
// between) once someone does. Used to build the search index and the readiness scores of a big bank.

export interface SliceScheduler {
  /**
   * Runs `slice` when the page is idle; it may work for about `budgetMs`. Lower `priority` goes first
   * when several jobs wait for idle time. Returns a cancel function.
   */
  idle(slice: (budgetMs: number) => void, priority: number): () => void;
  /** Runs `slice` in a new task as soon as possible. Returns a cancel function. */
  soon(slice: () => void): () => void;
}

const IDLE_TIMEOUT_MS = 1_000; // keep going even if the page is never fully idle (e.g. while scrolling)
const MIN_BUDGET_MS = 4;
// Chromium offers up to 50 ms of idle time; one slice using all of it (plus a batch and a GC) would be
// a long task that delays a keystroke. So a slice takes at most this much, and the rest of the idle
// period is used by further slices, each in its own task (input and paint get their turn between).
const MAX_SLICE_MS = 12;

// One idle callback at a time serves every job, most urgent first: the search index is finished
// before the readiness scores start, instead of both crawling along side by side.
const idleLane: { slice: (budgetMs: number) => void; priority: number }[] = [];
let laneRequested = false;

function requestLane(): void {
  if (laneRequested || idleLane.length === 0) return;
  laneRequested = true;
  const run = (deadline: { timeRemaining(): number } | null) => {
    laneRequested = false;
    const left = deadline ? deadline.timeRemaining() : 8;
    idleLane.shift()?.slice(Math.max(MIN_BUDGET_MS, Math.min(MAX_SLICE_MS, left)));
    if (deadline && idleLane.length > 0 && deadline.timeRemaining() > MIN_BUDGET_MS) {
      laneRequested = true;
      nextTask(() => run(deadline));
    } else requestLane();
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(() => run(null), 16);
}

/**
 * Runs `task` in a new task as soon as possible; returns a cancel function. A message task, not
 * setTimeout(0): nested timeouts are clamped to 4 ms, which would idle the CPU.
 */
function nextTask(task: () => void): () => void {
  if (typeof MessageChannel !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) task();
  };
  channel.port2.postMessage(null);
  return () => {
    live = false;
    channel.port1.close();
  };
}

export const browserScheduler: SliceScheduler = {
  idle(slice, priority) {
    const entry = { slice, priority };
    const at = idleLane.findIndex((e) => e.priority > priority);
    idleLane.splice(at < 0 ? idleLane.length : at, 0, entry);
    requestLane();
    return () => {
      const i = idleLane.indexOf(entry);
      if (i >= 0) idleLane.splice(i, 1);
    };
  },
  soon(slice) {
    return nextTask(slice);
  },
};

export interface SlicedWorkOptions {
  /** Items per call of the work function (small, so one call stays well under a frame). */
  batchSize: number;
  /** Order among jobs sharing idle time: lower first. */
  priority?: number;
  /** How long one slice may run once someone is waiting. */
  urgentSliceMs?: number;
  /** Progress is reported at most this often (and always at the end), so waiting views re-render calmly. */
  progressEveryMs?: number;
  scheduler?: SliceScheduler;
  now?: () => number;
}

/**
 * One background job over a list of items: planned from a source (follow), run in idle slices
 * (resume) or back to back when someone waits (hurry), with progress for views (subscribe).
 */
export class SlicedWork<T> {
  private items: readonly T[] = [];
  private next = 0;
  private urgent = false;
  private cancel: (() => void) | null = null;
  private lastReport = 0;
  /** The source follow() last planned for (boxed: any value, undefined included, may be a source). */
  private followed: { source: unknown } | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly scheduler: SliceScheduler;
  private readonly now: () => number;

  constructor(
    private readonly work: (batch: readonly T[]) => void,
    private readonly options: SlicedWorkOptions,
  ) {
    this.scheduler = options.scheduler ?? browserScheduler;
    this.now = options.now ?? (() => performance.now());
  }

  get remaining(): number {
    return this.items.length - this.next;
  }

  get total(): number {
    return this.items.length;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Keeps the work in step with `source` (the bank's story array, say) and resumes it. A new source
   * is planned with `todo` (what is left to do for it); a plan of at most one batch is done at once,
   * since a short task beats waiting for idle time, a bigger one goes in slices. The same source
   * again only resumes: callers may call this on every render.
   */
  follow<S>(source: S, todo: (source: S) => readonly T[]): void {
    if (!this.followed || this.followed.source !== source) {
      this.followed = { source };
      const items = todo(source);
      if (items.length <= this.options.batchSize) {
        this.work(items);
        this.replace([]);
      } else this.replace(items);
    }
    this.resume();
  }

  /** Forgets the source follow() last planned for, so the next follow() plans it again. */
  forget(): void {
    this.followed = null;
  }

  /** Replaces whatever was still pending with `items`. Starts nothing: call resume() or hurry(). */
  replace(items: readonly T[]): void {
    this.items = items;
    this.next = 0;
    if (items.length === 0) this.pause();
  }

  /** Keeps working in idle time (or at full pace, if someone is already waiting). */
  resume(): void {
    if (this.remaining > 0 && !this.cancel) this.schedule();
  }

  /** Someone waits for the result: finish in back-to-back slices. */
  hurry(): void {
    // Already hurrying, unless paused since (then it must be scheduled again).
    if (this.remaining === 0 || (this.urgent && this.cancel)) return;
    this.urgent = true;
    this.pause();
    this.schedule();
  }

  pause(): void {
    this.cancel?.();
    this.cancel = null;
  }

  private schedule(): void {
    this.cancel = this.urgent
      ? this.scheduler.soon(() => this.slice(this.options.urgentSliceMs ?? 12))
      : this.scheduler.idle((budget) => this.slice(budget), this.options.priority ?? 0);
  }

  private slice(budgetMs: number): void {
    this.cancel = null;
    const started = this.now();
    let longestBatch = 0;
    // At least one batch per slice; another only if it should still fit in the budget.
    do {
      const t0 = this.now();
      const batch = this.items.slice(this.next, this.next + this.options.batchSize);
      this.next += batch.length;
      this.work(batch);
      longestBatch = Math.max(longestBatch, this.now() - t0);
    } while (this.remaining > 0 && this.now() - started + longestBatch <= budgetMs);
    if (this.remaining > 0) this.schedule();
    else this.urgent = false;
    const now = this.now();
    if (this.remaining === 0 || (this.urgent && now - this.lastReport >= (this.options.progressEveryMs ?? 150))) {
      this.lastReport = now;
      for (const l of this.listeners) l();
    }
  }
}
