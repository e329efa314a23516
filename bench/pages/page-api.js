// The benchmark's hooks inside the fixture page (main world). The harness drives the page only
// through `window.bench`, so every tool (Vejviser, Driver.js, Shepherd.js, the reference) meets
// exactly the same page, the same churn and the same probe.
(() => {
  const TARGET_ID = 'start';

  /** Put the step-1 target ("Start flytning") into the page; returns when it was inserted. */
  function insertTarget() {
    const slot = document.getElementById('start-slot');
    if (document.getElementById(TARGET_ID)) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.id = TARGET_ID;
    button.textContent = 'Start flytning';
    slot.append(button);
  }

  function removeTarget() {
    document.getElementById(TARGET_ID)?.remove();
  }

  /** The gap in px between two rectangles (0 when they touch or overlap). */
  function gap(a, b) {
    const dx = Math.max(0, a.left - b.right, b.left - a.right);
    const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
    return Math.hypot(dx, dy);
  }

  /** A bubble counts once it has a box, is not hidden, and sits next to the target. */
  function shownNextTo(el, target) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    if (getComputedStyle(el).visibility === 'hidden') return false;
    return gap(r, target.getBoundingClientRect()) <= 48;
  }

  /**
   * Time to hint. Inserts the target (and, for a page-script tour, calls its `start()` in the same
   * task, as a page would), then waits until an element matching `selector` (inside `host`'s open
   * shadow root when given) is shown next to the target.
   *
   * `frames` is the animation frame in which the bubble is first painted, counted from the
   * insertion: a rAF ticker counts rendering updates; a bubble that becomes ready during a
   * frame's rAF phase is painted in that frame, one that becomes ready in an ordinary task is
   * painted in the next one. 1 = "within one animation frame".
   */
  function measureHint({ host, selector, startTour = false, timeoutMs = 3000 }) {
    return new Promise((resolve) => {
      let frames = 0;
      let inFrame = false;
      let done = false;
      const channel = new MessageChannel();
      // A message posted from a rAF callback runs after that frame's rendering update.
      channel.port1.onmessage = () => {
        inFrame = false;
      };
      const tick = () => {
        if (done) return;
        frames++;
        inFrame = true;
        channel.port2.postMessage(0);
        check();
        requestAnimationFrame(tick);
      };
      const roots = () => {
        if (!host) return [document];
        const h = document.querySelector(host);
        return h?.shadowRoot ? [h.shadowRoot] : [];
      };
      const observers = [];
      const observe = (node) => {
        const mo = new MutationObserver(check);
        mo.observe(node, { subtree: true, childList: true, attributes: true, characterData: false });
        observers.push(mo);
      };
      let t0 = 0;
      const finish = (result) => {
        if (done) return;
        done = true;
        for (const mo of observers) mo.disconnect();
        clearTimeout(timer);
        channel.port1.close();
        resolve(result);
      };
      function check() {
        if (done) return;
        const target = document.getElementById(TARGET_ID);
        if (!target) return;
        for (const root of roots()) {
          for (const el of root.querySelectorAll(selector)) {
            if (shownNextTo(el, target)) {
              finish({ ms: performance.now() - t0, frames: inFrame ? frames : frames + 1 });
              return;
            }
          }
        }
      }
      observe(document);
      for (const root of roots()) if (root !== document) observe(root);
      const timer = setTimeout(() => finish({ ms: null, frames: null }), timeoutMs);
      requestAnimationFrame(tick);
      t0 = performance.now();
      insertTarget();
      if (startTour) window.benchTour.start();
      check();
    });
  }

  /**
   * Busy-app churn: `ticks` timer ticks `interval` ms apart; each prepends `perTick` news items
   * (4 nodes each) and drops as many from the end, and changes an attribute. A fixed number of
   * ticks (not a fixed wall-clock time) keeps the page's own work identical across runs.
   */
  function churn({ ticks = 120, perTick = 40, interval = 16 } = {}) {
    const box = document.getElementById('churn');
    let n = 0;
    let done = 0;
    return new Promise((resolve) => {
      const t0 = performance.now();
      const id = setInterval(() => {
        done++;
        for (let i = 0; i < perTick; i++) {
          const item = document.createElement('div');
          item.className = 'item';
          const b = document.createElement('b');
          b.textContent = `Nyhed ${n++}`;
          item.append(b, ` opdateret kl. ${done}`);
          box.prepend(item);
          if (box.childElementCount > 200) box.lastElementChild.remove();
        }
        box.firstElementChild?.setAttribute('data-tick', String(done));
        if (done >= ticks) {
          clearInterval(id);
          const ms = performance.now() - t0;
          resolve({ ms, nodesAdded: n * 4, nodesPerSecond: Math.round((n * 4 * 1000) / ms) });
        }
      }, interval);
    });
  }

  /** The reference "tour": page code that shows its own bubble next to the target synchronously. */
  const referenceTour = {
    start() {
      const target = document.getElementById(TARGET_ID);
      const r = target.getBoundingClientRect();
      const bubble = document.createElement('div');
      bubble.id = 'bench-ref-bubble';
      bubble.textContent = 'Klik på Start flytning.';
      bubble.style.cssText = `position:fixed;left:${r.left}px;top:${r.bottom + 8}px;padding:8px;background:#fff;border:1px solid #333`;
      document.body.append(bubble);
    },
    stop() {
      document.getElementById('bench-ref-bubble')?.remove();
    },
  };

  window.bench = { insertTarget, removeTarget, measureHint, churn, referenceTour };
  window.benchTour ??= referenceTour;

  // /bench/late: the step-1 target is not there yet (it arrives later, like a lazily rendered SPA).
  if (location.pathname.startsWith('/bench/late')) {
    document.addEventListener('DOMContentLoaded', removeTarget, { once: true });
  }
})();
