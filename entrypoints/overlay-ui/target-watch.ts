import type { Target } from '@/utils/pack/types';
import type { WatchFilter } from '@/utils/target/relevance';
import type { TargetInterest } from '@/utils/target/relevance/interest';
import { isOwnUi } from '@/utils/target/relevance/nodes';
import { type MutationLike, WATCH_OBSERVE as OBSERVE } from '@/utils/target/relevance/records';
import type { StyleSheetWatch } from '@/utils/target/relevance/shown';
import { type ResolveOptions, resolveForWatch } from '@/utils/target/resolve';
import { isRendered, isVisible } from '@/utils/target/visibility';
import { WatchBudget, type WatchBudgetOptions } from './watch-budget';

export interface TargetWatchOptions {
  doc: Document;
  /** Called with the element whenever it changes (found, re-rendered, gone: null). */
  onChange(element: Element | null): void;
  /** For DOMs without layout (tests): their own box check. The browser needs none. */
  resolveOptions?: ResolveOptions;
  /** See RECHECK_MS (tests shorten it). */
  recheckMs?: number;
  /** See WatchBudget (tests change it). */
  budget?: Partial<WatchBudgetOptions>;
  /** Where the churn filter comes from (see FilterSource). */
  filter: FilterSource;
  /** See LARGE_PAGE (tests change it). */
  largePage?: number;
}

/**
 * A page with this many elements is big enough for the churn filter to pay (a resolve on a
 * 2,700-element page takes ~5 ms, the whole burst of the budget): it is fetched at the first
 * change the page makes, before the budget runs out and the watch has to pause. Counted, not
 * timed: the first resolves in a fresh world are slow on any page while the code is cold.
 */
export const LARGE_PAGE = 1000;

/**
 * Without the filter, this many checks caused by the page's changes show a page that keeps
 * changing: the filter is fetched then. A check that still finds no target counts twice: it was
 * a whole resolve (3–6 ms each on the churn benchmark) for changes that were not the target
 * arriving. A calm page (a form that shows a field or two) never gets there.
 */
export const FILTER_AFTER_CHECKS = 4;

/**
 * The churn filter is a later stage of the overlay: a page whose target is shown does not need
 * it, so it is fetched only when the target is absent at the start (in idle time), or a page
 * proves big or busy (in the browser: the `watch-filter` stage; in tests it can be there from the
 * start).
 */
export interface FilterSource {
  /** The filter, when it is here. */
  get(): WatchFilter | undefined;
  /** Fetch the filter (once; later calls do nothing). Settles when it is here, or failed to come. */
  request(): PromiseLike<unknown>;
}

/**
 * While the target is absent and the page keeps changing, resolve fully at least this often,
 * even when no change looked like it could matter: it catches what the filter cannot see (a
 * target inside a new shadow root in a bulk change, a reveal by a style rule alone). Shorter than
 * the runner's 3 s grace period, so such a target is found before the card says what to look for.
 * Driven by mutations, so an idle page still costs nothing; under heavy churn one resolve per 2 s.
 */
export const RECHECK_MS = 2000;

/** An inline box (a link in running text): a ResizeObserver reports it as 0×0 whatever its size. */
function isInlineBox(el: Element): boolean {
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'inline';
}

