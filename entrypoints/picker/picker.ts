import type { PickedElement, PickerMode, TargetProposal } from '@/utils/messaging/messages/editor';
import type { PageRef } from '@/utils/messaging/protocol';

/**
 * The element picker and flow recorder that runs in a live tab for the editor (plain DOM: it is
 * injected into government sites, so it stays small and touches the page as little as it can).
 *
 * - pick: hovering or focusing an element highlights it; a click (or Enter) chooses it, the page
 *   does not react to that click.
 * - record: every click becomes a recorded step and then happens for real; a click into a text
 *   field is recorded as an input step. Nothing typed is ever read: the recorder has no input or
 *   key listeners except for Escape.
 * - Escape (or the banner's button) stops.
 */

export interface PickerDeps {
  win: Window & typeof globalThis;
  mode: PickerMode;
  /** The page as it may leave the tab: origin and path only. */
  page: () => PageRef;
  /** Targets for an element, most robust first, each with its current match count. */
  propose: (el: Element) => TargetProposal[];
  /** The draft hint for clicking the element, e.g. "Klik på **Log på**.". */
  draftSay: (el: Element) => string;
  /** Send the chosen/clicked element to the background; resolves when it is stored. */
  report: (element: PickedElement) => Promise<unknown>;
  /** Tell the background the librarian stopped (Escape or the banner button). */
  stop: () => Promise<unknown>;
  /** Whether an event came from the librarian (default `isTrusted`: a page script's click is not theirs). */
  isUserEvent?: (e: Event) => boolean;
}

/** Elements a citizen acts on; a click on something inside one means the whole control. */
const INTERACTIVE =
  'a[href],button,input,select,textarea,summary,label,[role=button],[role=link],[role=checkbox],[role=radio],[role=tab],[role=menuitem],[role=option],[role=switch],[role=combobox],[role=textbox],[contenteditable=""],[contenteditable=true]';

const NOT_TEXT_INPUT = new Set(['button', 'submit', 'reset', 'checkbox', 'radio', 'image', 'file', 'range', 'color']);

/** The control the librarian means when they click `el` (an icon inside a button means the button). */
export function controlFor(el: Element): Element {
  return el.closest(INTERACTIVE) ?? el;
}

/** Whether clicking `el` puts the cursor in a field to type in (the step then advances on input). */
export function isTextField(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !NOT_TEXT_INPUT.has((el.getAttribute('type') ?? 'text').toLowerCase());
  const role = el.getAttribute('role');
  return role === 'textbox' || role === 'combobox' || el.hasAttribute('contenteditable');
}

const HOST_STYLE =
  'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; pointer-events: none !important; display: block !important;';

const SHADOW_CSS = `
  :host { all: initial; }
  .box { position: fixed; pointer-events: none; outline: 3px solid #b3003c; outline-offset: 2px;
    background: rgb(179 0 60 / 0.12); border-radius: 3px; display: none; }
  .bar { position: fixed; top: 0; left: 0; right: 0; pointer-events: auto; display: flex; gap: 12px;
    align-items: center; justify-content: center; flex-wrap: wrap; padding: 8px 16px;
    background: #1b1b1b; color: #fff; font: 16px/1.4 system-ui, sans-serif; }
  .bar button { font: inherit; padding: 4px 12px; border: 2px solid #fff; border-radius: 4px;
    background: #fff; color: #1b1b1b; cursor: pointer; }
  .bar button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
  .count { font-weight: bold; }
`;

export interface Picker {
  /** Remove the banner, the highlight and every listener. Safe to call twice. */
  destroy(): void;
}

