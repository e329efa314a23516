import { returnUrl } from '@/utils/engine/steps';
import { tHint as t } from '@/utils/i18n/hint-strings';
import { localize } from '@/utils/i18n/languages';
import type { GuideState } from '@/utils/messaging/messages/engine';
import { AskSlot, type AskSlotOptions } from './ask-slot';
import { make } from './dom';
import { type CardVariant, HintCard, type HintCardActions } from './hint-card';
import { followTarget, placeCard } from './place-card';
import { plainText } from './rich-text';

export interface GuideLayerProps {
  guide: GuideState;
  element: Element | null;
  status: 'none' | 'searching' | 'found' | 'missing';
  stepKey: string;
  lang: string;
  readAloud: boolean;
  /** What to look for when the target is missing (describeTarget, a later stage), or null. */
  lookFor: string | null;
}

export interface GuideLayerActions extends Omit<HintCardActions, 'onSpeak'> {
  /** Speaks; resolves false when there is no voice for the language. */
  onSpeak(text: string, lang: string): Promise<boolean>;
  /** Sets the live region's text (announced politely; focus never moves). */
  announce(text: string): void;
}

/**
 * The running guide on the page: a click-through highlight around the target and the hint card
 * beside it (placed by place-card.ts, followed on scrolling, resizing and layout changes), or an
 * unanchored card when there is nothing to point at. `update(null)` takes it off the page (and
 * stops following the target); `destroy()` also stops the card's ask slot listening.
 */
export class GuideLayer {
  private readonly card: HintCard;
  /** "Spørg personalet" in the card, told the guide facts of the step shown. */
  private readonly ask: AskSlot;
  private readonly highlight: HTMLElement;
  private readonly frame: HTMLElement;
  private props: GuideLayerProps | null = null;
  private speechNote: string | null = null;
  private noteFor = '';
  private scrolledFor = '';
  /** The element the card follows now, and how to stop following it. */
  private followed: Element | null = null;
  private unfollow: (() => void) | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly actions: GuideLayerActions,
    askOptions: AskSlotOptions,
  ) {
    const doc = container.ownerDocument;
    this.highlight = make(doc, 'div', 'vv-highlight', { 'aria-hidden': 'true' });
    this.frame = make(doc, 'div');
    this.card = new HintCard(doc, {
      ...actions,
      onSpeak: (text, lang) => {
        void actions.onSpeak(text, lang).then((spoken) => {
          this.speechNote = spoken ? null : t(this.props?.lang ?? 'da', 'noVoice');
          this.render();
        });
      },
    });
    this.frame.append(this.card.root);
    this.ask = new AskSlot(this.card.askSlot, askOptions);
  }

  update(props: GuideLayerProps | null): void {
    this.props = props;
    this.render();
  }

  destroy(): void {
    this.update(null);
    this.ask.destroy();
  }

  private render(): void {
    const props = this.props;
    if (!props) {
      this.follow(null);
      this.highlight.remove();
      this.frame.remove();
      this.ask.update(null);
      return;
    }
    const { guide, element, status, lang } = props;
    const { progress } = guide;
    const title = localize(guide.guide.title, lang).text;
    const step = guide.guide.steps[progress.step];
    const anchored = progress.status === 'active' && status === 'found' && element !== null;

    let variant: CardVariant;
    if (progress.status === 'off-track') variant = { type: 'off-track', returnUrl: returnUrl(guide.guide, progress) };
    else if (progress.status === 'finished' || !step) variant = { type: 'finished' };
    else {
      variant = {
        type: 'step',
        step,
        index: progress.step,
        total: guide.guide.steps.length,
        anchored,
        lookFor: status === 'missing' && step.target ? props.lookFor : null,
      };
    }

    // Announce each new step (and a missing target) through the polite live region.
    this.actions.announce(
      variant.type === 'step'
        ? `${t(lang, 'stepOf', { n: variant.index + 1, total: variant.total })}. ${plainText(localize(variant.step.say, lang).text)}${variant.lookFor ? ` ${t(lang, 'lookFor', { what: variant.lookFor })}` : ''}`
        : variant.type === 'off-track'
          ? t(lang, 'offTrackTitle')
          : t(lang, 'finishedTitle'),
    );
    // A note that no voice was found belongs to the step and language it was for.
    const noteFor = `${props.stepKey}\u0000${lang}`;
    if (noteFor !== this.noteFor) this.speechNote = null;
    this.noteFor = noteFor;

    this.card.update({
      stepKey: props.stepKey,
      guideTitle: title,
      variant,
      lang,
      readAloud: props.readAloud,
      speechNote: this.speechNote,
    });
    // Staff are told which guide and step, while a step is shown.
    this.ask.update({
      guide:
        variant.type === 'step' ? { id: guide.guide.id, title, step: variant.index + 1, steps: variant.total } : null,
      prominent: variant.type === 'step' && variant.step.kind === 'staff',
      lang,
    });

    const wasAnchored = this.frame.className === 'vv-float';
    this.frame.className = anchored ? 'vv-float' : 'vv-dock';
    if (anchored && !wasAnchored) this.frame.style.visibility = 'hidden';
    if (!anchored) this.frame.removeAttribute('style');
    // Inserted only when missing: moving a node that holds focus would drop the citizen's focus.
    if (!anchored) this.highlight.remove();
    else if (!this.highlight.isConnected) this.container.prepend(this.highlight);
    if (!this.frame.isConnected) this.container.append(this.frame);

    // Bring an off-screen target into view once per step.
    if (anchored && element && this.scrolledFor !== props.stepKey) {
      this.scrolledFor = props.stepKey;
      const r = element.getBoundingClientRect();
      const win = element.ownerDocument.defaultView;
      if (win && (r.bottom < 0 || r.top > win.innerHeight || r.right < 0 || r.left > win.innerWidth)) {
        element.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
    }
    this.follow(anchored ? element : null);
  }

  /** Positions the card beside the target and the highlight over it, in the same frame. */
  private follow(element: Element | null): void {
    if (element === this.followed) return;
    this.unfollow?.();
    this.unfollow = null;
    this.followed = element;
    if (!element) return;
    const floating = this.frame;
    const highlight = this.highlight;
    this.unfollow = followTarget(element, floating, () => {
      const r = element.getBoundingClientRect();
      Object.assign(highlight.style, {
        left: `${r.left - 4}px`,
        top: `${r.top - 4}px`,
        width: `${r.width + 8}px`,
        height: `${r.height + 8}px`,
      });
      const host = (floating.getRootNode() as ShadowRoot).host as Element | undefined;
      placeCard(element, floating, host?.getAttribute('dir') === 'rtl');
    });
  }
}
