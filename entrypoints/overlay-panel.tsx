import { render } from 'preact';
import { AskStaff } from '@/components/ask-staff/AskStaff';
import { Panel } from '@/components/panel/Panel';
import panelStyles from '@/components/panel/panel.css?inline';
import taskListStyles from '@/components/tasks/task-list.css?inline';
import { registerStage } from '@/utils/overlay/stages';

/**
 * The later stage of the overlay UI with everything built in Preact: the "Hjælp" panel's contents
 * (offered guides, search, settings, ask staff) and the "Spørg personalet" flow of the hint card.
 * Injected by the background (`ui.stage`) only when the citizen opens the panel or asks staff, so
 * a page with a running guide carries neither it nor Preact (docs/architecture.md, "Stages").
 */
export default defineUnlistedScript(() => {
  const styled = new WeakSet<Node>();
  /** The panel's styles, once per shadow root (the ask-staff flow carries its own). */
  const addStyles = (container: HTMLElement) => {
    const root = container.getRootNode();
    if (styled.has(root) || !(root instanceof ShadowRoot)) return;
    styled.add(root);
    const style = document.createElement('style');
    style.textContent = panelStyles + taskListStyles;
    root.append(style);
  };
  registerStage('overlay-panel', {
    renderPanel(container, props) {
      if (props) addStyles(container);
      render(props ? <Panel {...props} /> : null, container);
    },
    renderAsk(container, props) {
      render(props ? <AskStaff {...props} /> : null, container);
    },
  });
});