export function startPicker(deps: PickerDeps): Picker {
  const { win, mode } = deps;
  const doc = win.document;
  const host = doc.createElement('vejviser-picker');
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  bar.setAttribute('lang', 'da');
  const message = doc.createElement('span');
  const count = doc.createElement('span');
  count.className = 'count';
  const stopButton = doc.createElement('button');
  stopButton.type = 'button';
  stopButton.textContent = mode === 'record' ? 'Stop optagelse' : 'Annullér';
  message.textContent =
    mode === 'record'
      ? 'Optager: klik dig igennem forløbet. Det, du skriver, bliver ikke gemt. Tryk Esc for at stoppe.'
      : 'Peg på elementet, og klik for at vælge det. Du kan også bruge Tab og Enter. Tryk Esc for at annullere.';
  bar.append(message, count, stopButton);
  shadow.append(style, box, bar);
  doc.documentElement.append(host);

  let current: Element | null = null;
  let frame = 0;
  let busy = false;
  let recorded = 0;
  let replaying = false;
  const isUserEvent = deps.isUserEvent ?? ((e: Event) => e.isTrusted);
  const abort = new AbortController();
  const opts = { capture: true, signal: abort.signal } as const;

  const ours = (e: Event) => e.composedPath().includes(host);
  const elementOf = (e: Event): Element | null => {
    const first = e.composedPath()[0];
    return first instanceof win.Element ? first : null;
  };

  const paint = () => {
    frame = 0;
    if (!current?.isConnected) {
      box.style.display = 'none';
      return;
    }
    const r = current.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      left: `${r.left}px`,
      top: `${r.top}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
    });
  };
  const highlight = (el: Element | null) => {
    current = el ? controlFor(el) : null;
    // One paint per frame, however fast the pointer moves.
    if (!frame) frame = win.requestAnimationFrame(paint);
  };

  const describeElement = (el: Element): PickedElement => ({
    page: deps.page(),
    proposals: deps.propose(el),
    say: deps.draftSay(el),
    field: isTextField(el),
  });

  const destroy = () => {
    abort.abort();
    if (frame) win.cancelAnimationFrame(frame);
    host.remove();
  };

  const choose = async (el: Element) => {
    if (busy) return;
    busy = true;
    try {
      await deps.report(describeElement(controlFor(el)));
      destroy();
    } catch {
      busy = false;
    }
  };

  const record = async (el: Element) => {
    const control = controlFor(el);
    const picked = describeElement(control);
    const result = (await deps.report(picked).catch(() => null)) as { recorded?: number } | null;
    if (result?.recorded !== undefined) {
      recorded = result.recorded;
      count.textContent = `${recorded} trin optaget.`;
    }
    return control;
  };

  win.addEventListener(
    'pointerover',
    (e) => {
      if (!ours(e)) highlight(elementOf(e));
    },
    opts,
  );
  win.addEventListener(
    'focusin',
    (e) => {
      if (!ours(e)) highlight(elementOf(e));
    },
    opts,
  );
  win.addEventListener('scroll', () => highlight(current), { ...opts, passive: true });
  win.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopImmediatePropagation();
        destroy();
        void deps.stop();
        return;
      }
      // Keyboard picking: Enter on the focused element chooses it instead of activating it.
      if (mode === 'pick' && e.key === 'Enter' && !ours(e)) {
        const el = elementOf(e);
        if (!el) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        void choose(el);
      }
    },
    opts,
  );
  win.addEventListener(
    'click',
    (e) => {
      if (replaying || ours(e) || !isUserEvent(e)) return; // our own replayed click passes through
      const el = elementOf(e);
      if (!el) return;
      if (mode === 'pick') {
        e.preventDefault();
        e.stopImmediatePropagation();
        void choose(el);
        return;
      }
      if (isTextField(controlFor(el))) {
        // The click happens as normal (the cursor goes into the field); only the step is noted.
        void record(el);
        return;
      }
      // Hold the click until the step is stored (a link may unload the page), then replay it.
      e.preventDefault();
      e.stopImmediatePropagation();
      void record(el).then((control) => {
        if (!(control instanceof win.HTMLElement) || !control.isConnected) return;
        replaying = true;
        try {
          control.click();
        } finally {
          replaying = false;
        }
      });
    },
    opts,
  );
  // Hovering is not enough to stop a page's own mouse-down handlers in pick mode.
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup'] as const) {
    win.addEventListener(
      type,
      (e) => {
        if (mode === 'pick' && !ours(e)) {
          e.preventDefault();
          e.stopImmediatePropagation();
        }
      },
      opts,
    );
  }
  stopButton.addEventListener('click', () => {
    destroy();
    void deps.stop();
  });

  return { destroy };
}
