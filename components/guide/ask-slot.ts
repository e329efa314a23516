import type { AskStaffProps } from '@/components/ask-staff/AskStaff';
import { askLabel } from '@/components/ask-staff/strings';
import { type HelpView, isHelpChanged } from '@/utils/help/view';
import { send } from '@/utils/messaging/client';
import type { StageExports } from '@/utils/overlay/stages';
import { make } from './dom';

type PanelStage = StageExports['overlay-panel'];

export interface AskSlotOptions {
  /** Loads the `overlay-panel` stage, which has the whole "Spørg personalet" flow (Preact). */
  loadStage(): Promise<PanelStage>;
  /** Listens to messages from our background; returns the unsubscribe. */
  listen(listener: (msg: unknown) => void): () => void;
}

/**
 * "Spørg personalet" in the hint card. Until the citizen presses it, or a request of theirs is
 * under way, it is one plain button: the flow itself (confirmation, sending, cancel; AskStaff) is
 * in the `overlay-panel` stage, fetched then. The button looks and reads exactly like AskStaff's,
 * and focus is handed over to the flow.
 */
export class AskSlot {
  private props: AskStaffProps | null = null;
  private stage: PanelStage | null = null;
  private upgrading = false;
  /** The newest help state seen (a stale answer never overwrites a newer push). */
  private rev = -1;
  private readonly wrap: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly unlisten: () => void;

  constructor(
    private readonly slot: HTMLElement,
    private readonly opts: AskSlotOptions,
  ) {
    const doc = slot.ownerDocument;
    this.wrap = make(doc, 'div', 'vv-ask', { 'data-state': 'button', 'data-channel': 'unknown' });
    const actions = make(doc, 'div', 'vv-ask-actions');
    this.button = make(doc, 'button', 'vv-ask-button', { type: 'button', 'data-action': 'ask' });
    this.button.addEventListener('click', (e) => {
      // The second click of a double-click is not a second press (as in AskStaff).
      if (e.detail <= 1) this.upgrade(true);
    });
    actions.append(this.button);
    this.wrap.append(actions);
    // A request already under way (from another page, or pushed now) is shown by the flow itself.
    this.unlisten = opts.listen((msg) => {
      if (isHelpChanged(msg)) this.seen(msg.data);
    });
    send('help.status', {})
      .then((view) => this.seen(view))
      .catch(() => {});
  }

  /** The help state, as AskStaff would show it: its channel on the element, a request handed over. */
  private seen(view: HelpView): void {
    if (view.rev < this.rev) return;
    this.rev = view.rev;
    this.wrap.dataset.channel = view.channel;
    if (view.request) this.upgrade(false);
  }

  update(props: AskStaffProps | null): void {
    this.props = props;
    this.render();
  }

  destroy(): void {
    this.unlisten();
    this.update(null);
  }

  private render(focus = false, ask = false): void {
    const { props, stage, slot } = this;
    if (stage) {
      stage.renderAsk(slot, props && { ...props, keepFocus: focus, askOnMount: ask });
      return;
    }
    if (!props) {
      this.wrap.remove();
      return;
    }
    this.wrap.className = `vv-ask${props.prominent ? ' vv-ask--prominent' : ''}`;
    // Its direction comes from the overlay's host, which carries the citizen's language.
    this.wrap.lang = props.lang;
    this.button.textContent = askLabel(props.lang);
    if (this.wrap.parentNode !== slot) slot.append(this.wrap);
  }

  private upgrade(ask: boolean): void {
    if (this.stage || this.upgrading) return;
    this.upgrading = true;
    this.opts
      .loadStage()
      .then((stage) => {
        const root = this.slot.getRootNode() as Document | ShadowRoot;
        const focused = !!root.activeElement && this.wrap.contains(root.activeElement);
        this.stage = stage;
        this.unlisten();
        this.wrap.remove();
        this.render(focused, ask);
      })
      .catch(() => {})
      .finally(() => {
        this.upgrading = false;
      });
  }
}