/**
 * Follows one step's target on a live page with a single MutationObserver (on the document and
 * the open shadow roots the target may be in). Once the churn filter is here, each batch of
 * records is first asked whether it can matter (`utils/target/relevance.ts`: a few selector and
 * string checks, no layout); only then is work scheduled for the next animation frame. Before
 * that (a calm page never needs it) every batch schedules that work:
 *
 * - target absent: a full resolve, so a late-rendered target is found in the frame it appears
 *   (and at least every RECHECK_MS while the page keeps changing);
 * - target shown: a visibility check of that one element, and a resolve when it is gone, so a
 *   re-rendered target is followed to its new node. The check reads attributes and style only; a
 *   ResizeObserver reports a box that goes away (then the next check reads layout), and `toggle`
 *   events catch hiding that comes without a mutation near it. An inline box (a link in running
 *   text) is invisible to a ResizeObserver, so its checks read layout.
 *
 * A `WatchBudget` caps it (the records, the filter, and the checks made without the filter) at a
 * small share of the main thread: a page that churns past it is not observed for a while, and is
 * checked once when observing resumes. The filter is fetched in idle time when a step starts
 * with its target absent, and at once when a page proves busy (the budget ran out, or
 * FILTER_AFTER_CHECKS checks) or big (LARGE_PAGE), so from then on a busy page whose
 * changes cannot matter (a news feed beside the form) costs no walk and no forced layout. With no
 * target to follow everything is disconnected, so an idle page costs nothing.
 */
export class TargetWatch {
  private target: Target | Target[] | null = null;
  private interest: TargetInterest | null = null;
  private element: Element | null = null;
  /** The last resolve's ambiguous matches: losing one can make a Target win. */
  private contenders: Element[] = [];
  /** Open shadow roots observed besides the document. */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private frame = 0;
  /** When the last full resolve ran (performance.now()). */
  private resolvedAt = 0;
  /** What the batches covered by the check now due were charged (refunded if it finds the target). */
  private owed = { ms: 0, records: 0 };
  /** Checks the page's changes caused before the filter was here (see FILTER_AFTER_CHECKS). */
  private unfilteredChecks = 0;
  /** With the filter only: without it every batch is checked anyway. */
  private sheets: StyleSheetWatch | null = null;
  private readonly budget: WatchBudget;
  /** The timer that resumes observing after the budget ran out (0: observing). */
  private paused = 0;
  /** The idle callback that fetches the filter for a target absent at the start (0: none). */
  private idle = 0;
  private readonly observer: MutationObserver;
  private readonly resize: ResizeObserver | null;
  /** The ResizeObserver saw the shown element's box go to nothing: the next check reads layout. */
  private boxGone = false;
  /** The shown element is an inline box, which a ResizeObserver always reports as 0×0: checks read layout. */
  private boxBlind = false;
  private readonly onToggle = (): void => this.schedule();

  constructor(private readonly opts: TargetWatchOptions) {
    this.budget = new WatchBudget(opts.budget);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.resize =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver((entries) => {
            // Only a box that went away matters (the first report, with the found size, does not).
            const gone = entries.some((e) => {
              const box = e.borderBoxSize?.[0];
              return box
                ? box.inlineSize === 0 && box.blockSize === 0
                : e.contentRect.width === 0 && e.contentRect.height === 0;
            });
            if (gone) {
              this.boxGone = true;
              this.schedule();
            }
          })
        : null;
  }

  watch(target: Target | Target[] | null): void {
    this.target = target;
    this.setElement(null);
    this.contenders = [];
    this.shadowRoots.clear();
    this.sheets = null;
    this.observer.disconnect();
    this.opts.doc.removeEventListener('toggle', this.onToggle, true);
    this.cancel();
    const win = this.opts.doc.defaultView;
    if (this.paused) win?.clearTimeout(this.paused);
    if (this.idle) win?.cancelIdleCallback(this.idle);
    this.paused = this.idle = 0;
    if (target === null) {
      this.interest = null;
      return;
    }
    this.interest = null;
    this.useFilter();
    if (this.canMatch()) {
      this.observeAll();
      // Popovers and <details> open without an attribute change the observer would see; `toggle`
      // does not bubble, so it is caught on the way down.
      this.opts.doc.addEventListener('toggle', this.onToggle, true);
    }
    this.check();
    // A target that is not there yet is watched until it comes, and a page that then changes a
    // lot would pay a whole resolve per change until the filter came: fetch it while the page is
    // idle, so it takes no time from what the page is doing.
    if (!this.element && this.canMatch() && win?.requestIdleCallback) {
      this.idle = win.requestIdleCallback(() => {
        this.idle = 0;
        // Compiled for the target when it comes, not at the page's next change.
        void this.opts.filter.request().then(() => this.useFilter());
      });
    }
  }

