import { useEffect, useRef, useState } from 'preact/hooks';
import type { HelpRequestGuide } from '@/utils/help/types';
import type { HelpView } from '@/utils/help/view';
import { dirOf } from '@/utils/i18n/languages';
import { send } from '@/utils/messaging/client';
import { toPageRef } from '@/utils/messaging/page-ref';
import buttonStyles from './ask-button.css?inline';
import flowStyles from './ask-staff.css?inline';
import { type AskStaffStrings, stringsFor } from './strings';
import { useHelpView } from './use-help-view';

export interface AskStaffProps {
  /** The guide in progress (1-based step), or null outside a guide. */
  guide: { id: string; title: string; step: number; steps: number } | null;
  /** On `staff` steps: a larger button that stands out. */
  prominent?: boolean;
  /** The citizen's language (da, en, uk, ar). */
  lang: string;
  /**
   * Mounted because the citizen pressed the hint card's plain "Spørg personalet" (AskSlot): act
   * as if this button was pressed, once the help state is known. Read on mount only.
   */
  askOnMount?: boolean;
  /** Focus was on the button this replaces: keep it in this component. Read on mount only. */
  keepFocus?: boolean;
}

/** What the citizen sees when no request is shown: the button, the confirmation, or the desk card. */
type Phase = 'button' | 'confirm' | 'desk';

const loadStatus = () => send('help.status', {});

function statusText(t: AskStaffStrings, view: HelpView | null, phase: Phase, failedLocally: boolean): string {
  const request = view?.request;
  if (request) {
    if (request.state === 'sending') return t.sending;
    if (request.state === 'sent') return t.sent;
    if (request.state === 'failed') return t.failed;
    return request.delivered ? t.cancelledDelivered : t.cancelled;
  }
  if (failedLocally) return t.failed;
  if (phase === 'confirm') return t.confirm(view?.computer ?? '');
  if (phase === 'desk') return t.desk(view?.computer ?? '');
  return '';
}

/**
 * "Spørg personalet": the button, a one-sentence confirmation saying what is sent, and then the
 * true state of the request as the background reports it (sending, sent, failed, cancelled).
 * With no staff channel (`staffAlert.type: none`) it shows a large card: go to the desk.
 */
