import { render } from 'preact';
import { AskStaff } from '@/components/ask-staff/AskStaff';
import { Panel } from '@/components/panel/Panel';
import panelStyles from '@/components/panel/panel.css?inline';
import { createPanelShell } from '@/components/panel/panel-shell';
import taskListStyles from '@/components/tasks/task-list.css?inline';
import { registerStage } from '@/utils/overlay/stages';
import { addStyles } from '@/utils/overlay/styles';

/**
 * The later stage of the overlay UI with everything built in Preact: the "Hjælp" panel's contents
 * (offered guides, search, settings, ask staff) and the "Spørg personalet" flow of the hint card.
 * Injected by the background (`ui.stage`) only when the citizen opens the panel or asks staff, so
 * a page with a running guide carries neither it nor Preact (docs/architecture.md, "Stages").
 */
export default defineUnlistedScript(() => {
  registerStage('overlay-panel', {
    mountPanel(bridge) {
      const removeStyles = addStyles(bridge.shadow, [panelStyles, taskListStyles]);
      const shell = createPanelShell(bridge);
      return {
        setOpen: shell.setOpen,
        render: (props) => render(<Panel {...props} />, shell.panel),
        remove() {
          render(null, shell.panel);
          shell.remove();
          removeStyles();
        },
      };
    },
    renderAsk(container, props) {
      render(props ? <AskStaff {...props} /> : null, container);
    },
  });
});