  /** Resolve again now (e.g. after an SPA route change). */
  refresh(): void {
    this.setElement(null);
    this.check();
  }

  stop(): void {
    this.watch(null);
  }

  private onMutations(records: readonly MutationLike[]): void {
    const start = this.budget.now();
    this.handle(records);
    const ms = this.budget.now() - start;
    const inCredit = this.budget.spend(ms, records.length);
    if (this.frame) {
      // A check is due: whether to pause is decided after it (see schedule).
      this.owed.ms += ms;
      this.owed.records += records.length;
    } else if (!inCredit) this.pause();
  }

  /** False only when the filter knows no Target can ever match (all malformed). */
  private canMatch(): boolean {
    return this.interest?.canMatch !== false;
  }

  /**
   * Once the filter is here: compile the target for it and start comparing style sheets. Returns
   * the filter, or undefined while there is none. The first call only records the sheets, so the
   * caller checks once when the filter has just arrived.
   */
  private useFilter(): WatchFilter | undefined {
    const filter = this.opts.filter.get();
    if (!filter || this.target === null || this.sheets) return filter;
    this.interest = new filter.TargetInterest(this.target);
    this.sheets = new filter.StyleSheetWatch();
    this.sheets.changed(this.opts.doc);
    return filter;
  }

  private handle(records: readonly MutationLike[]): void {
    // A check already due covers these records (it resolves, or re-checks the element, as they would).
    if (this.target === null || this.frame) return;
    const arrived = !this.sheets;
    const filter = this.useFilter();
    if (!filter || !this.sheets || !this.interest || arrived) {
      // No filter (yet), or it has just arrived: any change but our own may matter.
      if (!records.every((r) => isOwnUi(r.target))) this.schedule();
      return;
    }
    // A style sheet added or removed anywhere can show or hide anything.
    if (this.sheets.changed(this.opts.doc)) {
      this.schedule();
      return;
    }
    if (this.element) {
      if (filter.mayAffectShown(records, this.element)) this.schedule();
      return;
    }
    const verdict = this.interest.mayChangeResolution(records, {
      contenders: this.contenders,
      shadowRoots: this.shadowRoots,
    });
    this.observeRoots(verdict.shadowRoots);
    const recheck = this.opts.recheckMs ?? RECHECK_MS;
    if (verdict.matters || performance.now() - this.resolvedAt >= recheck) this.schedule();
  }

  private observeRoots(roots: readonly ShadowRoot[]): void {
    for (const root of roots) {
      if (this.shadowRoots.has(root)) continue;
      this.shadowRoots.add(root);
      if (!this.paused) this.observer.observe(root, OBSERVE);
    }
  }

  /** The document and every open shadow root known to hold part of the page. */
  private observeAll(): void {
    this.observer.observe(this.opts.doc, OBSERVE);
    for (const root of this.shadowRoots) this.observer.observe(root, OBSERVE);
  }

  /** The page's changes used up the budget: stop taking records for a while (see WatchBudget). */
  private pause(): void {
    const win = this.opts.doc.defaultView;
    if (this.paused || this.target === null || !win) return;
    const start = this.budget.now();
    this.opts.filter.request();
    // Letting go of a document-wide observer is work too (as is observing again: resume).
    this.observer.disconnect();
    this.budget.spend(this.budget.now() - start);
    this.paused = win.setTimeout(() => this.resume(), this.budget.pauseMs());
  }

