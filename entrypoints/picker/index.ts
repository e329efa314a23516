import { browser } from 'wxt/browser';
import { send } from '@/utils/messaging/client';
import { toPageRef } from '@/utils/messaging/page-ref';
import { draftSay, proposeTargets } from '@/utils/target/propose';
import { type Picker, startPicker } from './picker';

const KEY = '__vejviserPicker';

/**
 * Injected by the background (`editor.picker.start`) into the tab where the librarian picks an
 * element or records a flow; injected again after every page load while the session is active.
 * It asks the background what to do, so a stale injection into a page does nothing.
 */
export default defineUnlistedScript(async () => {
  const scope = globalThis as Record<string, unknown>;
  // The isolated world outlives a second injection into the same document: mount only once.
  if (scope[KEY]) return;
  scope[KEY] = true;
  const { mode, sessionId } = await send('picker.hello', { page: toPageRef(location.href) }).catch(() => ({
    mode: null,
    sessionId: null,
  }));
  if (!mode || !sessionId) {
    scope[KEY] = false;
    return;
  }
  let picker: Picker | undefined;
  const onMessage = (msg: unknown) => {
    if ((msg as { vejviserPicker?: string } | null)?.vejviserPicker === 'stop') done();
  };
  const done = () => {
    picker?.destroy();
    browser.runtime.onMessage.removeListener(onMessage);
    scope[KEY] = false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  picker = startPicker({
    win: window,
    mode,
    page: () => toPageRef(location.href),
    propose: (el) => proposeTargets(el, document),
    draftSay,
    report: async (element) => {
      const result = await send('picker.element', { sessionId, element });
      if (mode === 'pick') done();
      return result;
    },
    stop: async () => {
      done();
      await send('picker.stop', { sessionId });
    },
  });
});
