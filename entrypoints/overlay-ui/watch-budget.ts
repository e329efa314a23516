/**
 * How much of the page's main thread the target watch may use while the page mutates. A token
 * bucket: it fills at `share` of wall time up to `burstMs`, and each batch of mutation records
 * costs what its handling measured plus an estimate for delivering the records into our world
 * (Chromium builds a wrapper per record before our callback runs, so that part cannot be timed).
 *
 * A calm page never comes near the limit, so a late target is still found in the frame it
 * appears. A page that churns thousands of nodes a second empties the bucket; the watch then
 * stops observing for `pauseMs()` and resolves once when it resumes, so its cost stays near
 * `share` of wall time however busy the page is.
 */
export interface WatchBudgetOptions {
  /** Share of wall time the watch may spend (0.005 = 0.5 %). */
  share: number;
  /** The most that can be saved up while the page is calm, in ms. */
  burstMs: number;
  /** Estimated cost of delivering one mutation record into the content script's world, in ms. */
  recordMs: number;
  /** Shortest and longest pause, in ms. */
  minPauseMs: number;
  maxPauseMs: number;
  now(): number;
}

/**
 * Defaults. Under sustained churn the watch spends all that this allows: on the churn benchmark
 * what the bucket was charged per round (handling and records) matched the watch's profiled JS,
 * and the page's extra script time was that plus ~15 % the watch cannot time (docs/benchmarks.md,
 * "Churn", session 8). So the share is the cost, and a cheaper check only pauses less. 0.1 % of
 * wall time (since session 9; 0.25 % before) is about 0.2 % of the busy time of a page that keeps
 * the main thread half busy (the churn benchmark): with the burst, the watch's first 2 s of churn
 * come to ~0.6 % of it. Eight blocks of that benchmark put the whole active guide at +1.9 %
 * (+1.1 to +2.8) with 0.25 %, on the 2 % line. The lower share costs a busy page nothing in how
 * late a target can be found: the longest pause was already the limit (2 s), and now the watch is
 * mostly paused for that long. A calm page never comes near the limit, and a shown target that
 * goes away during a pause is still reported by the ResizeObserver. The burst lets a calm page's
 * few checks run at once. The record cost is what an observer with the watch's options and a
 * callback that does nothing costs the churn page, from its traced script time: 4.7 µs a record
 * (session 8; 5–8 µs from busy time in session 5). The longest pause equals the watch's
 * full-resolve interval, so a target is still found inside the runner's 3 s grace period.
 */
export const WATCH_BUDGET: Omit<WatchBudgetOptions, 'now'> = {
  share: 0.001,
  burstMs: 4,
  recordMs: 0.005,
  minPauseMs: 200,
  maxPauseMs: 2000,
};

export class WatchBudget {
  private readonly opts: WatchBudgetOptions;
  private tokens: number;
  private at: number;

  constructor(opts: Partial<WatchBudgetOptions> = {}) {
    this.opts = { ...WATCH_BUDGET, now: () => performance.now(), ...opts };
    this.tokens = this.opts.burstMs;
    this.at = this.opts.now();
  }

  now(): number {
    return this.opts.now();
  }

  /** Charge `ms` of work (and `records` delivered); false when the bucket is now empty. */
  spend(ms: number, records = 0): boolean {
    this.refill();
    this.tokens -= ms + records * this.opts.recordMs;
    return this.tokens >= 0;
  }

  /** Give back what `spend` charged for work that turned out to be needed (never above the burst). */
  refund(ms: number, records = 0): void {
    this.refill();
    this.tokens = Math.min(this.opts.burstMs, this.tokens + ms + records * this.opts.recordMs);
  }

  /** How long to stop observing so the bucket is in credit again. */
  pauseMs(): number {
    this.refill();
    const { share, minPauseMs, maxPauseMs } = this.opts;
    const needed = this.tokens < 0 ? -this.tokens / share : 0;
    return Math.min(maxPauseMs, Math.max(minPauseMs, needed));
  }

  private refill(): void {
    const now = this.opts.now();
    this.tokens = Math.min(this.opts.burstMs, this.tokens + (now - this.at) * this.opts.share);
    this.at = now;
  }
}