  /**
   * Observe again, and check once for what the records skipped during the pause could have shown.
   * With the filter and the target absent, the check is first asked of the filter: when no
   * candidate of the target is in the page at all, no resolve is needed (RECHECK_MS still
   * resolves fully, for what the filter cannot see).
   */
  private resume(): void {
    this.paused = 0;
    if (this.target === null) return;
    const start = this.budget.now();
    this.observeAll();
    const doc = this.opts.doc;
    // The filter fetched when the pause began is usually here by now; the check covers its arrival.
    const sheets = this.sheets;
    const quiet =
      sheets && !sheets.changed(doc) && !this.element && !this.interest?.mayBePresent(doc, [...this.shadowRoots]);
    if (!sheets) this.useFilter();
    // The check is work the pause caused, so it is paid from the same budget.
    this.budget.spend(this.budget.now() - start + (quiet ? 0 : this.check()));
  }

  private schedule(): void {
    if (this.frame || this.target === null) return;
    const win = this.opts.doc.defaultView;
    if (!win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      const before = this.element;
      const took = this.check();
      const owed = this.owed;
      this.owed = { ms: 0, records: 0 };
      // The records that led to showing the target were the watch doing its job: refunded, so a
      // target that comes and goes on a calm page never makes the watch pause.
      if (this.element !== null && this.element !== before) this.budget.refund(owed.ms, owed.records);
      // With the filter, a check is what it let through: as rare as the page's relevant changes,
      // and free. Without it, every change costs a check: paid from the budget like the records,
      // and a page that keeps changing, or is big, gets the filter.
      const filtered = this.sheets !== null;
      if (!filtered) {
        this.unfilteredChecks += this.element === null ? 2 : 1;
        if (
          this.unfilteredChecks >= FILTER_AFTER_CHECKS ||
          this.opts.doc.getElementsByTagName('*').length >= (this.opts.largePage ?? LARGE_PAGE)
        ) {
          this.opts.filter.request();
        }
      }
      if (!this.budget.spend(filtered ? 0 : took)) this.pause();
    });
  }

  private cancel(): void {
    if (this.frame) this.opts.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.owed = { ms: 0, records: 0 };
  }

  private setElement(element: Element | null): void {
    if (this.element) this.resize?.unobserve(this.element);
    this.element = element;
    this.boxBlind = element !== null && isInlineBox(element);
    if (element) this.resize?.observe(element, { box: 'border-box' });
  }

  /**
   * Checks the shown element, or resolves; returns the time to charge to the budget. A check that
   * found the target (new, or re-rendered) is free: that is the watch doing its job, once per
   * appearance, and its forced layout is work the page's next frame would do anyway. The caller's
   * `onChange` (drawing the hint) is never counted: it is the hint's cost, not the watch's.
   */
  private check(): number {
    if (this.target === null) return 0;
    const start = this.budget.now();
    const current = this.element;
    // Whether the shown element still counts, from attributes and style: a box that goes away is
    // the ResizeObserver's to report, so a check caused by the page's changes reads no layout
    // (a forced layout in every frame of a busy page was most of what a shown hint cost).
    const readBox = this.boxGone || this.boxBlind || !this.resize;
    this.boxGone = false;
    if (current?.isConnected && (readBox ? isVisible(current, this.opts.resolveOptions) : isRendered(current))) {
      // Style is up to date after reading the box: whether it is still inline costs nothing now.
      if (readBox) this.boxBlind = isInlineBox(current);
      return this.budget.now() - start;
    }
    const result = resolveForWatch(this.opts.doc, this.target, this.opts.resolveOptions);
    this.resolvedAt = performance.now();
    this.contenders = result.contenders;
    // Roots that went away stop being checked (the observer forgets them with their nodes).
    this.shadowRoots.clear();
    for (const root of result.shadowRoots) this.shadowRoots.add(root);
    if (!this.paused) for (const root of result.shadowRoots) this.observer.observe(root, OBSERVE);
    const found = result.element;
    const took = found !== null && found !== current ? 0 : this.budget.now() - start;
    if (found !== current) {
      this.setElement(found);
      this.opts.onChange(found);
    }
    return took;
  }
}
