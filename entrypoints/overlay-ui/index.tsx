import { render } from 'preact';
import { GuideLayer } from '@/components/guide/GuideLayer';
import { Panel } from '@/components/panel/Panel';
import { dirOf, isUiLanguage, type UiLanguage } from '@/utils/i18n/languages';
import { t } from '@/utils/i18n/strings';
import { getBridge, type OverlayBridge } from '@/utils/overlay/bridge';
import { GuideRunner } from './guide-runner';
import { createLocaleLoader } from './locale-loader';
import styles from './overlay-ui.css?inline';
import { speak, stopSpeaking } from './speech';

/**
 * The overlay's heavier UI (Preact), injected by the background into the content script's
 * isolated world only when it is needed (see utils/overlay/bridge.ts): the panel's contents and
 * the running guide's hints.
 */
export default defineUnlistedScript(() => {
  const bridge = getBridge();
  if (!bridge || bridge.unmountUi || bridge.ctx.isInvalid) return;
  mount(bridge);
});

function mount(bridge: OverlayBridge) {
  const style = document.createElement('style');
  style.textContent = styles;
  bridge.shadow.append(style);

  // One polite live region for the whole overlay: steps are announced, focus never moves.
  const live = document.createElement('div');
  live.className = 'vv-sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  bridge.layer.after(live);
  const announce = (text: string) => {
    if (live.textContent !== text) live.textContent = text;
  };

  const runner = new GuideRunner(bridge.ctx);
  const guideRoot = document.createElement('div');
  guideRoot.className = 'vv-guide-root';
  bridge.layer.append(guideRoot);
  bridge.panel.replaceChildren();

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
    bridge.layer.parentElement?.classList.toggle('vv-large', settings.prefs.largeText);
    render(
      <Panel
        plan={bridge.plan}
        settings={settings}
        onStart={(id) => {
          bridge.setPanelOpen(false);
          void runner.begin(id);
        }}
        onSettings={(patch) => void runner.setPrefs(patch)}
      />,
      bridge.panel,
    );
    render(
      guide ? (
        <GuideLayer
          guide={guide}
          element={element}
          status={status}
          stepKey={stepKey}
          lang={lang}
          readAloud={settings.readAloud}
          onNext={() => void runner.advance('manual')}
          onBack={() => void runner.back()}
          onClose={() => {
            stopSpeaking(window);
            void runner.stop();
          }}
          onReturn={(url) => location.assign(url)}
          onSpeak={(text, textLang) => speak(window, text, textLang)}
          announce={announce}
        />
      ) : null,
      guideRoot,
    );
    if (!guide) announce('');
  };
  const unsubscribe = runner.subscribe(draw);
  draw();
  void runner.start();

  bridge.resetUi = () => {
    stopSpeaking(window);
    runner.reset();
  };
  bridge.focusUi = () => {
    const target =
      guideRoot.querySelector<HTMLElement>('.vv-card .vv-primary') ??
      guideRoot.querySelector<HTMLElement>('.vv-card button');
    target?.focus();
    return !!target;
  };
  bridge.unmountUi = () => {
    unsubscribe();
    render(null, bridge.panel);
    render(null, guideRoot);
    guideRoot.remove();
    live.remove();
    style.remove();
  };
  bridge.ctx.onInvalidated(bridge.unmountUi);
}
