/**
 * TargetWatch on a live (happy-dom) page: a late target is found, a re-rendered one followed, and
 * page churn that cannot matter reads no layout at all. happy-dom has no layout, so the box check
 * is the test's own, and counting its calls counts the layout reads a browser would do.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FILTER_AFTER_CHECKS, type FilterSource, TargetWatch } from '@/entrypoints/overlay-ui/target-watch';
import type { WatchBudgetOptions } from '@/entrypoints/overlay-ui/watch-budget';
import type { Target } from '@/utils/pack/types';
import { TargetInterest } from '@/utils/target/relevance/interest';
import { mayAffectShown, StyleSheetWatch } from '@/utils/target/relevance/shown';
import { byId, page, shadow } from '../target/dom';

const START: Target = { role: 'button', name: 'Start flytning' };

const FORM = `
  <header><button id="login">Log på</button></header>
  <main><div id="slot"></div><label>Ny adresse <input id="address"></label>
    <button id="send">Send</button><section id="news" aria-label="Nyheder"></section></main>`;

/** Lets the observer deliver its records and the watch's animation frame run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

function churn(ticks: number): void {
  const box = byId('news');
  for (let n = 0; n < ticks; n++) {
    for (let i = 0; i < 10; i++) {
      const item = document.createElement('div');
      item.className = 'item';
      item.append(Object.assign(document.createElement('b'), { textContent: `Nyhed ${n}-${i}` }), ' opdateret');
      box.prepend(item);
      if (box.childElementCount > 30) box.lastElementChild?.remove();
    }
    box.firstElementChild?.setAttribute('class', `item tick-${n}`);
  }
}

/** happy-dom is far slower than a browser, so only the budget's own test uses a real one. */
const UNLIMITED: Partial<WatchBudgetOptions> = { burstMs: Number.POSITIVE_INFINITY };

/** The churn filter there from the start (in the browser it comes once a page proves busy). */
const FILTER = { TargetInterest, mayAffectShown, StyleSheetWatch };
const FILTERED: FilterSource = { get: () => FILTER, request: () => Promise.resolve(FILTER) };

/** A filter that arrives only when asked for, as the `watch-filter` stage does. */
function lateFilter() {
  let here = false;
  const request = vi.fn(() => {
    here = true;
    return Promise.resolve(FILTER);
  });
  return { get: () => (here ? FILTER : undefined), request };
}

/** Churns one batch at a time (each needs a check) until the watch asks for the filter: how many it took. */
async function checksUntilFilterRequested(filter: ReturnType<typeof lateFilter>, most = 10): Promise<number> {
  for (let n = 1; n <= most; n++) {
    churn(1);
    await settle();
    if (filter.request.mock.calls.length > 0) return n;
  }
  return Number.POSITIVE_INFINITY;
}

function setup(
  target: Target | Target[],
  recheckMs?: number,
  budget = UNLIMITED,
  filter = FILTERED,
  largePage?: number,
) {
  const layoutReads = { count: 0 };
  const onChange = vi.fn<(el: Element | null) => void>();
  const watch = new TargetWatch({
    doc: document,
    onChange,
    recheckMs,
    budget,
    filter,
    largePage,
    resolveOptions: {
      hasBox: (el) => {
        layoutReads.count++;
        return el.closest('[data-nobox]') === null;
      },
    },
  });
  watch.watch(target);
  return { watch, onChange, layoutReads };
}

let current: TargetWatch | null = null;
afterEach(() => current?.stop());

