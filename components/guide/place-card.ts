import { reposition } from 'nanopop';

const GAP = 12;
const EDGE = 8;

/**
 * Puts the hint card beside its target: on the reading side's end (right, or left in right-to-left)
 * so it covers as little of the form as possible, else the other side, below or above. nanopop
 * (~1 KB) does the fitting; where nothing fits (a huge card at 200 % zoom) the card goes below the
 * target, pushed inside the viewport. Coordinates are the viewport's: the card is `position: fixed`
 * in a host that covers the viewport.
 */
export function placeCard(target: Element, card: HTMLElement, rtl: boolean): void {
  const win = card.ownerDocument.defaultView;
  if (!win) return;
  const placed = reposition(target as HTMLElement, card, {
    container: new DOMRect(0, 0, win.innerWidth, win.innerHeight),
    position: rtl ? 'left-middle' : 'right-middle',
    margin: GAP,
    padding: EDGE,
    positionFlipOrder: { right: 'rlbt', left: 'lrbt', bottom: 'btrl', top: 'tbrl' },
  });
  if (placed === null) {
    const r = target.getBoundingClientRect();
    const c = card.getBoundingClientRect();
    const clamp = (v: number, max: number) => Math.max(EDGE, Math.min(v, max - EDGE));
    card.style.left = `${clamp(r.left + r.width / 2 - c.width / 2, win.innerWidth - c.width)}px`;
    card.style.top = `${clamp(r.bottom + GAP, win.innerHeight - c.height)}px`;
  }
  card.style.visibility = 'visible';
}

/** How long the target must stay put before it is boxed in again (see followTarget). */
const SETTLE_MS = 150;

/**
 * Calls `update` (at most once a frame) whenever the target or card may have moved: scrolling in
 * any scroller, a resized window, target or card, or a layout shift that moves the target. The
 * last is seen by an IntersectionObserver whose root is shrunk to the target's own box: any move
 * changes how much of the target is inside it. That observer is made only once the target has
 * stayed put for SETTLE_MS, not in every frame of a scroll; if it moved meanwhile, that counts as
 * a move. Returns the cleanup.
 */
export function followTarget(target: Element, card: HTMLElement, update: () => void): () => void {
  const win = card.ownerDocument.defaultView;
  if (!win) return () => {};
  let frame = 0;
  let settle = 0;
  let moves: IntersectionObserver | undefined;
  /** Where the target was when the card was last placed. */
  let placedAt = { top: 0, left: 0 };
  const run = () => {
    frame = 0;
    update();
    const r = target.getBoundingClientRect();
    placedAt = { top: r.top, left: r.left };
    moves?.disconnect();
    moves = undefined;
    win.clearTimeout(settle);
    settle = win.setTimeout(watchMoves, SETTLE_MS);
  };
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(run);
  };
  const watchMoves = () => {
    const r = target.getBoundingClientRect();
    if (r.top !== placedAt.top || r.left !== placedAt.left) {
      schedule();
      return;
    }
    const w = win.innerWidth;
    const h = win.innerHeight;
    // Only a target wholly in view can be boxed in; scrolling covers the rest.
    if (r.width === 0 || r.height === 0 || r.top < 0 || r.left < 0 || r.bottom > h || r.right > w) return;
    const px = (v: number) => `${-Math.floor(v)}px`;
    let first = true;
    moves = new IntersectionObserver(
      ([entry]) => {
        // The first report is the starting state; later ones mean the target moved.
        if (!first && entry && entry.intersectionRatio < 0.99) schedule();
        first = false;
      },
      { rootMargin: `${px(r.top)} ${px(w - r.right)} ${px(h - r.bottom)} ${px(r.left)}`, threshold: [0.99] },
    );
    moves.observe(target);
  };
  const resized = new ResizeObserver(schedule);
  resized.observe(target);
  resized.observe(card);
  win.addEventListener('scroll', schedule, { capture: true, passive: true });
  win.addEventListener('resize', schedule, { passive: true });
  run();
  return () => {
    if (frame) win.cancelAnimationFrame(frame);
    win.clearTimeout(settle);
    moves?.disconnect();
    resized.disconnect();
    win.removeEventListener('scroll', schedule, { capture: true });
    win.removeEventListener('resize', schedule);
  };
}
