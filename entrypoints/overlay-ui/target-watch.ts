import type { Target } from '@/utils/pack/types';
import { resolveTarget } from '@/utils/target/resolve';
import { isVisible } from '@/utils/target/visibility';

export interface TargetWatchOptions {
  doc: Document;
  /** Called with the element whenever it changes (found, re-rendered, gone: null). */
  onChange(element: Element | null): void;
}

/**
 * Follows one step's target on a live page with a single MutationObserver whose work is batched
 * to the next animation frame: a late-rendered target is found in the frame it appears, a
 * re-rendered one is followed to its new node. While the found element is still connected and
 * visible nothing is resolved again; with no target to follow the observer is disconnected, so
 * an idle page costs nothing.
 */
export class TargetWatch {
  private target: Target | Target[] | null = null;
  private element: Element | null = null;
  private frame = 0;
  private readonly observer: MutationObserver;

  constructor(private readonly opts: TargetWatchOptions) {
    this.observer = new MutationObserver((records) => {
      // Mutations of our own host (popover state, styles) say nothing about the page.
      if (records.every((r) => (r.target as Element).localName?.startsWith('vejviser-'))) return;
      this.schedule();
    });
  }

  watch(target: Target | Target[] | null): void {
    this.target = target;
    this.element = null;
    this.observer.disconnect();
    if (target === null) {
      this.cancel();
      return;
    }
    this.observer.observe(this.opts.doc, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'open', 'disabled'],
      characterData: true,
    });
    this.check();
  }

  /** Resolve again now (e.g. after an SPA route change). */
  refresh(): void {
    this.element = null;
    this.check();
  }

  stop(): void {
    this.watch(null);
  }

  private schedule(): void {
    if (this.frame || this.target === null) return;
    const win = this.opts.doc.defaultView;
    if (!win) return;
    this.frame = win.requestAnimationFrame(() => {
      this.frame = 0;
      this.check();
    });
  }

  private cancel(): void {
    if (this.frame) this.opts.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private check(): void {
    if (this.target === null) return;
    const current = this.element;
    if (current?.isConnected && isVisible(current)) return;
    const found = resolveTarget(this.opts.doc, this.target).element;
    if (found !== current) {
      this.element = found;
      this.opts.onChange(found);
    }
  }
}