describe('TargetWatch', () => {
  it('finds a late target after it is added, and reads no layout for churn before or after', async () => {
    page(FORM);
    const { watch, onChange, layoutReads } = setup(START);
    current = watch;
    expect(onChange).not.toHaveBeenCalled();
    const afterFirstResolve = layoutReads.count;

    for (let i = 0; i < 5; i++) {
      churn(2);
      await settle();
    }
    expect(layoutReads.count).toBe(afterFirstResolve);

    byId('slot').innerHTML = '<button id="start">Start flytning</button>';
    await settle();
    expect(onChange).toHaveBeenLastCalledWith(byId('start'));

    const afterFound = layoutReads.count;
    for (let i = 0; i < 5; i++) {
      churn(2);
      await settle();
    }
    expect(layoutReads.count).toBe(afterFound);
  });

  it('follows a re-rendered target to its new node, and says when it is gone', async () => {
    page(`${FORM}<div id="app"><button id="a">Start flytning</button></div>`);
    const { watch, onChange } = setup(START);
    current = watch;
    expect(onChange).toHaveBeenLastCalledWith(byId('a'));
    byId('app').innerHTML = '<button id="b">Start flytning</button>';
    await settle();
    expect(onChange).toHaveBeenLastCalledWith(byId('b'));
    byId('b').setAttribute('hidden', '');
    await settle();
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('finds a target rendered later inside an open shadow root that was already there', async () => {
    page(`${FORM}<my-form id="host"></my-form>`);
    const root = shadow(byId('host'), '<div id="in"></div>');
    const { watch, onChange } = setup(START);
    current = watch;
    byId('in', root).innerHTML = '<button id="start">Start flytning</button>';
    await settle();
    expect(onChange).toHaveBeenLastCalledWith(byId('start', root));
  });

  it('finds a target in a new shadow root added in a heavy batch at the next recheck, not before', async () => {
    page(FORM);
    const { watch, onChange } = setup(START, 400);
    current = watch;
    const host = document.createElement('my-form');
    const root = shadow(host, '<button id="start">Start flytning</button>');
    // Many items and the host in one batch: the filter asks the news section as a whole.
    churn(3);
    byId('news').prepend(host);
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    // The first batch after the interval resolves anyway, and finds it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    churn(1);
    await settle();
    expect(onChange).toHaveBeenLastCalledWith(byId('start', root));
  });

  it('stops taking records when the page churns past its budget, and finds a target added meanwhile when it resumes', async () => {
    page(FORM);
    // Each record "costs" 1 ms against a 5 ms burst: one tick of churn empties the bucket.
    const { watch, onChange } = setup(START, undefined, {
      recordMs: 1,
      burstMs: 5,
      minPauseMs: 2000,
      maxPauseMs: 2000,
    });
    current = watch;
    churn(1);
    await settle();
    byId('slot').innerHTML = '<button id="start">Start flytning</button>';
    await settle();
    // Paused: the insertion was not delivered, so nothing is known yet.
    expect(onChange).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(onChange).toHaveBeenLastCalledWith(byId('start'));
  });

  it('without the filter resolves after every change, and still finds a late target in the next frame', async () => {
    page(FORM);
    // A namesake without a box: each resolve reads its box (only name matches are boxed), so
    // counting layout reads counts resolves.
    byId('login').insertAdjacentHTML('afterend', '<button data-nobox>Start flytning</button>');
    const filter = lateFilter();
    const { watch, onChange, layoutReads } = setup(START, undefined, UNLIMITED, filter);
    current = watch;
    const afterFirstResolve = layoutReads.count;
    expect(afterFirstResolve).toBeGreaterThan(0);
    churn(2);
    await settle();
    // A calm page's change costs a resolve: no filter was fetched for it.
    expect(layoutReads.count).toBeGreaterThan(afterFirstResolve);
    expect(filter.request).not.toHaveBeenCalled();
    byId('slot').innerHTML = '<button id="start">Start flytning</button>';
    await settle();
    expect(onChange).toHaveBeenLastCalledWith(byId('start'));
    // Shown, and still no filter: any change checks the element, so hiding it is seen.
    byId('start').setAttribute('hidden', '');
    await settle();
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('fetches the filter when the page uses up its budget, and from then on churn reads no layout', async () => {
    page(FORM);
    const filter = lateFilter();
    const { watch, onChange, layoutReads } = setup(
      START,
      undefined,
      { recordMs: 1, burstMs: 5, share: 0.1, minPauseMs: 300, maxPauseMs: 300 },
      filter,
    );
    current = watch;
    churn(1);
    await settle();
    expect(filter.request).toHaveBeenCalledTimes(1);
    // The pause ends with one check; after that the filter decides, and the news cannot matter.
    await new Promise((resolve) => setTimeout(resolve, 350));
    const afterResume = layoutReads.count;
    byId('news').append(Object.assign(document.createElement('p'), { textContent: 'Nyhed' }));
    await settle();
    expect(layoutReads.count).toBe(afterResume);
    byId('slot').innerHTML = '<button id="start">Start flytning</button>';
    await settle();
    expect(onChange).toHaveBeenLastCalledWith(byId('start'));
  });

  it('fetches the filter once a few changes each needed a check, before any budget runs out', async () => {
    page(FORM);
    byId('slot').innerHTML = '<button id="start">Start flytning</button>';
    const filter = lateFilter();
    const { watch, onChange } = setup(START, undefined, UNLIMITED, filter);
    current = watch;
    expect(onChange).toHaveBeenLastCalledWith(byId('start'));
    expect(await checksUntilFilterRequested(filter)).toBe(FILTER_AFTER_CHECKS);
    expect(filter.request).toHaveBeenCalledTimes(1);
  });

  it('fetches the filter after half as many checks while the target is absent: each was a whole resolve', async () => {
    page(FORM);
    const filter = lateFilter();
    const { watch } = setup(START, undefined, UNLIMITED, filter);
    current = watch;
    expect(await checksUntilFilterRequested(filter)).toBe(FILTER_AFTER_CHECKS / 2);
    expect(filter.request).toHaveBeenCalledTimes(1);
  });

  it('fetches the filter at the first change of a large page, before any budget runs out', async () => {
    page(FORM);
    const filter = lateFilter();
    const { watch } = setup(START, undefined, UNLIMITED, filter, document.getElementsByTagName('*').length);
    current = watch;
    expect(filter.request).not.toHaveBeenCalled();
    churn(1);
    await settle();
    expect(filter.request).toHaveBeenCalled();
  });

  it('fetches the filter in idle time when a step starts with its target absent, and not when it is shown', async () => {
    // happy-dom has no idle callbacks: the browser's, as the next task.
    vi.stubGlobal('requestIdleCallback', (run: () => void) => setTimeout(run, 0));
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    try {
      page(FORM);
      const absent = lateFilter();
      current = setup(START, undefined, UNLIMITED, absent).watch;
      expect(absent.request).not.toHaveBeenCalled();
      await settle();
      expect(absent.request).toHaveBeenCalledTimes(1);
      // Here, it is compiled for the target at once: the page's first change is already filtered.
      const walks = vi.spyOn(document, 'createTreeWalker');
      churn(1);
      await settle();
      expect(walks).not.toHaveBeenCalled();
      current.stop();

      byId('slot').innerHTML = '<button id="start">Start flytning</button>';
      const shown = lateFilter();
      current = setup(START, undefined, UNLIMITED, shown).watch;
      await settle();
      expect(shown.request).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    }
  });

  it('resumes after a pause without walking the page when no candidate could be the target', async () => {
    page(FORM);
    // Each record "costs" 1 ms against a 5 ms burst: one tick of churn empties the bucket.
    const { watch, onChange } = setup(START, 60_000, { recordMs: 1, burstMs: 5, minPauseMs: 200, maxPauseMs: 200 });
    current = watch;
    const walks = vi.spyOn(document, 'createTreeWalker');
    try {
      churn(1);
      await settle();
      await new Promise((resolve) => setTimeout(resolve, 250));
      // Resumed (a change is seen again), and no resolve walked the page for it.
      churn(1);
      await settle();
      expect(walks).not.toHaveBeenCalled();
      // A candidate that came during the next pause makes the resume resolve, and it is found.
      await new Promise((resolve) => setTimeout(resolve, 250));
      churn(1);
      byId('slot').innerHTML = '<button id="start">Start flytning</button>';
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(walks).toHaveBeenCalled();
      expect(onChange).toHaveBeenLastCalledWith(byId('start'));
    } finally {
      walks.mockRestore();
    }
  });

  it('never pauses for a target that comes and goes: the records that showed it are refunded', async () => {
    page(FORM);
    // Each record "costs" 1 ms against a 6 ms burst: three insertions and removals would empty it.
    const { watch, onChange } = setup(START, undefined, { recordMs: 1, burstMs: 6, share: 0.0001 });
    current = watch;
    for (let i = 0; i < 3; i++) {
      byId('slot').innerHTML = '<button id="start">Start flytning</button>';
      await settle();
      expect(onChange).toHaveBeenLastCalledWith(byId('start'));
      byId('slot').replaceChildren();
      await settle();
      expect(onChange).toHaveBeenLastCalledWith(null);
    }
  });

  it('checks a shown target without layout, and reads its box when the ResizeObserver says it went away', async () => {
    let report: ((entries: unknown[]) => void) | undefined;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: (entries: unknown[]) => void) {
          report = callback;
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    try {
      page(FORM);
      byId('slot').innerHTML = '<button id="start">Start flytning</button>';
      const { watch, onChange, layoutReads } = setup(START);
      current = watch;
      expect(onChange).toHaveBeenLastCalledWith(byId('start'));
      const shown = layoutReads.count;
      byId('start').setAttribute('class', 'primary');
      await settle();
      expect(layoutReads.count).toBe(shown);
      byId('start').setAttribute('data-nobox', '');
      report?.([{ borderBoxSize: [{ inlineSize: 0, blockSize: 0 }], contentRect: { width: 0, height: 0 } }]);
      await settle();
      expect(layoutReads.count).toBeGreaterThan(shown);
      expect(onChange).toHaveBeenLastCalledWith(null);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('ignores the page after stop', async () => {
    page(FORM);
    const { watch, onChange } = setup(START);
    watch.stop();
    byId('slot').innerHTML = '<button id="start">Start flytning</button>';
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
