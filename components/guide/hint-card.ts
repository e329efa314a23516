import { tHint as t } from '@/utils/i18n/hint-strings';
import { localize } from '@/utils/i18n/languages';
import type { Step } from '@/utils/pack/types';
import { button, make, setRichText, setText, show } from './dom';
import { plainText } from './rich-text';

export type CardVariant =
  | { type: 'step'; step: Step; index: number; total: number; anchored: boolean; lookFor: string | null }
  | { type: 'off-track'; returnUrl: string | null }
  | { type: 'finished' };

export interface HintCardProps {
  /** Changes with every step: folds "Vis mere" again (the card itself stays, so focus stays). */
  stepKey: string;
  guideTitle: string;
  variant: CardVariant;
  lang: string;
  readAloud: boolean;
  speechNote: string | null;
}

export interface HintCardActions {
  onNext(): void;
  onBack(): void;
  onClose(): void;
  onReturn(url: string): void;
  onSpeak(text: string, lang: string): void;
}

/**
 * The hint beside the target (or an unanchored card): step "2 af 5", the text, "Vis mere",
 * Tilbage / Næste / Luk, read aloud, and a slot for "Spørg personalet" (see ask-slot.ts). A region
 * with a name, so screen-reader users can find it; it never takes focus by itself.
 *
 * Plain DOM that keeps its nodes: `update` changes texts and shows or hides parts, so the button
 * the citizen is on keeps focus from one step to the next.
 */
export class HintCard {
  readonly root: HTMLElement;
  /** Where "Spørg personalet" goes (filled by AskSlot). */
  readonly askSlot: HTMLElement;
  private props: HintCardProps | null = null;
  private more = false;
  private readonly title: HTMLElement;
  private readonly stepNo: HTMLElement;
  private readonly caution: HTMLElement;
  private readonly cautionText: HTMLElement;
  private readonly staff: HTMLElement;
  private readonly say: HTMLElement;
  private readonly lookFor: HTMLElement;
  private readonly moreButton: HTMLButtonElement;
  private readonly moreText: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly text: HTMLElement;
  private readonly readButton: HTMLButtonElement;
  private readonly note: HTMLElement;
  private readonly back: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly returnButton: HTMLButtonElement;
  private readonly close: HTMLButtonElement;

  constructor(doc: Document, actions: HintCardActions) {
    this.root = make(doc, 'section');
    const head = make(doc, 'div', 'vv-card-head');
    this.title = make(doc, 'p', 'vv-guide-title');
    this.stepNo = make(doc, 'p', 'vv-stepno');
    head.append(this.title, this.stepNo);
    this.caution = make(doc, 'p', 'vv-badge vv-badge-caution');
    const sign = make(doc, 'span', undefined, { 'aria-hidden': 'true' });
    sign.textContent = '⚠ ';
    this.cautionText = make(doc, 'span');
    this.caution.append(sign, this.cautionText);
    this.staff = make(doc, 'p', 'vv-badge vv-badge-staff');
    this.say = make(doc, 'p', 'vv-say');
    this.lookFor = make(doc, 'p', 'vv-lookfor');
    this.moreButton = button(doc, 'vv-link', () => {
      this.more = !this.more;
      this.render();
    });
    this.moreText = make(doc, 'p', 'vv-more');
    this.heading = make(doc, 'h2', 'vv-card-title');
    this.text = make(doc, 'p');
    this.readButton = button(doc, 'vv-link', () => {
      const say = this.currentSay();
      if (say) actions.onSpeak(plainText(say.text), say.lang);
    });
    this.note = make(doc, 'p', 'vv-note', { role: 'status' });
    const buttons = make(doc, 'div', 'vv-actions');
    this.back = button(doc, 'vv-btn', () => actions.onBack());
    this.next = button(doc, 'vv-btn vv-primary', () => actions.onNext());
    this.returnButton = button(doc, 'vv-btn vv-primary', () => {
      const v = this.props?.variant;
      if (v?.type === 'off-track' && v.returnUrl) actions.onReturn(v.returnUrl);
    });
    this.close = button(doc, 'vv-btn', () => actions.onClose());
    buttons.append(this.back, this.next, this.returnButton, this.close);
    this.askSlot = make(doc, 'div', 'vv-ask-slot');
    this.root.append(
      head,
      this.caution,
      this.staff,
      this.say,
      this.lookFor,
      this.moreButton,
      this.moreText,
      this.heading,
      this.text,
      this.readButton,
      this.note,
      buttons,
      this.askSlot,
    );
  }

  update(props: HintCardProps): void {
    if (props.stepKey !== this.props?.stepKey) this.more = false;
    this.props = props;
    this.render();
  }

  private currentSay(): { text: string; lang: string } | null {
    const v = this.props?.variant;
    return v?.type === 'step' ? localize(v.step.say, this.props?.lang ?? 'da') : null;
  }

  private render(): void {
    const props = this.props;
    if (!props) return;
    const { variant: v, lang, guideTitle: title } = props;
    const step = v.type === 'step' ? v : null;
    const kind = step ? (step.step.kind ?? 'hint') : 'hint';
    const root = this.root;
    root.className = `vv-card vv-kind-${kind}${step?.anchored ? ' vv-anchored' : ' vv-free'}`;
    root.dataset.kind = kind;
    root.setAttribute('aria-label', t(lang, 'guideLabel', { guide: title }));

    this.title.textContent = title;
    show(this.stepNo, !!step);
    if (step) setText(this.stepNo, lang, 'stepOf', { n: step.index + 1, total: step.total });
    show(this.caution, kind === 'caution');
    setText(this.cautionText, lang, 'caution');
    show(this.staff, kind === 'staff');
    setText(this.staff, lang, 'staff');

    const say = this.currentSay();
    show(this.say, !!say);
    if (say) setRichText(this.say, say);
    show(this.lookFor, !!step?.lookFor);
    if (step?.lookFor) setText(this.lookFor, lang, 'lookFor', { what: step.lookFor });
    const more = step?.step.more ? localize(step.step.more, lang) : null;
    show(this.moreButton, !!more);
    this.moreButton.setAttribute('aria-expanded', String(this.more));
    setText(this.moreButton, lang, this.more ? 'showLess' : 'showMore');
    show(this.moreText, !!more && this.more);
    if (more) setRichText(this.moreText, more);

    const ending = v.type === 'off-track' || v.type === 'finished';
    show(this.heading, ending);
    show(this.text, ending);
    if (v.type === 'off-track') {
      setText(this.heading, lang, 'offTrackTitle');
      setText(this.text, lang, 'offTrackText', { guide: title });
    } else if (v.type === 'finished') {
      setText(this.heading, lang, 'finishedTitle');
      setText(this.text, lang, 'finishedText', { guide: title });
    }

    show(this.readButton, props.readAloud && !!say);
    setText(this.readButton, lang, 'readAloud');
    show(this.note, props.speechNote !== null);
    this.note.textContent = props.speechNote ?? '';

    show(this.back, !!step || v.type === 'finished');
    this.back.disabled = !!step && step.index === 0;
    setText(this.back, lang, 'back');
    show(this.next, !!step);
    if (step) setText(this.next, lang, step.index + 1 === step.total ? 'done' : 'next');
    show(this.returnButton, v.type === 'off-track' && v.returnUrl !== null);
    setText(this.returnButton, lang, 'offTrackBack');
    setText(this.close, lang, 'close');
  }
}
