import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { returnUrl } from '@/utils/engine/steps';
import { localize } from '@/utils/i18n/languages';
import { t } from '@/utils/i18n/strings';
import type { GuideState } from '@/utils/messaging/messages/engine';
import { describeTarget } from '@/utils/target/describe';
import { type CardVariant, HintCard } from './HintCard';
import { followTarget, placeCard } from './place-card';
import { plainText } from './RichText';

export interface GuideLayerProps {
  guide: GuideState;
  element: Element | null;
  status: 'none' | 'searching' | 'found' | 'missing';
  stepKey: string;
  lang: string;
  readAloud: boolean;
  onNext(): void;
  onBack(): void;
  onClose(): void;
  onReturn(url: string): void;
  /** Speaks; returns false when there is no voice for the language. */
  onSpeak(text: string, lang: string): boolean;
  /** Sets the live region's text (announced politely; focus never moves). */
  announce(text: string): void;
}

/**
 * The running guide on the page: a click-through highlight around the target and the hint card
 * beside it (Floating UI: flips and shifts to stay on screen, follows scrolling, resizing and
 * layout changes), or an unanchored card when there is nothing to point at.
 */
export function GuideLayer(props: GuideLayerProps) {
  const { guide, element, status, lang } = props;
  const card = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [speechNote, setSpeechNote] = useState<string | null>(null);
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
      lookFor: status === 'missing' && step.target ? describeTarget(step.target, lang) : null,
    };
  }

  // Announce each new step (and a missing target) through the polite live region.
  const announcement =
    variant.type === 'step'
      ? `${t(lang, 'stepOf', { n: variant.index + 1, total: variant.total })}. ${plainText(localize(variant.step.say, lang).text)}${variant.lookFor ? ` ${t(lang, 'lookFor', { what: variant.lookFor })}` : ''}`
      : variant.type === 'off-track'
        ? t(lang, 'offTrackTitle')
        : t(lang, 'finishedTitle');
  const { announce } = props;
  useEffect(() => {
    announce(announcement);
  }, [announcement, announce]);
  useEffect(() => setSpeechNote(null), [props.stepKey, lang]);

  // Bring an off-screen target into view once per step.
  const scrolledFor = useRef('');
  useLayoutEffect(() => {
    if (!anchored || !element || scrolledFor.current === props.stepKey) return;
    scrolledFor.current = props.stepKey;
    const r = element.getBoundingClientRect();
    const win = element.ownerDocument.defaultView;
    if (win && (r.bottom < 0 || r.top > win.innerHeight || r.right < 0 || r.left > win.innerWidth)) {
      element.scrollIntoView({ block: 'center', inline: 'nearest' });
    }
  }, [anchored, element, props.stepKey]);

  // Position the card beside the target and the highlight over it, in the same frame.
  useLayoutEffect(() => {
    const floating = card.current;
    const highlight = box.current;
    if (!anchored || !element || !floating) return;
    return followTarget(element, floating, () => {
      const r = element.getBoundingClientRect();
      if (highlight) {
        Object.assign(highlight.style, {
          left: `${r.left - 4}px`,
          top: `${r.top - 4}px`,
          width: `${r.width + 8}px`,
          height: `${r.height + 8}px`,
        });
      }
      const host = (floating.getRootNode() as ShadowRoot).host as Element | undefined;
      placeCard(element, floating, host?.getAttribute('dir') === 'rtl');
    });
  }, [anchored, element]);

  return (
    <>
      {anchored && <div class="vv-highlight" ref={box} aria-hidden="true" />}
      <div class={anchored ? 'vv-float' : 'vv-dock'} ref={card} style={anchored ? { visibility: 'hidden' } : undefined}>
        <HintCard
          stepKey={props.stepKey}
          guideId={guide.guide.id}
          guideTitle={title}
          variant={variant}
          lang={lang}
          readAloud={props.readAloud}
          speechNote={speechNote}
          onNext={props.onNext}
          onBack={props.onBack}
          onClose={props.onClose}
          onReturn={props.onReturn}
          onSpeak={(text, textLang) => setSpeechNote(props.onSpeak(text, textLang) ? null : t(lang, 'noVoice'))}
        />
      </div>
    </>
  );
}
