import { render } from 'preact';
import { browser } from 'wxt/browser';
import { GuideLayer } from '@/components/guide/GuideLayer';
import { Panel } from '@/components/panel/Panel';
import taskListStyles from '@/components/tasks/task-list.css?inline';
import { dirOf, isUiLanguage, type UiLanguage } from '@/utils/i18n/languages';
import { t } from '@/utils/i18n/strings';
import { getBridge, type OverlayBridge } from '@/utils/overlay/bridge';
import { GuideRunner } from './guide-runner';
import { createLocaleLoader } from './locale-loader';
import styles from './overlay-ui.css?inline';
import { createPanelShell } from './panel-shell';
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
  // One <style> per stylesheet, each exactly as bundled (the byte benchmark finds them in the script).
  const sheets = [taskListStyles, styles].map((css) => {
    const style = document.createElement('style');
    style.textContent = css;
    return style;
  });
  bridge.shadow.append(...sheets);

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
  const shell = createPanelShell(bridge);

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
    render(
      <Panel
        plan={bridge.plan}
        settings={settings}
        onStart={(id) => {
          shell.setOpen(false);
          void runner.begin(id);
        }}
        onSettings={(patch) => void runner.setPrefs(patch)}
      />,
      shell.panel,
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
  // The citizen pressed "Hjælp" while this script was on its way.
  if (bridge.panelRequested) shell.setOpen(true);
  bridge.panelRequested = false;

  bridge.resetUi = () => {
    shell.setOpen(false);
    stopSpeaking(window);
    runner.reset();
  };
  // A new citizen sits down: close everything of the previous one. (Before the UI is loaded there
  // is nothing of theirs on the page, so the launcher does not listen.)
  const onReset = (msg: unknown, sender: { id?: string }) => {
    if (sender.id === browser.runtime.id && (msg as { type?: unknown } | null)?.type === 'citizen.reset') {
      bridge.resetUi?.();
    }
  };
  browser.runtime.onMessage.addListener(onReset);

  bridge.focusUi = () => {
    const target =
      guideRoot.querySelector<HTMLElement>('.vv-card .vv-primary') ??
      guideRoot.querySelector<HTMLElement>('.vv-card button');
    target?.focus();
    return !!target;
  };
  bridge.unmountUi = () => {
    browser.runtime.onMessage.removeListener(onReset);
    unsubscribe();
    render(null, shell.panel);
    shell.remove();
    render(null, guideRoot);
    guideRoot.remove();
    layer.remove();
    live.remove();
    for (const sheet of sheets) sheet.remove();
  };
  bridge.ctx.onInvalidated(bridge.unmountUi);
}
