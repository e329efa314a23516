import { browser } from 'wxt/browser';
import type { UiMessages } from '@/utils/messaging/messages/ui';
import type { AreaRoutes } from '@/utils/messaging/router';

export function uiRoutes(): AreaRoutes<UiMessages> {
  return {
    'ui.load': {
      from: 'content',
      validate: (data) =>
        typeof data === 'object' && data !== null && Object.keys(data).length === 0 ? null : 'expected {}',
      handle: async (_data, { tabId, frameId }) => {
        if (tabId === undefined) throw new Error('ui.load needs a tab');
        // Runs in the content script's isolated world; the UI script itself guards against a
        // second mount in the same frame.
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [frameId ?? 0] },
          files: ['/overlay-ui.js'],
        });
        return { loaded: true };
      },
    },
  };
}