export function AskStaff({ guide, prominent = false, lang, askOnMount = false, keepFocus = false }: AskStaffProps) {
  const t = stringsFor(lang);
  const [view, apply] = useHelpView(loadStatus);
  const [phase, setPhase] = useState<Phase>('button');
  /**
   * A message to the background is under way. Buttons then say so with `aria-disabled`, not
   * `disabled`: Chromium moves focus to the page when the focused button becomes disabled.
   */
  const [busy, setBusy] = useState(false);
  /** The background could not even be asked (extension reloaded): the honest answer is the desk. */
  const [failedLocally, setFailedLocally] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  /** Set only by the citizen's own actions: focus follows them, never a push from the background. */
  // Replacing the hint card's plain button (keepFocus): focus lands on this one, with the same
  // name, until the press it carries leads on to "Send besked".
  const focusNext = useRef<string | null>(keepFocus ? 'ask' : null);

  /** Whether the citizen's focus is in this component (kept when a re-render removes the focused button). */
  const focusInside = useRef(keepFocus);
  /** A press that came before this component (askOnMount), still to be acted on. */
  const pressed = useRef(askOnMount);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
    const name = focusNext.current;
    // Effects run after paint, so this one may belong to an earlier render than the citizen's
    // action that set `focusNext`: the wanted button may still be the busy one. Only a focus move
    // that took counts as done.
    const wanted = name ? el.querySelector<HTMLButtonElement>(`[data-action="${name}"]:not([aria-disabled])`) : null;
    wanted?.focus();
    if (wanted && (el.getRootNode() as Document | ShadowRoot).activeElement === wanted) {
      focusNext.current = null;
    } else if ((name || focusInside.current) && !(active && el.contains(active))) {
      // A push from the background replaced the focused button, or the button the citizen's action
      // leads to (e.g. "Luk" after "Annullér") comes only with a later push: keep focus in the card
      // meanwhile, but not on a button, so a key press in progress cannot press the new one.
      el.focus();
    }
  });

  const request = view?.request ?? null;

  const act = async (fn: () => Promise<HelpView>, focus: string) => {
    if (busy) return;
    setBusy(true);
    let next: Phase = 'button';
    try {
      const v = await fn();
      apply(v);
      setFailedLocally(false);
      // The channel turned out to be `none` (policy arrived late): the desk card is the answer.
      if (v.channel === 'none' && !v.request) {
        next = 'desk';
        focus = 'close-desk';
      }
    } catch {
      setFailedLocally(true);
    } finally {
      setBusy(false);
      setPhase(next);
      focusNext.current = focus;
    }
  };

  /**
   * Ignore the second click of a double-click: many citizens double-click everything, and the
   * second click would land on whatever button appeared under the pointer (e.g. "Annullér").
   */
  const click = (fn: () => void) => (e: MouseEvent) => {
    if (e.detail > 1 || busy) return;
    fn();
  };

  const onAsk = () => {
    focusNext.current = view?.channel === 'none' ? 'close-desk' : 'send';
    setPhase(view?.channel === 'none' ? 'desk' : 'confirm');
  };
  const onSend = () =>
    act(
      () =>
        send('help.request', {
          page: toPageRef(window.location.href),
          guide: guide satisfies HelpRequestGuide | null,
          language: lang,
        }),
      'cancel',
    );
  // The press that mounted this: the confirmation (or the desk card) needs the help state first.
  useEffect(() => {
    if (!pressed.current || !view) return;
    pressed.current = false;
    onAsk();
  });
  const onBack = () => {
    focusNext.current = 'ask';
    setPhase('button');
  };
  const onCancel = (id: string) => act(() => send('help.cancel', { id }), 'close');
  const onClose = (id: string) => act(() => send('help.dismiss', { id }), 'ask');
  const onCloseLocal = () => {
    focusNext.current = 'ask';
    setFailedLocally(false);
    setPhase('button');
  };

  const text = statusText(t, view, phase, failedLocally);
  const state = request?.state ?? (failedLocally ? 'failed' : phase);
  const card = state !== 'button';

  return (
    <div
      ref={root}
      class={`vv-ask${prominent ? ' vv-ask--prominent' : ''}${card ? ' vv-ask--card' : ''}`}
      data-state={state}
      data-channel={view?.channel ?? 'unknown'}
      lang={lang}
      dir={dirOf(lang)}
      tabIndex={-1}
      onFocusIn={() => {
        focusInside.current = true;
      }}
      onFocusOut={(e) => {
        const next = e.relatedTarget as Node | null;
        focusInside.current = !!next && !!root.current?.contains(next);
        // The citizen moved on to something else: a pending focus move must not pull them back.
        if (next && !focusInside.current) focusNext.current = null;
      }}
    >
      <style>{buttonStyles}</style>
      <style>{flowStyles}</style>
      {/* One persistent live region: screen readers announce each new state as it happens. */}
      <div class="vv-ask-status" role="status" aria-live="polite">
        {state === 'desk' && <p class="vv-ask-title">{t.deskTitle}</p>}
        {text && <p class="vv-ask-text">{text}</p>}
      </div>
      <div class="vv-ask-actions">
        {request ? (
          <>
            {request.state !== 'cancelled' && (
              <button
                type="button"
                class="vv-ask-secondary"
                key="cancel"
                data-action="cancel"
                aria-disabled={busy || undefined}
                onClick={click(() => onCancel(request.id))}
              >
                {t.cancel}
              </button>
            )}
            {(request.state === 'sent' || request.state === 'cancelled') && (
              <button
                type="button"
                class="vv-ask-secondary"
                key="close"
                data-action="close"
                aria-disabled={busy || undefined}
                onClick={click(() => onClose(request.id))}
              >
                {t.close}
              </button>
            )}
          </>
        ) : failedLocally ? (
          <button type="button" class="vv-ask-secondary" key="close" data-action="close" onClick={click(onCloseLocal)}>
            {t.close}
          </button>
        ) : phase === 'confirm' ? (
          <>
            <button
              type="button"
              class="vv-ask-primary"
              key="send"
              data-action="send"
              aria-disabled={busy || undefined}
              onClick={click(onSend)}
            >
              {t.send}
            </button>
            <button
              type="button"
              class="vv-ask-secondary"
              key="back"
              data-action="back"
              aria-disabled={busy || undefined}
              onClick={click(onBack)}
            >
              {t.back}
            </button>
          </>
        ) : phase === 'desk' ? (
          <button
            type="button"
            class="vv-ask-secondary"
            key="close-desk"
            data-action="close-desk"
            onClick={click(onBack)}
          >
            {t.close}
          </button>
        ) : (
          <button type="button" class="vv-ask-button" key="ask" data-action="ask" onClick={click(onAsk)}>
            {t.ask}
          </button>
        )}
      </div>
    </div>
  );
}
