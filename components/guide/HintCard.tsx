import { useEffect, useState } from 'preact/hooks';
import { localize } from '@/utils/i18n/languages';
import { type StringKey, t, tr } from '@/utils/i18n/strings';
import type { Step } from '@/utils/pack/types';
import { AskStaffSlot } from './AskStaffSlot';
import { plainText, RichText } from './RichText';

/** A UI text in the citizen's language, marked `lang="da"` where it fell back to Danish. */
export function T({ lang, k, vars }: { lang: string; k: StringKey; vars?: Record<string, string | number> }) {
  const { text, lang: used } = tr(lang, k, vars);
  return used === lang ? text : <span lang={used}>{text}</span>;
}

export type CardVariant =
  | { type: 'step'; step: Step; index: number; total: number; anchored: boolean; lookFor: string | null }
  | { type: 'off-track'; returnUrl: string | null }
  | { type: 'finished' };

export interface HintCardProps {
  /** Changes with every step: folds "Vis mere" again (the card itself stays, so focus stays). */
  stepKey: string;
  guideId: string;
  guideTitle: string;
  variant: CardVariant;
  lang: string;
  readAloud: boolean;
  speechNote: string | null;
  onNext(): void;
  onBack(): void;
  onClose(): void;
  onReturn(url: string): void;
  onSpeak(text: string, lang: string): void;
}

/**
 * The hint beside the target (or an unanchored card): step "2 af 5", the text, "Vis mere",
 * Tilbage / Næste / Luk, read aloud, ask staff. A region with a name, so screen-reader users can
 * find it; it never takes focus by itself.
 */
export function HintCard(props: HintCardProps) {
  const { variant, lang } = props;
  const [more, setMore] = useState(false);
  useEffect(() => setMore(false), [props.stepKey]);
  const title = props.guideTitle;
  const kind = variant.type === 'step' ? (variant.step.kind ?? 'hint') : 'hint';
  const say = variant.type === 'step' ? localize(variant.step.say, lang) : null;
  const moreText = variant.type === 'step' && variant.step.more ? localize(variant.step.more, lang) : null;
  const stepNo = variant.type === 'step' ? variant.index + 1 : 0;
  const askGuide = variant.type === 'step' ? { id: props.guideId, title, step: stepNo, steps: variant.total } : null;

  return (
    <section
      class={`vv-card vv-kind-${kind}${variant.type === 'step' && variant.anchored ? ' vv-anchored' : ' vv-free'}`}
      aria-label={t(lang, 'guideLabel', { guide: title })}
      data-kind={kind}
    >
      <div class="vv-card-head">
        <p class="vv-guide-title">{title}</p>
        {variant.type === 'step' && (
          <p class="vv-stepno">
            <T lang={lang} k="stepOf" vars={{ n: stepNo, total: variant.total }} />
          </p>
        )}
      </div>
      {kind === 'caution' && (
        <p class="vv-badge vv-badge-caution">
          <span aria-hidden="true">⚠ </span>
          <T lang={lang} k="caution" />
        </p>
      )}
      {kind === 'staff' && (
        <p class="vv-badge vv-badge-staff">
          <T lang={lang} k="staff" />
        </p>
      )}

      {variant.type === 'step' && say && (
        <>
          <p class="vv-say" lang={say.lang}>
            <RichText text={say.text} />
          </p>
          {variant.lookFor && (
            <p class="vv-lookfor">
              <T lang={lang} k="lookFor" vars={{ what: variant.lookFor }} />
            </p>
          )}
          {moreText && (
            <>
              <button type="button" class="vv-link" aria-expanded={more} onClick={() => setMore(!more)}>
                <T lang={lang} k={more ? 'showLess' : 'showMore'} />
              </button>
              {more && (
                <p class="vv-more" lang={moreText.lang}>
                  <RichText text={moreText.text} />
                </p>
              )}
            </>
          )}
        </>
      )}
      {variant.type === 'off-track' && (
        <>
          <h2 class="vv-card-title">
            <T lang={lang} k="offTrackTitle" />
          </h2>
          <p>
            <T lang={lang} k="offTrackText" vars={{ guide: title }} />
          </p>
        </>
      )}
      {variant.type === 'finished' && (
        <>
          <h2 class="vv-card-title">
            <T lang={lang} k="finishedTitle" />
          </h2>
          <p>
            <T lang={lang} k="finishedText" vars={{ guide: title }} />
          </p>
        </>
      )}

      {props.readAloud && say && (
        <button type="button" class="vv-link" onClick={() => props.onSpeak(plainText(say.text), say.lang)}>
          <T lang={lang} k="readAloud" />
        </button>
      )}
      {props.speechNote && (
        <p class="vv-note" role="status">
          {props.speechNote}
        </p>
      )}

      <div class="vv-actions">
        {variant.type === 'step' && (
          <>
            <button type="button" class="vv-btn" onClick={props.onBack} disabled={variant.index === 0}>
              <T lang={lang} k="back" />
            </button>
            <button type="button" class="vv-btn vv-primary" onClick={props.onNext}>
              <T lang={lang} k={variant.index + 1 === variant.total ? 'done' : 'next'} />
            </button>
          </>
        )}
        {variant.type === 'off-track' && variant.returnUrl && (
          <button
            type="button"
            class="vv-btn vv-primary"
            onClick={() => variant.returnUrl && props.onReturn(variant.returnUrl)}
          >
            <T lang={lang} k="offTrackBack" />
          </button>
        )}
        {variant.type === 'finished' && (
          <button type="button" class="vv-btn" onClick={props.onBack}>
            <T lang={lang} k="back" />
          </button>
        )}
        <button type="button" class="vv-btn" onClick={props.onClose}>
          <T lang={lang} k="close" />
        </button>
      </div>
      <AskStaffSlot guide={askGuide} prominent={kind === 'staff'} lang={lang} />
    </section>
  );
}
