import { browser } from 'wxt/browser';
import askButtonStyles from '@/components/ask-staff/ask-button.css?inline';
import { GuideLayer } from '@/components/guide/guide-layer';
import { tHint as t } from '@/utils/i18n/hint-strings';
import { dirOf, isUiLanguage, type UiLanguage } from '@/utils/i18n/languages';
import { getBridge, type OverlayBridge } from '@/utils/overlay/bridge';
import { createStageLoader } from '@/utils/overlay/load-stage';
import { getStage, type PanelView } from '@/utils/overlay/stages';
import { addStyles } from '@/utils/overlay/styles';
import type { Target } from '@/utils/pack/types';
import { GuideRunner } from './guide-runner';
import { createLocaleLoader } from './locale-loader';
import styles from './overlay-ui.css?inline';

/**
 * The overlay UI's first stage, injected by the background into the content script's isolated
 * world only when it is needed (see utils/overlay/bridge.ts): the running guide's hints, in plain
 * DOM, and the panel's frame. The panel's contents and the "Spørg personalet" flow are Preact, in
 * the `overlay-panel` stage, fetched when the citizen opens the panel or asks staff.
 */
export default defineUnlistedScript(() => {
  const bridge = getBridge();
  if (!bridge || bridge.unmountUi || bridge.ctx.isInvalid) return;
  mount(bridge);
});

/** Messages from our own background only (pages cannot reach this listener anyway). */
function listen(listener: (msg: unknown) => void): () => void {
  const onMessage = (msg: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id) listener(msg);
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

function mount(bridge: OverlayBridge) {
  const removeStyles = addStyles(bridge.shadow, [styles, askButtonStyles]);

  // One polite live region for the whole overlay: steps are announced, focus never moves.
  const live = document.createElement('div');
  live.className = 'vv-sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  // A viewport-sized, click-through layer for hints and highlights, under the launcher column.
  const layer = document.createElement('div');
  layer.className = 'vv-layer';
  bridge.root.before(layer);
  layer.after(live);
  const announce = (text: string) => {
    if (live.textContent !== text) live.textContent = text;
  };

  const runner = new GuideRunner(bridge.ctx);
  const guideRoot = document.createElement('div');
  guideRoot.className = 'vv-guide-root';
  layer.append(guideRoot);
  const loadPanelStage = createStageLoader('overlay-panel');
  const loadLookFor = createStageLoader('look-for');
  const loadSpeech = createStageLoader('speech');
  const stopSpeaking = () => window.speechSynthesis?.cancel();
  /** What to look for, once the `look-for` stage is here (it is fetched, then the card is drawn again). */
  const lookFor = (target: Target | Target[], lang: string): string | null => {
    const stage = getStage('look-for');
    if (stage) return stage.describeTarget(target, lang);
    loadLookFor().then(
      () => draw(),
      () => {},
    );
    return null;
  };
  const guideLayer = new GuideLayer(
    guideRoot,
    {
      onNext: () => void runner.advance('manual'),
      onBack: () => void runner.back(),
      onClose: () => {
        stopSpeaking();
        void runner.stop();
      },
      onReturn: (url) => location.assign(url),
      // No speech stage (the extension was reloaded): as good as no voice.
      onSpeak: (text, textLang) =>
        loadSpeech().then(
          (s) => s.speak(window, text, textLang),
          () => false,
        ),
      announce,
    },
    { loadStage: loadPanelStage, listen },
  );

  // The panel comes with the overlay-panel stage, the first time the citizen opens it; its frame
  // then answers the launcher button itself (bridge.togglePanel).
  let panel: PanelView | null = null;
  const openPanel = () =>
    loadPanelStage().then(
      (stage) => {
        if (!panel && !bridge.ctx.isInvalid) {
          panel = stage.mountPanel(bridge);
          draw();
        }
        panel?.setOpen(true);
      },
      () => {},
    );
  bridge.togglePanel = () => void openPanel();

  // Until a newly chosen language's texts have arrived, keep showing the one we have.
  let shown: UiLanguage = 'da';
  const ensureLocale = createLocaleLoader(() => draw());
  const draw = () => {
    const { settings, guide, element, status, stepKey } = runner.state;
    const wanted = settings.prefs.lang;
    if (isUiLanguage(wanted) && ensureLocale(wanted)) shown = wanted;
    const lang = shown;
    bridge.host.setAttribute('lang', lang);
    bridge.host.setAttribute('dir', dirOf(lang));
    bridge.button.textContent = t(lang, 'help');
    bridge.root.parentElement?.classList.toggle('vv-large', settings.prefs.largeText);
    panel?.render({
      plan: bridge.plan,
      settings,
      onStart: (id) => {
        panel?.setOpen(false);
        void runner.begin(id);
      },
      onSettings: (patch) => void runner.setPrefs(patch),
    });
    if (!guide) {
      guideLayer.update(null);
      announce('');
      return;
    }
    const step = guide.guide.steps[guide.progress.step];
    guideLayer.update({
      guide,
      element,
      status,
      stepKey,
      lang,
      readAloud: settings.readAloud,
      lookFor: status === 'missing' && step?.target ? lookFor(step.target, lang) : null,
    });
  };
  const unsubscribe = runner.subscribe(draw);
  draw();
  void runner.start();
  // The citizen pressed "Hjælp" while this script was on its way.
  if (bridge.panelRequested) void openPanel();
  bridge.panelRequested = false;

  bridge.resetUi = () => {
    panel?.setOpen(false);
    stopSpeaking();
    runner.reset();
  };
  // A new citizen sits down: close everything of the previous one. (Before the UI is loaded there
  // is nothing of theirs on the page, so the launcher does not listen.)
  const unlisten = listen((msg) => {
    if ((msg as { type?: unknown } | null)?.type === 'citizen.reset') bridge.resetUi?.();
  });

  bridge.focusUi = () => {
    const target =
      guideRoot.querySelector<HTMLElement>('.vv-card .vv-primary:not([hidden])') ??
      guideRoot.querySelector<HTMLElement>('.vv-card button:not([hidden])');
    target?.focus();
    return !!target;
  };
  bridge.unmountUi = () => {
    unlisten();
    unsubscribe();
    panel?.remove();
    bridge.togglePanel = undefined;
    guideLayer.destroy();
    guideRoot.remove();
    layer.remove();
    live.remove();
    removeStyles();
  };
  bridge.ctx.onInvalidated(bridge.unmountUi);
}
